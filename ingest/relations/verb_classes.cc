#include "ingest/relations/verb_classes.h"

#include <fstream>
#include <vector>

#include "absl/strings/str_split.h"

namespace kg {
namespace {

constexpr std::pair<std::string_view, VerbClass> kClassNames[] = {
    {"appoint", VerbClass::kAppoint}, {"become", VerbClass::kBecome},
    {"dismiss", VerbClass::kDismiss}, {"resign", VerbClass::kResign},
    {"hold", VerbClass::kHold},       {"head", VerbClass::kHead},
    {"remain", VerbClass::kRemain},   {"nominate", VerbClass::kNominate},
    {"return", VerbClass::kReturn},   {"hedge", VerbClass::kHedge},
    {"decree", VerbClass::kDecree}};

}  // namespace

std::string_view VerbClassName(VerbClass verb_class) {
  for (const auto& [name, value] : kClassNames) {
    if (value == verb_class) return name;
  }
  return "none";
}

absl::StatusOr<VerbClasses> VerbClasses::Load(const std::string& dir) {
  const std::string path = dir + "/verb_classes.tsv";
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  VerbClasses classes;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = absl::StrSplit(line, '\t');
    VerbClass verb_class = VerbClass::kNone;
    for (const auto& [name, value] : kClassNames) {
      if (fields.size() >= 2 && fields[1] == name) verb_class = value;
    }
    if (verb_class == VerbClass::kNone) {
      return absl::DataLossError(path + ":" + std::to_string(number) +
                                 ": expected 'lemma<TAB>class[<TAB>noun...]' with a known class");
    }
    classes.verbs_[fields[0]] = verb_class;
    for (size_t i = 2; i < fields.size(); ++i) {
      for (absl::string_view noun : absl::StrSplit(fields[i], ' ', absl::SkipEmpty())) {
        classes.nouns_[std::string(noun)] = verb_class;
      }
    }
  }
  return classes;
}

bool VerbClasses::IsPhrasal(std::string_view lemma, std::string_view next) const {
  if (next.empty()) return false;
  std::string key(lemma);
  key += ' ';
  key += next;
  return verbs_.contains(key);
}

VerbClass VerbClasses::OfVerb(std::string_view lemma, std::string_view next) const {
  if (!next.empty()) {
    std::string key(lemma);
    key += ' ';
    key += next;
    if (auto it = verbs_.find(key); it != verbs_.end()) return it->second;
  }
  auto it = verbs_.find(std::string(lemma));
  return it == verbs_.end() ? VerbClass::kNone : it->second;
}

VerbClass VerbClasses::OfNoun(std::string_view lemma) const {
  auto it = nouns_.find(std::string(lemma));
  return it == nouns_.end() ? VerbClass::kNone : it->second;
}

}  // namespace kg
