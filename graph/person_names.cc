#include "graph/person_names.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"

namespace kg {
namespace {

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(absl::string_view(name.data(), name.size()), ' ',
                                            absl::SkipWhitespace())) {
    words.emplace_back(w);
  }
  return words;
}

bool EndsWithAny(const std::string& word, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&](std::string_view s) { return word.size() > s.size() + 2 && word.ends_with(s); });
}

bool IsPatronymic(const std::string& word) {
  const std::string w = absl::AsciiStrToLower(word);
  return EndsWithAny(w, {"ovich", "evich", "ovych", "evych", "ovna", "evna", "ichna", "uly", "uli",
                         "ulu", "kyzy", "qyzy", "kizi", "gyzy"});
}

bool Capitalized(const std::string& word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

// Feminine: -ova, -eva, -ina, -skaya; masculine: -ov, -ev, -in, -sky, -skiy.
int SurnameGender(const std::string& word) {
  const std::string w = absl::AsciiStrToLower(word);
  if (EndsWithAny(w, {"ova", "eva", "yeva", "ina", "yna", "skaya"})) return 1;
  if (EndsWithAny(w, {"ov", "ev", "yev", "in", "yn", "sky", "skiy", "skii"})) return 2;
  return 0;
}

}  // namespace

std::string NewsFormOfPersonName(std::string_view name) {
  const std::vector<std::string> words = Words(name);
  if (words.size() != 3 || !std::all_of(words.begin(), words.end(), Capitalized)) return "";
  if (IsPatronymic(words[2]) && !IsPatronymic(words[0]) && !IsPatronymic(words[1])) {
    return words[1] + " " + words[0];  // Mamin Askar Uzakpaevich
  }
  if (IsPatronymic(words[1]) && !IsPatronymic(words[0]) && !IsPatronymic(words[2])) {
    return words[0] + " " + words[2];  // Askar Uzakpaevich Mamin
  }
  return "";
}

bool StartsWithInitial(std::string_view name) {
  const std::vector<std::string> words = Words(name);
  if (words.size() < 2) return false;
  const std::string& first = words[0];
  return first.size() >= 2 && first.size() <= 3 && first.back() == '.' && Capitalized(first);
}

std::vector<std::string> InitialFormsOfPersonName(std::string_view name) {
  const std::vector<std::string> words = Words(name);
  if (words.size() != 2 || words[0].size() < 3 || words[1].size() < 3 ||
      !Capitalized(words[0]) || !Capitalized(words[1]) || words[0].back() == '.') {
    return {};
  }
  const std::string& given = words[0];
  const std::string lower2 = absl::AsciiStrToLower(given.substr(0, 2));
  std::vector<std::string> forms;
  for (std::string_view digraph : {"sh", "zh", "ch", "kh", "ts", "ye", "yu", "ya"}) {
    if (lower2 == digraph) forms.push_back(given.substr(0, 2) + ". " + words[1]);
  }
  if (forms.empty() || lower2[0] == 'y') forms.push_back(given.substr(0, 1) + ". " + words[1]);
  return forms;
}

bool GendersConflict(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = Words(a);
  const std::vector<std::string> wb = Words(b);
  if (wa.empty() || wb.empty()) return false;
  const int ga = SurnameGender(wa.back());
  const int gb = SurnameGender(wb.back());
  return ga != 0 && gb != 0 && ga != gb;
}

}  // namespace kg
