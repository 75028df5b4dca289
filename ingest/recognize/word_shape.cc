// Word-shape tests shared by the recognizers (declared in recognizer.h).
#include <array>
#include <cctype>

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view s : suffixes) {
    if (word.size() > s.size() + 2 && word.ends_with(s)) return true;
  }
  return false;
}

}  // namespace

bool HasSurnameEnding(std::string_view word) {
  const std::string lower = NormalizeTokenText(word);
  // Kazakh, Russian and other post-Soviet surnames in their English spellings.
  return EndsWithAny(lower, {"ov",    "ev",    "yev",   "ova",    "eva",  "yeva",  "uly", "kyzy",
                             "enko",  "ovich", "evich", "ovna",   "evna", "skiy",  "sky", "skaya",
                             "bayev", "baev",  "dze",   "shvili", "yan",  "yants", "in"}) ||
         EndsWithAny(lower, {"ov's", "ev's"});
}

bool IsPatronymic(std::string_view word) {
  const std::string lower = NormalizeTokenText(word);
  return EndsWithAny(
      lower, {"ovich", "evich", "ovna", "evna", "ichna", "uly", "kyzy", "ulu", "qyzy", "vich"});
}

bool IsNameLike(const Lexicon& lexicon, const Token& token) {
  if (!token.is_word() || !token.capitalized()) return false;
  if (token.text == "'s" || token.text == "’s") return false;
  // All-capital words are acronyms or datelines ("KAZINFORM", "NUR-SULTAN"),
  // except a single capital initial.
  bool has_lower = false;
  for (char c : token.text) {
    if (std::islower(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80)) {
      has_lower = true;
      break;
    }
  }
  if (!has_lower && token.text.size() > 1) return false;
  // "GritsAstana": two words run together (a photo credit), not a name.
  // "McCain" and "MacArthur" are the exception.
  for (size_t i = 1; i + 1 < token.text.size(); ++i) {
    if (std::islower(static_cast<unsigned char>(token.text[i])) &&
        std::isupper(static_cast<unsigned char>(token.text[i + 1])) &&
        !(token.text.substr(0, i + 1) == "Mc" || token.text.substr(0, i + 1) == "Mac")) {
      return false;
    }
  }
  if (lexicon.IsNameStopword(token.normalized)) return false;
  if (lexicon.IsDomainWord(token.normalized)) return false;
  if (IsOrganizationHead(token.normalized)) return false;
  return true;
}

bool IsOrganizationHead(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kHeads = {
      "ministry",       "university",   "institute",  "academy",      "committee",    "agency",
      "council",        "commission",   "center",     "centre",       "fund",         "bank",
      "company",        "corporation",  "holding",    "service",      "department",   "office",
      "administration", "court",        "chamber",    "assembly",     "party",        "union",
      "association",    "foundation",   "school",     "college",      "board",        "group",
      "organization",   "organisation", "authority",  "inspectorate", "prosecutor's", "akimat",
      "maslikhat",      "society",      "federation", "network",      "plant",        "factory",
      "newspaper",      "channel"};
  for (std::string_view h : kHeads) {
    if (w == h) return true;
  }
  return false;
}

std::string TitleCase(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kSmall = {
      "of", "and", "the", "for", "in", "on", "to", "at", "a", "an", "by", "with"};
  std::string out;
  bool word_start = true;
  bool first_word = true;
  size_t i = 0;
  while (i < text.size()) {
    if (word_start && std::isalpha(static_cast<unsigned char>(text[i]))) {
      size_t end = i;
      while (end < text.size() && text[end] != ' ') ++end;
      const std::string word = NormalizeTokenText(text.substr(i, end - i));
      const bool small =
          !first_word && std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
      out.push_back(small ? text[i]
                          : static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
      ++i;
      word_start = false;
      first_word = false;
      continue;
    }
    word_start = text[i] == ' ';
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::string_view SpanText(const std::vector<Token>& tokens, size_t first, size_t last,
                          std::string_view text) {
  if (first >= last || last > tokens.size()) return {};
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

}  // namespace kg
