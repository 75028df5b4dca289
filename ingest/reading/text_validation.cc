#include "ingest/reading/text_validation.h"

#include <cstddef>
#include <cstdint>

#include "absl/strings/str_cat.h"

namespace kg {
namespace {

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is not
// one. Follows the table of well-formed byte sequences in the Unicode
// standard (section 3.9), which rules out overlongs and surrogates by
// narrowing the range of the second byte.
size_t SequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
  const uint8_t lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  uint8_t low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlongs
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlongs
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

std::optional<std::string> FindTextProblem(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\0') return absl::StrCat("NUL byte at byte offset ", i);
    const size_t length = SequenceLength(text, i);
    if (length == 0) return absl::StrCat("invalid UTF-8 at byte offset ", i);
    i += length;
  }
  return std::nullopt;
}

}  // namespace kg
