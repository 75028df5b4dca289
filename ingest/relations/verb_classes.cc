#include "ingest/relations/verb_classes.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_split.h"
#include "ingest/data_table.h"

namespace kg {
namespace {

constexpr std::pair<std::string_view, VerbClass> kClassNames[] = {
    {"appoint", VerbClass::kAppoint}, {"become", VerbClass::kBecome},
    {"dismiss", VerbClass::kDismiss}, {"resign", VerbClass::kResign},
    {"hold", VerbClass::kHold},       {"head", VerbClass::kHead},
    {"remain", VerbClass::kRemain},   {"nominate", VerbClass::kNominate},
    {"return", VerbClass::kReturn},   {"hedge", VerbClass::kHedge},
    {"decree", VerbClass::kDecree}};

constexpr std::string_view kLawStages[] = {"drafted",  "submitted", "sent",     "considered",
                                           "approved", "adopted",   "returned", "signed"};

}  // namespace

std::string_view VerbClassName(VerbClass verb_class) {
  for (const auto& [name, value] : kClassNames) {
    if (value == verb_class) return name;
  }
  return "none";
}

absl::StatusOr<VerbClasses> VerbClasses::Load(const std::string& dir) {
  absl::StatusOr<DataTable> table = ReadDataTable(dir + "/verb_classes.tsv");
  if (!table.ok()) return table.status();
  VerbClasses classes;
  for (const DataRow& row : *table) {
    VerbClass verb_class = VerbClass::kNone;
    for (const auto& [name, value] : kClassNames) {
      if (row.fields.size() >= 2 && row.fields[1] == name) verb_class = value;
    }
    if (verb_class == VerbClass::kNone) {
      return absl::DataLossError(table->Where(row) +
                                 ": expected 'lemma<TAB>class[<TAB>noun...]' with a known class");
    }
    classes.verbs_[row.fields[0]] = verb_class;
    for (size_t i = 2; i < row.fields.size(); ++i) {
      for (absl::string_view noun : absl::StrSplit(row.fields[i], ' ', absl::SkipEmpty())) {
        classes.nouns_[std::string(noun)] = verb_class;
      }
    }
  }
  absl::StatusOr<DataTable> stages = ReadDataTable(dir + "/law_verbs.tsv");
  if (!stages.ok()) return stages.status();
  for (const DataRow& row : *stages) {
    if (row.fields.size() != 2 ||
        std::find(std::begin(kLawStages), std::end(kLawStages), row.fields[1]) ==
            std::end(kLawStages)) {
      return absl::DataLossError(stages->Where(row) + ": expected 'lemma<TAB>stage' with a known stage");
    }
    classes.law_stages_[row.fields[0]] = row.fields[1];
  }
  return classes;
}

std::string_view VerbClasses::LawStageOf(std::string_view lemma) const {
  auto it = law_stages_.find(std::string(lemma));
  return it == law_stages_.end() ? std::string_view() : std::string_view(it->second);
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
