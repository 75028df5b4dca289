#include "query/export/escaping.h"

#include <cstdint>
#include <cstdio>

namespace kg {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the UTF-8 sequence at text[*pos], advancing *pos past it. Returns
// U+FFFD (advancing one byte) for an invalid, overlong or truncated sequence
// or a surrogate, so each bad byte becomes one U+FFFD and the text after it
// is decoded as usual.
char32_t DecodeOne(std::string_view text, size_t* pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(*pos);
  if (lead < 0x80) {
    ++*pos;
    return lead;
  }
  int length;
  char32_t code;
  char32_t minimum;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code = lead & 0x07, minimum = 0x10000;
  } else {
    ++*pos;
    return kReplacement;
  }
  if (*pos + length > text.size()) {
    ++*pos;
    return kReplacement;
  }
  for (int i = 1; i < length; ++i) {
    const unsigned char next = byte(*pos + i);
    if ((next & 0xC0) != 0x80) {
      ++*pos;
      return kReplacement;
    }
    code = (code << 6) | (next & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    ++*pos;
    return kReplacement;
  }
  *pos += length;
  return code;
}

bool AllowedInXml(char32_t code) {
  if (code < 0x20) return code == '\t' || code == '\n' || code == '\r';
  return code != 0xFFFE && code != 0xFFFF;
}

void AppendUtf8(char32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// Calls `emit(code)` for each character of `text`, sanitized as SanitizeUtf8
// describes.
template <typename Emit>
void ForEachChar(std::string_view text, Emit emit) {
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t code = DecodeOne(text, &pos);
    emit(AllowedInXml(code) ? code : kReplacement);
  }
}

void AppendUnicodeEscape(char32_t code, std::string* out) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(code));
  out->append(buffer);
}

}  // namespace

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachChar(text, [&](char32_t code) { AppendUtf8(code, &out); });
  return out;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachChar(text, [&](char32_t code) {
    switch (code) {
      case '&':
        out.append("&amp;");
        break;
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '"':
        out.append("&quot;");
        break;
      case '\'':
        out.append("&apos;");
        break;
      case '\t':
        out.append("&#9;");
        break;
      case '\n':
        out.append("&#10;");
        break;
      case '\r':
        out.append("&#13;");
        break;
      default:
        AppendUtf8(code, &out);
    }
  });
  return out;
}

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  ForEachChar(text, [&](char32_t code) {
    switch (code) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '&':
        out.append("&amp;");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        break;
      case '\t':
        out.push_back(' ');
        break;
      default:
        AppendUtf8(code, &out);
    }
  });
  out.push_back('"');
  return out;
}

std::string JsonQuote(std::string_view text) {
  std::string out = "\"";
  ForEachChar(text, [&](char32_t code) {
    switch (code) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '<':
      case '>':
      case '&':
      case 0x2028:
      case 0x2029:
        AppendUnicodeEscape(code, &out);
        break;
      default:
        AppendUtf8(code, &out);
    }
  });
  out.push_back('"');
  return out;
}

}  // namespace kg
