// Checks that a piece of input is text kg can store: valid UTF-8 and no NUL
// bytes. Both readers run every line through this before anything else looks
// at it, so that later stages may assume clean text.
#ifndef KG_INGEST_READING_TEXT_VALIDATION_H_
#define KG_INGEST_READING_TEXT_VALIDATION_H_

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// nullopt when `text` is valid UTF-8 without NUL bytes; otherwise the reason,
// naming the byte offset of the first offending byte within `text`:
// "NUL byte at byte offset 12", "invalid UTF-8 at byte offset 40".
// Overlong encodings, surrogates and code points above U+10FFFF are invalid.
std::optional<std::string> FindTextProblem(std::string_view text);

}  // namespace kg

#endif  // KG_INGEST_READING_TEXT_VALIDATION_H_
