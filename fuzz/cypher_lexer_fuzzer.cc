// The Cypher lexer and parser on any text: an error or a tree, never a
// crash. Tokens must lie inside the text, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "query/cypher/lexer.h"
#include "query/cypher/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<std::vector<kg::cypher::Token>> tokens = kg::cypher::Lex(text);
  if (tokens.ok()) {
    size_t previous = 0;
    for (const kg::cypher::Token& token : *tokens) {
      if (token.begin < previous || token.begin > text.size()) std::abort();
      previous = token.begin;
    }
  }
  (void)kg::cypher::ParseQuery(text);
  (void)kg::cypher::ParseExpression(text);
  return 0;
}
