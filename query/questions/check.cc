#include "query/questions/check.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"
#include "graph/person_names.h"
#include "graph/status_macros.h"
#include "query/questions/holders.h"
#include "query/questions/law.h"
#include "query/questions/post_reports.h"
#include "query/questions/tenure.h"

namespace kg::questions {
namespace {

constexpr int64_t kOpen = INT64_MAX;

// The days a tenure is known to span: from its start (or bound) to its end
// (or bound), open-ended when no end is known. nullopt without a known start.
std::optional<std::pair<int64_t, int64_t>> KnownSpan(const PostTenure& t) {
  const Date* lower = nullptr;
  for (const Date* d : {&t.start, &t.start_by}) {
    if (!d->empty() && (lower == nullptr || d->FirstDay() < lower->FirstDay())) lower = d;
  }
  if (lower == nullptr) return std::nullopt;
  int64_t last = kOpen;
  for (const Date* d : {&t.end, &t.end_by}) {
    if (!d->empty()) last = std::min(last, d->LastDay());
  }
  // A start the text gives as a year covers the year; the tenure is known
  // to hold from the year's end at the latest.
  return std::make_pair(lower->LastDay(), last);
}

std::string Span(const PostTenure& t) {
  const std::string start = !t.start.empty() ? t.start.ToString()
                            : !t.start_by.empty() ? absl::StrCat("by ", t.start_by.ToString())
                                                  : "?";
  const std::string end = !t.end.empty() ? t.end.ToString()
                          : !t.end_by.empty() ? absl::StrCat("by ", t.end_by.ToString())
                                              : "";
  return absl::StrCat(start, "..", end);
}

std::vector<std::string> Sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string Born(const NodeRecord& node) {
  for (const auto& [key, value] : node.attributes) {
    if (key == "born") return value;
  }
  return "";
}

bool EndsOnAFunctionWord(const std::string& name) {
  static const std::set<std::string> kWords = {"of",  "on",  "and", "the", "to", "for", "in",
                                               "out", "off", "up",  "by",  "at", "a",   "an"};
  std::vector<std::string> words =
      absl::StrSplit(absl::AsciiStrToLower(absl::string_view(name.data(), name.size())), ' ',
                     absl::SkipEmpty());
  return !words.empty() && kWords.contains(words.back());
}

absl::Status CheckPosts(const Store& store, CheckReport* report) {
  std::vector<NodeRecord> offices;
  KG_RETURN_IF_ERROR(store.ScanNodes(NodeKind::kOffice, [&](const NodeRecord& node) {
    offices.push_back(node);
    return true;
  }));
  for (const NodeRecord& office : offices) {
    if (office.name == "Minister" || FoldName(office.name).empty()) {
      report->findings.push_back({"junk_name",
                                  absl::StrCat("office \"", office.name, "\" names no post"),
                                  {office.id},
                                  {}});
    }
    if (!IsSingleHolderOffice(office)) continue;
    KG_ASSIGN_OR_RETURN(std::vector<PostReport> reports, ReportsOnPost(store, office.id));
    std::erase_if(reports, [](const PostReport& r) { return r.membership; });
    const std::vector<PostTenure> tenures = BuildTenures(reports, /*single_holder=*/true);
    for (size_t i = 0; i < tenures.size(); ++i) {
      const auto a = KnownSpan(tenures[i]);
      if (!a) continue;
      for (size_t j = i + 1; j < tenures.size(); ++j) {
        if (tenures[j].person_id == tenures[i].person_id) continue;
        const auto b = KnownSpan(tenures[j]);
        if (!b) continue;
        // More than a handover day in common.
        const int64_t first = std::max(a->first, b->first);
        const int64_t last = std::min(a->second, b->second);
        // One day in common is a handover when one ends that day, having
        // begun before it, and the other begins that day.
        if (last < first) continue;
        const bool handover = (a->second == b->first && a->first < b->first) ||
                              (b->second == a->first && b->first < a->first);
        if (last == first && handover) continue;
        std::vector<std::string> sources = tenures[i].sources;
        sources.insert(sources.end(), tenures[j].sources.begin(), tenures[j].sources.end());
        report->findings.push_back(
            {"two_holders",
             absl::StrCat(office.name, ": ", tenures[i].person, " (", Span(tenures[i]), ") and ",
                          tenures[j].person, " (", Span(tenures[j]), ") at once [",
                          absl::StrJoin(tenures[i].sources, ", "), " | ",
                          absl::StrJoin(tenures[j].sources, ", "), "]"),
             {office.id, tenures[i].person_id, tenures[j].person_id},
             Sorted(std::move(sources))});
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckPersons(const Store& store, CheckReport* report) {
  std::vector<NodeRecord> persons;
  KG_RETURN_IF_ERROR(store.ScanNodes(NodeKind::kPerson, [&](const NodeRecord& node) {
    persons.push_back(node);
    return true;
  }));
  // Duplicates: one name key, nothing to tell the two apart.
  std::map<std::string, std::vector<const NodeRecord*>> by_key;
  for (const NodeRecord& person : persons) {
    std::string news = NewsFormOfPersonName(person.name);
    by_key[FoldName(news.empty() ? person.name : news)].push_back(&person);
  }
  for (const auto& [key, group] : by_key) {
    for (size_t i = 0; i < group.size(); ++i) {
      for (size_t j = i + 1; j < group.size(); ++j) {
        const NodeRecord& a = *group[i];
        const NodeRecord& b = *group[j];
        const std::string ba = Born(a), bb = Born(b);
        if ((!ba.empty() && !bb.empty() && ba != bb) || GendersConflict(a.name, b.name)) continue;
        report->findings.push_back(
            {"duplicate_person",
             absl::StrCat("\"", a.name, "\" and \"", b.name, "\" may be one person"),
             {a.id, b.id},
             {}});
      }
    }
  }
  // Posts begun before birth.
  for (const NodeRecord& person : persons) {
    const std::string born = Born(person);
    if (born.empty()) continue;
    const std::optional<Date> birth = Date::Parse(born);
    if (!birth.has_value()) continue;
    KG_ASSIGN_OR_RETURN(std::vector<PersonPost> posts, ReportsOfPerson(store, person));
    for (const PersonPost& post : posts) {
      for (const PostReport& r : post.reports) {
        if (r.start.empty() || r.start.LastDay() >= birth->FirstDay()) continue;
        std::vector<std::string> sources;
        for (const SourceSentence& s : r.sources) sources.push_back(s.article_id);
        report->findings.push_back(
            {"before_birth",
             absl::StrCat(person.name, " (born ", born, "): ", post.post.name, " from ",
                          r.start.ToString()),
             {person.id, post.post.id},
             Sorted(std::move(sources))});
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckLaws(const Store& store, CheckReport* report) {
  std::vector<NodeRecord> laws;
  KG_RETURN_IF_ERROR(store.ScanNodes(NodeKind::kLaw, [&](const NodeRecord& node) {
    laws.push_back(node);
    return true;
  }));
  for (const NodeRecord& law : laws) {
    std::vector<std::string> words = absl::StrSplit(FoldName(law.name), ' ', absl::SkipEmpty());
    std::erase_if(words, [](const std::string& w) { return w == "on" || w == "the" || w == "lav"; });
    if (words.size() < 2 || EndsOnAFunctionWord(law.name)) {
      report->findings.push_back(
          {"junk_name", absl::StrCat("law \"", law.name, "\" is no law's title"), {law.id}, {}});
    }
    // By id: a name may be ambiguous, the node is not.
    KG_ASSIGN_OR_RETURN(LawAnswer answer, LawQueryById(store, law));
    for (const LawNote& note : answer.notes) {
      if (note.kind != LawNote::Kind::kContradiction) continue;
      std::vector<std::string> sources;
      for (size_t s : note.stages) {
        const auto& ids = answer.stages[s].sources;
        sources.insert(sources.end(), ids.begin(), ids.end());
      }
      report->findings.push_back({"law_order", absl::StrCat(law.name, ": ", note.text), {law.id},
                                  Sorted(std::move(sources))});
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<CheckReport> CheckStore(const Store& store) {
  CheckReport report;
  KG_RETURN_IF_ERROR(CheckPosts(store, &report));
  KG_RETURN_IF_ERROR(CheckLaws(store, &report));
  KG_RETURN_IF_ERROR(CheckPersons(store, &report));
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const CheckFinding& a, const CheckFinding& b) {
                     return std::tie(a.kind, a.text) < std::tie(b.kind, b.text);
                   });
  return report;
}

}  // namespace kg::questions
