#include "ingest/reading/segmenter.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "utf8proc.h"

namespace kg {
namespace {

// Decodes the code point at `i`; returns its byte length (1 for an invalid
// byte, which is then treated as a symbol).
int DecodeAt(std::string_view text, size_t i, utf8proc_int32_t* cp) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
  const utf8proc_ssize_t n = utf8proc_iterate(bytes, text.size() - i, cp);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  return static_cast<int>(n);
}

bool IsLetter(utf8proc_int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool IsDigit(utf8proc_int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsSpace(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x202F ||
         cp == 0x2009;
}
bool IsApostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(utf8proc_int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

utf8proc_int32_t PeekAt(std::string_view text, size_t i) {
  if (i >= text.size()) return -1;
  utf8proc_int32_t cp;
  DecodeAt(text, i, &cp);
  return cp;
}

// Length of "U.S."-style dotted initialisms starting at i: letter '.' letter
// '.' ...; 0 if there is none of at least two letters.
size_t DottedInitialismLength(std::string_view text, size_t i) {
  size_t j = i;
  int letters = 0;
  while (j + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[j])) &&
         text[j + 1] == '.') {
    ++letters;
    j += 2;
  }
  if (letters < 2) return 0;
  // "U.S.A" without the final period is not this shape; "U.S." followed by a
  // letter would be a word like "e.g.x": reject.
  if (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) return 0;
  return j - i;
}

bool StartsWithS(std::string_view text, size_t i) {
  return i < text.size() && (text[i] == 's' || text[i] == 'S') &&
         (i + 1 >= text.size() || !IsLetter(PeekAt(text, i + 1)));
}

// Words whose period does not end a sentence even before a capital: titles,
// "No. 5", month abbreviations, company suffixes, and the two-letter
// initials of romanized Kazakh and Russian names ("Zh. Ualikhanova").
// "etc." is not here: it mostly ends a list, and so its sentence.
bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {
      "Mr",  "Mrs",  "Ms",   "Dr",   "Prof", "Gen",  "Col", "Lt",     "Maj", "Capt", "Sgt",
      "Adm", "Sen",  "Rep",  "Gov",  "Amb",  "Hon",  "Rev", "Jr",     "Sr",  "St",   "Mt",
      "No",  "Nos",  "Art",  "Para", "Fig",  "Vol",  "vs",  "approx", "Jan", "Feb",  "Mar",
      "Apr", "Jun",  "Jul",  "Aug",  "Sep",  "Sept", "Oct", "Nov",    "Dec", "Inc",  "Ltd",
      "Co",  "Corp", "Dept", "Zh",   "Sh",   "Ch",   "Kh",  "Ts",     "Ya",  "Yu",   "Ye"};
  for (std::string_view a : kAbbreviations) {
    if (a == word) return true;
  }
  return false;
}

// One capital letter, Latin or not: an initial.
bool IsSingleCapital(const Token& token) {
  if (!token.is_word() || !token.capitalized()) return false;
  utf8proc_int32_t cp;
  return static_cast<size_t>(DecodeAt(token.text, 0, &cp)) == token.text.size();
}

bool IsTerminal(const Token& t) {
  return t.is('.') || t.is('!') || t.is('?') || (t.type == Token::Type::kPunct && t.text == "…");
}

bool IsClosingPunct(const Token& t) {
  if (t.type != Token::Type::kPunct) return false;
  return t.text == "\"" || t.text == "”" || t.text == "’" || t.text == ")" || t.text == "»" ||
         t.text == "'";
}

bool IsOpeningPunct(const Token& t) {
  if (t.type != Token::Type::kPunct) return false;
  return t.text == "\"" || t.text == "“" || t.text == "(" || t.text == "«" || t.text == "‘" ||
         t.text == "'";
}

// Whether tokens[k] can begin a sentence: a capital or a number, perhaps
// after opening quotes or brackets ('"We won," he said').
bool StartsSentence(const std::vector<Token>& tokens, size_t k) {
  while (k < tokens.size() && IsOpeningPunct(tokens[k])) ++k;
  if (k == tokens.size()) return true;
  return tokens[k].capitalized() || tokens[k].type == Token::Type::kNumber;
}

void SplitParagraph(std::string_view text, uint32_t base, int paragraph,
                    std::vector<Sentence>* out) {
  std::vector<Token> tokens = Tokenize(text, base);
  size_t start = 0;
  auto emit = [&](size_t end_exclusive) {
    if (end_exclusive <= start) return;
    Sentence s;
    s.paragraph = paragraph;
    s.tokens.assign(tokens.begin() + start, tokens.begin() + end_exclusive);
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
    out->push_back(std::move(s));
    start = end_exclusive;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!IsTerminal(t)) continue;
    // More terminals ("...", "?!") and closing quotes or brackets written
    // against the terminal belong to this sentence; a quote after a space
    // opens the next one.
    size_t end = i + 1;
    while (end < tokens.size() && tokens[end].begin == tokens[end - 1].end &&
           (IsClosingPunct(tokens[end]) || IsTerminal(tokens[end]))) {
      ++end;
    }
    if (end >= tokens.size()) break;
    if (!StartsSentence(tokens, end)) {
      i = end - 1;
      continue;
    }
    if (t.is('.') && i > start) {
      const Token& previous = tokens[i - 1];
      if (previous.end == t.begin &&
          (IsSingleCapital(previous) || (previous.is_word() && IsAbbreviation(previous.text)))) {
        continue;
      }
    }
    emit(end);
    i = end - 1;
  }
  emit(tokens.size());
}

}  // namespace

std::string NormalizeTokenText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) compares as "'".
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {
      out += '\'';
      i += 2;
      continue;
    }
    const char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool Token::capitalized() const {
  if (text.empty()) return false;
  utf8proc_int32_t cp;
  DecodeAt(text, 0, &cp);
  if (cp < 0) return false;
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto category = utf8proc_category(cp);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  size_t i = 0;
  auto push = [&](size_t begin, size_t end, Token::Type type) {
    Token t;
    t.begin = base + static_cast<uint32_t>(begin);
    t.end = base + static_cast<uint32_t>(end);
    t.text = text.substr(begin, end - begin);
    t.type = type;
    t.normalized = NormalizeTokenText(t.text);
    tokens.push_back(std::move(t));
  };
  while (i < text.size()) {
    utf8proc_int32_t cp;
    const int n = DecodeAt(text, i, &cp);
    if (IsSpace(cp)) {
      i += n;
      continue;
    }
    if (IsDigit(cp)) {
      size_t j = i + 1;
      while (j < text.size()) {
        const char c = text[j];
        if (IsDigit(static_cast<unsigned char>(c))) {
          ++j;
        } else if ((c == ',' || c == '.') && j + 1 < text.size() &&
                   IsDigit(static_cast<unsigned char>(text[j + 1]))) {
          j += 2;
        } else {
          break;
        }
      }
      // Ordinal suffixes stay with their number: "30th", "1st".
      size_t k = j;
      while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
      const std::string_view suffix = text.substr(j, k - j);
      if (suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") j = k;
      push(i, j, Token::Type::kNumber);
      i = j;
      continue;
    }
    if (IsLetter(cp)) {
      if (size_t len = DottedInitialismLength(text, i); len > 0) {
        push(i, i + len, Token::Type::kWord);
        i += len;
        continue;
      }
      size_t j = i + n;
      while (j < text.size()) {
        utf8proc_int32_t next;
        const int m = DecodeAt(text, j, &next);
        if (IsLetter(next) || IsDigit(next)) {
          j += m;
          continue;
        }
        // Internal hyphen or apostrophe followed by a letter stays in the word,
        // except the possessive "'s", which becomes its own token.
        if ((IsHyphen(next) || IsApostrophe(next)) && IsLetter(PeekAt(text, j + m))) {
          if (IsApostrophe(next) && StartsWithS(text, j + m)) break;
          j += m;
          continue;
        }
        break;
      }
      push(i, j, Token::Type::kWord);
      i = j;
      // The possessive: "'s" / "’s".
      if (i < text.size()) {
        utf8proc_int32_t next;
        const int m = DecodeAt(text, i, &next);
        if (IsApostrophe(next) && StartsWithS(text, i + m)) {
          push(i, i + m + 1, Token::Type::kWord);
          i += m + 1;
        }
      }
      continue;
    }
    push(i, i + n, Token::Type::kPunct);
    i += n;
  }
  return tokens;
}

namespace {

// Lines of a hard-wrapped text (a cable, a plain-text wire copy): every
// line of a paragraph but its last was broken where the column ran out.
struct LineSpan {
  size_t begin = 0;
  size_t end = 0;  // exclusive, before the '\n'
  size_t length() const { return end - begin; }
};

std::vector<LineSpan> SplitLines(std::string_view text) {
  std::vector<LineSpan> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({start, end});
    start = end + 1;
  }
  return lines;
}

bool EndsSentence(std::string_view line) {
  while (!line.empty() && IsSpace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  if (line.empty()) return true;
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' ||
         line.ends_with("\xE2\x80\x9D");  // closing curly quote
}

// The column a text was wrapped at, or 0 when it was not wrapped: its lines
// are all short (no paragraph written as one long line) and many of the
// longer ones stop mid-sentence.
size_t WrapColumn(std::string_view text, const std::vector<LineSpan>& lines) {
  constexpr size_t kWidestWrap = 100;  // wire and cable columns are 64-80
  constexpr int kMinWrappedLines = 4;
  size_t widest = 0;
  for (const LineSpan& line : lines) widest = std::max(widest, line.length());
  if (widest > kWidestWrap || widest < 40) return 0;
  int wrapped = 0;
  for (const LineSpan& line : lines) {
    if (line.length() * 4 >= widest * 3 &&
        !EndsSentence(text.substr(line.begin, line.length())))
      ++wrapped;
  }
  return wrapped >= kMinWrappedLines ? widest : 0;
}

}  // namespace

std::string UnwrapHardWrappedLines(std::string_view text) {
  std::string unwrapped(text);
  const std::vector<LineSpan> lines = SplitLines(text);
  // A line that reaches the column runs on into the next one; a shorter line
  // (a heading, a paragraph's last line) ends its paragraph.
  const size_t column = WrapColumn(text, lines);
  if (column == 0) return unwrapped;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].length() * 4 >= column * 3 && lines[i + 1].length() > 0)
      unwrapped[lines[i].end] = ' ';
  }
  return unwrapped;
}

SegmentedText Segment(std::string_view text) {
  SegmentedText result;
  int paragraph = 0;
  for (const LineSpan& line : SplitLines(text)) {
    const size_t before = result.sentences.size();
    SplitParagraph(text.substr(line.begin, line.length()), static_cast<uint32_t>(line.begin),
                   paragraph, &result.sentences);
    if (result.sentences.size() > before) ++paragraph;
  }
  return result;
}

}  // namespace kg
