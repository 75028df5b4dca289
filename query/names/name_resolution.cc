#include "query/names/name_resolution.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"
#include "graph/status_macros.h"
#include "query/names/short_forms.h"

namespace kg {
namespace {

// More would bury the advice.
constexpr size_t kMaxCandidatesListed = 10;

std::string KindPlural(std::optional<NodeKind> kind) {
  if (!kind.has_value()) return "nodes";
  return *kind == NodeKind::kCountry ? "countries"
                                     : absl::StrCat(std::string(NodeKindName(*kind)), "s");
}

absl::StatusOr<NodeRecord> LoadNode(const Store& store, NodeId id) {
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(id));
  if (!node.has_value())
    return absl::DataLossError(absl::StrCat("node ", id, " is indexed but missing"));
  return std::move(*node);
}

void AddForm(std::string form, std::vector<std::string>* forms) {
  if (std::find(forms->begin(), forms->end(), form) == forms->end()) {
    forms->push_back(std::move(form));
  }
}

// Law names are titles ("On Territorial Defense") that users type as "the
// law on territorial defense" or just "territorial defense".
void AddLawForms(std::vector<std::string>* forms) {
  std::string topic = forms->front();
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view word : {"the", "draft", "law", "bill"}) {
      // Folded as names are ("law" folds to "lav").
      const std::string folded_word = FoldName(word) + " ";
      if (topic.starts_with(folded_word) && topic.size() > folded_word.size()) {
        topic.erase(0, folded_word.size());
        stripped = true;
      }
    }
  }
  AddForm(topic, forms);
  const std::string on = FoldName("on") + " ";
  if (!topic.starts_with(on)) AddForm(on + topic, forms);
}

// Offices are named "Minister of Energy"; users also write "Energy
// Minister" and "First Vice Energy Minister": the last word is the title,
// the words before it its field, after any leading rank words.
void AddOfficeForms(std::vector<std::string>* forms) {
  const std::vector<std::string> words = absl::StrSplit(forms->front(), ' ');
  const std::string of = FoldName("of");
  if (words.size() < 2 || std::find(words.begin(), words.end(), of) != words.end()) return;
  size_t ranks = 0;
  while (ranks + 2 < words.size()) {
    const std::string& word = words[ranks];
    bool is_rank = false;
    for (std::string_view rank : {"first", "vice", "deputy"}) {
      is_rank = is_rank || word == FoldName(rank);
    }
    if (!is_rank) break;
    ++ranks;
  }
  std::vector<std::string> reordered(words.begin(), words.begin() + ranks);
  reordered.push_back(words.back());
  reordered.push_back(of);
  reordered.insert(reordered.end(), words.begin() + ranks, words.end() - 1);
  AddForm(absl::StrJoin(reordered, " "), forms);
}

// The folded forms a name is looked up under: the name with its short forms
// expanded ("PM" -> "Prime Minister") first when it has any, then as typed.
std::vector<std::string> FoldedForms(std::string_view name, std::optional<NodeKind> kind) {
  std::vector<std::string> forms = {FoldName(name)};
  if (forms.front().empty()) return forms;
  if (std::optional<std::string> expanded = ExpandShortForms(forms.front())) {
    forms.insert(forms.begin(), std::move(*expanded));
  }
  if (kind == NodeKind::kLaw) AddLawForms(&forms);
  if (kind == NodeKind::kOffice) AddOfficeForms(&forms);
  return forms;
}

// Whether a person is called `folded_words` by surname: the last words of
// their name or of an alias.
bool IsSurnameOf(const NodeRecord& node, const std::string& folded_words) {
  if (node.kind != NodeKind::kPerson) return false;
  std::vector<std::string> names = {FoldName(node.name)};
  for (const std::string& alias : node.aliases) names.push_back(FoldName(alias));
  return std::any_of(names.begin(), names.end(), [&](const std::string& folded) {
    return folded == folded_words || folded.ends_with(absl::StrCat(" ", folded_words));
  });
}

bool ContainsWords(const std::string& folded_text, const std::string& folded_words) {
  return absl::StrCat(" ", folded_text, " ").find(absl::StrCat(" ", folded_words, " ")) !=
         std::string::npos;
}

// Narrows several candidates to the one the name means when a rule below
// picks it; otherwise returns them all, sorted by name.
std::vector<NodeRecord> Narrow(std::vector<NodeRecord> candidates,
                               const std::vector<std::string>& forms) {
  if (candidates.size() == 1) return candidates;
  std::vector<NodeRecord> own;
  for (const NodeRecord& node : candidates) {
    const std::string folded = FoldName(node.name);
    if (std::find(forms.begin(), forms.end(), folded) != forms.end()) own.push_back(node);
  }
  if (own.size() == 1) return own;
  if (own.size() > 1) candidates = std::move(own);
  // A surname means the person, not an event or a law named after them
  // ("Tokayev" rather than "Tokayev's meeting with ...").
  std::vector<NodeRecord> by_surname;
  for (const NodeRecord& node : candidates) {
    if (std::any_of(forms.begin(), forms.end(),
                    [&](const std::string& form) { return IsSurnameOf(node, form); })) {
      by_surname.push_back(node);
    }
  }
  if (by_surname.size() == 1) return by_surname;
  std::sort(candidates.begin(), candidates.end(), [](const NodeRecord& a, const NodeRecord& b) {
    return std::make_pair(a.name, a.id) < std::make_pair(b.name, b.id);
  });
  return candidates;
}

absl::Status AmbiguityError(const std::vector<NodeRecord>& candidates, std::string_view name,
                            std::optional<NodeKind> kind) {
  std::string message = absl::StrCat("\"", std::string(name), "\" matches ", candidates.size(), " ",
                                     KindPlural(kind), "; give one of these names:");
  for (size_t i = 0; i < candidates.size() && i < kMaxCandidatesListed; ++i) {
    absl::StrAppend(&message, "\n  ", candidates[i].name);
    // Across kinds, say which is which.
    if (!kind.has_value()) {
      absl::StrAppend(&message, " (", std::string(NodeKindName(candidates[i].kind)), ")");
    }
  }
  if (candidates.size() > kMaxCandidatesListed) {
    absl::StrAppend(&message, "\n  and ", candidates.size() - kMaxCandidatesListed, " more");
  }
  return absl::FailedPreconditionError(message);
}

// Adds the people whose surname is one of `forms` to `nodes`, unless one of
// `nodes` already is such a person. Reads every person.
absl::Status AddPeopleBySurname(const Store& store, const std::vector<std::string>& forms,
                                std::vector<NodeRecord>* nodes) {
  const auto by_surname = [&](const NodeRecord& node) {
    return std::any_of(forms.begin(), forms.end(),
                       [&](const std::string& form) { return IsSurnameOf(node, form); });
  };
  if (std::any_of(nodes->begin(), nodes->end(), by_surname)) return absl::OkStatus();
  return store.ScanNodes(NodeKind::kPerson, [&](const NodeRecord& node) {
    if (by_surname(node)) nodes->push_back(node);
    return true;
  });
}

absl::StatusOr<std::vector<NodeRecord>> Load(const Store& store, std::vector<NodeId> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<NodeRecord> nodes;
  for (NodeId id : ids) {
    KG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(store, id));
    nodes.push_back(std::move(node));
  }
  return nodes;
}

}  // namespace

absl::StatusOr<std::vector<NodeRecord>> FindNameCandidates(const Store& store,
                                                           std::string_view name,
                                                           std::optional<NodeKind> kind) {
  const std::vector<std::string> forms = FoldedForms(name, kind);
  // An empty folded name would match every node as a prefix.
  if (forms.front().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", std::string(name), "\" has no letters or digits to look a name up by"));
  }
  for (bool prefix : {false, true}) {
    std::vector<NodeId> ids;
    for (const std::string& form : forms) {
      KG_ASSIGN_OR_RETURN(std::vector<NodeId> found, store.FindByName(form, prefix, kind));
      ids.insert(ids.end(), found.begin(), found.end());
    }
    if (ids.empty()) continue;
    KG_ASSIGN_OR_RETURN(std::vector<NodeRecord> nodes, Load(store, std::move(ids)));
    // A word that begins an event's or a law's name may be a person's
    // surname: such people are candidates too (and Narrow prefers them).
    if (!kind.has_value() && forms.front().find(' ') == std::string::npos) {
      KG_RETURN_IF_ERROR(AddPeopleBySurname(store, forms, &nodes));
    }
    return Narrow(std::move(nodes), forms);
  }

  // Whole words anywhere in a name or alias: a scan of the kind's nodes.
  std::vector<NodeRecord> nodes;
  KG_RETURN_IF_ERROR(store.ScanNodes(kind, [&](const NodeRecord& node) {
    std::vector<std::string> names = {FoldName(node.name)};
    for (const std::string& alias : node.aliases) names.push_back(FoldName(alias));
    const bool match = std::any_of(names.begin(), names.end(), [&](const std::string& folded) {
      return std::any_of(forms.begin(), forms.end(),
                         [&](const std::string& form) { return ContainsWords(folded, form); });
    });
    if (match) nodes.push_back(node);
    return true;
  }));
  if (nodes.empty()) {
    return absl::NotFoundError(absl::StrCat(
        "no ", kind.has_value() ? std::string(NodeKindName(*kind)) : "node", " named \"",
        std::string(name),
        "\" (names match ignoring case, accents and transliteration; a beginning or whole "
        "words of a name also match)"));
  }
  return Narrow(std::move(nodes), forms);
}

absl::StatusOr<NodeRecord> ResolveName(const Store& store, std::string_view name,
                                       std::optional<NodeKind> kind) {
  KG_ASSIGN_OR_RETURN(std::vector<NodeRecord> candidates, FindNameCandidates(store, name, kind));
  if (candidates.size() == 1) return std::move(candidates.front());
  return AmbiguityError(candidates, name, kind);
}

}  // namespace kg
