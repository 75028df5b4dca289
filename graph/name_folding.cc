#include "graph/name_folding.h"

#include <utf8proc.h>

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace kg {
namespace {

// Apostrophes join the parts of a word ("O'Brien", "Ol’ga" where a
// transliteration marks a soft sign) instead of splitting it. They are
// checked before decomposition: U+00B4 decomposes to a space plus a mark.
bool IsApostrophe(int32_t c) {
  switch (c) {
    case '\'':
    case '`':
    case 0x00B4:  // ´
    case 0x02B9:  // ʹ (transliterated soft sign)
    case 0x02BA:  // ʺ (transliterated hard sign)
    case 0x02BB:  // ʻ
    case 0x02BC:  // ʼ
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x2032:  // ′
      return true;
    default:
      return false;
  }
}

// Letters that have no decomposition to ASCII, mapped the way English news
// romanizes them (lower case only: the input is already case-folded). Russian
// and Kazakh Cyrillic are here because a name occasionally reaches the English
// feeds unromanized; the word folds below then make "Токаев" meet "Tokayev".
struct Transliteration {
  int32_t code_point;
  const char* latin;
};
constexpr Transliteration kTransliterations[] = {
    {0x0430, "a"},  {0x0431, "b"},    {0x0432, "v"}, {0x0433, "g"},  {0x0434, "d"},  {0x0435, "e"},
    {0x0436, "zh"}, {0x0437, "z"},    {0x0438, "i"}, {0x0439, "i"},  {0x043A, "k"},  {0x043B, "l"},
    {0x043C, "m"},  {0x043D, "n"},    {0x043E, "o"}, {0x043F, "p"},  {0x0440, "r"},  {0x0441, "s"},
    {0x0442, "t"},  {0x0443, "u"},    {0x0444, "f"}, {0x0445, "kh"}, {0x0446, "ts"}, {0x0447, "ch"},
    {0x0448, "sh"}, {0x0449, "shch"}, {0x044A, ""},  {0x044B, "y"},  {0x044C, ""},   {0x044D, "e"},
    {0x044E, "yu"}, {0x044F, "ya"},   {0x0451, "e"}, {0x0454, "ye"}, {0x0456, "i"},  {0x0457, "i"},
    {0x0491, "g"},  {0x0493, "g"},    {0x049B, "q"}, {0x04A3, "n"},  {0x04AF, "u"},  {0x04B1, "u"},
    {0x04BB, "h"},  {0x04D9, "a"},    {0x04E9, "o"}, {0x00E6, "ae"}, {0x00F0, "d"},  {0x00F8, "o"},
    {0x00FE, "th"}, {0x0111, "d"},    {0x0131, "i"}, {0x0142, "l"},  {0x014B, "n"},  {0x0153, "oe"},
};

const char* Transliterate(int32_t c) {
  for (const Transliteration& t : kTransliterations) {
    if (t.code_point == c) return t.latin;
  }
  return nullptr;
}

// Appends one decomposed, case-folded code point: an ASCII letter or digit in
// lower case, nothing for an apostrophe, its romanization, or a space for
// anything else (punctuation, symbols, scripts we cannot romanize).
void AppendSimple(int32_t c, std::string* text) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      text->push_back(static_cast<char>(c));
    } else if (!IsApostrophe(c)) {
      text->push_back(' ');
    }
    return;
  }
  if (IsApostrophe(c)) return;
  if (const char* latin = Transliterate(c)) {
    text->append(latin);
    return;
  }
  text->push_back(' ');
}

// NFKD, case fold, strip marks and default-ignorables (soft hyphens, zero-width
// joiners), one code point at a time so that invalid bytes can be skipped.
void AppendFolded(int32_t c, std::string* text) {
  if (IsApostrophe(c)) return;
  constexpr auto kOptions =
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  utf8proc_int32_t buffer[16];
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(c, buffer, 16, kOptions, &boundclass);
  if (n < 0) {
    text->push_back(' ');
    return;
  }
  if (n <= 16) {
    for (utf8proc_ssize_t i = 0; i < n; ++i) AppendSimple(buffer[i], text);
    return;
  }
  std::vector<utf8proc_int32_t> large(static_cast<size_t>(n));
  boundclass = 0;
  n = utf8proc_decompose_char(c, large.data(), n, kOptions, &boundclass);
  for (utf8proc_ssize_t i = 0; i < n && i < static_cast<utf8proc_ssize_t>(large.size()); ++i) {
    AppendSimple(large[i], text);
  }
}

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix.data(), suffix.size()) == 0;
}

// One pass of the transliteration folds over a lower-case ASCII word.
std::string FoldWordOnce(const std::string& word) {
  // Kazakh/Russian consonants with several romanizations.
  std::string s;
  s.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    std::string_view rest(word.data() + i, word.size() - i);
    if (rest.starts_with("dzh")) {
      s.push_back('j');
      i += 3;
    } else if (rest.starts_with("zh")) {
      s.push_back('j');
      i += 2;
    } else if (rest.starts_with("kh")) {
      s.push_back('h');
      i += 2;
    } else {
      s.push_back(word[i] == 'q' ? 'k' : word[i]);
      ++i;
    }
  }
  // Е at the start of a word is romanized "ye" or "e" (Yerlan / Erlan).
  if (s.starts_with("ye")) s.erase(0, 1);
  for (char& c : s) {
    if (c == 'y') c = 'i';
    if (c == 'w') c = 'v';
  }
  // Labour / Labor.
  std::string t;
  t.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    t.push_back(s[i]);
    if (s[i] == 'o' && i + 1 < s.size() && s[i + 1] == 'u') ++i;
  }
  // Ashimbayev -> ashimbaiev meets Ashimbaev.
  s.clear();
  for (size_t i = 0; i < t.size(); ++i) {
    s.push_back(t[i]);
    if (t[i] == 'a' && i + 2 < t.size() && t[i + 1] == 'i' && t[i + 2] == 'e') ++i;
  }
  // Kassym / Kasym, Abenov / Abennov.
  t.clear();
  for (char c : s) {
    if (!t.empty() && IsLetter(c) && t.back() == c) continue;
    t.push_back(c);
  }
  // A woman's surname (Suleimenova) is the family's (Suleimenov). Short words
  // are left alone: "Nina" is not "Nin".
  if (t.size() >= 5 && (EndsWith(t, "ova") || EndsWith(t, "eva") || EndsWith(t, "ina"))) {
    t.pop_back();
  }
  return t;
}

// The folds are applied until nothing changes, which makes FoldName
// idempotent even where one fold exposes another ("kkhh" -> "khh" -> "kh" ->
// "h"). It terminates: every change shortens the word or replaces a q, y or w,
// and no fold produces those letters.
std::string FoldWord(std::string word) {
  while (true) {
    std::string next = FoldWordOnce(word);
    if (next == word) return word;
    word = std::move(next);
  }
}

std::string FoldNameUncached(std::string_view name) {
  std::string text;
  text.reserve(name.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  size_t i = 0;
  while (i < name.size()) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(name.size() - i), &c);
    if (n <= 0) {
      ++i;  // an invalid byte is dropped, the rest of the name still counts
      continue;
    }
    i += static_cast<size_t>(n);
    AppendFolded(c, &text);
  }

  std::string folded;
  folded.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    if (!folded.empty()) folded.push_back(' ');
    folded += FoldWord(text.substr(pos, end - pos));
    pos = end;
  }
  return folded;
}

}  // namespace

// The same few names come back in every article (a head of state's, and
// every node's name and aliases each time a write loads the node), and a
// fold decodes UTF-8 and rewrites every word until it stops changing: each
// thread remembers its recent folds, forgetting them all when the memo is
// full so that memory stays bounded.
std::string FoldName(std::string_view name) {
  constexpr size_t kMemoEntries = 1 << 14;
  thread_local absl::flat_hash_map<std::string, std::string> memo;
  // Debian's Abseil has its own string_view, which the map's lookup takes.
  const absl::string_view key(name.data(), name.size());
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  std::string folded = FoldNameUncached(name);
  if (memo.size() >= kMemoEntries) memo.clear();
  memo.emplace(key, folded);
  return folded;
}

}  // namespace kg
