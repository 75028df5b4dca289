// VerbClasses: which verbs and nouns state which kind of event, read from
// data/words/verb_classes.tsv (its header documents the classes), and which
// verbs state which stage of a bill, from data/words/law_verbs.tsv. Adding a
// verb needs no C++: "reassign", "take over" or "ratify" is a line there.
//
//   KG_ASSIGN_OR_RETURN(VerbClasses classes, VerbClasses::Load(data_dir + "/words"));
//   classes.OfVerb("step", "down") == VerbClass::kResign
//   classes.OfNoun("appointment") == VerbClass::kAppoint
//
// Immutable after Load; thread-safe.
#ifndef KG_INGEST_RELATIONS_VERB_CLASSES_H_
#define KG_INGEST_RELATIONS_VERB_CLASSES_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace kg {

enum class VerbClass : uint8_t {
  kNone,
  kAppoint,
  kBecome,
  kDismiss,
  kResign,
  kHold,
  kHead,
  kRemain,
  kNominate,
  kReturn,
  kHedge,
  kDecree,
};

std::string_view VerbClassName(VerbClass verb_class);

class VerbClasses {
 public:
  static absl::StatusOr<VerbClasses> Load(const std::string& dir);

  // The class of a verb lemma followed by `next` (a particle or the word
  // after the verb, "" when none): "take over" before "take".
  VerbClass OfVerb(std::string_view lemma, std::string_view next) const;
  // True when "lemma next" is a phrasal entry of its own ("step down").
  bool IsPhrasal(std::string_view lemma, std::string_view next) const;
  // The class of the act a noun names ("dismissal"), kNone for others.
  VerbClass OfNoun(std::string_view lemma) const;
  // The stage of a bill a verb lemma states, from data/words/law_verbs.tsv
  // ("ratify" -> "adopted"); "" for other verbs.
  std::string_view LawStageOf(std::string_view lemma) const;

 private:
  absl::flat_hash_map<std::string, VerbClass> verbs_;
  absl::flat_hash_map<std::string, VerbClass> nouns_;
  absl::flat_hash_map<std::string, std::string> law_stages_;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_VERB_CLASSES_H_
