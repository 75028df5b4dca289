#include "query/questions/law.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/status_macros.h"
#include "query/cypher/query.h"
#include "query/names/name_resolution.h"

namespace kg::questions {
namespace {

constexpr char kLawQuery[] =
    "MATCH (l:Law)-[r:DRAFTED_BY|SUBMITTED_TO|CONSIDERED_BY|ADOPTED_BY|APPROVED_BY|RETURNED_BY|"
    "SIGNED_BY|ENTERED_INTO_FORCE]->(b)\n"
    "WHERE id(l) = $id\n"
    "RETURN r, b";

// Legislative rank: what must come before what. Parliament's stages share a
// rank because the chambers pass a bill back and forth.
int Rank(Relation relation) {
  switch (relation) {
    case Relation::kDraftedBy:
      return 0;
    case Relation::kSignedBy:
      return 2;
    case Relation::kEnteredIntoForce:
      return 3;
    default:
      return 1;
  }
}

// Where a stage falls on a bill's usual way through parliament: drafted,
// submitted to the Majilis, first reading, adopted, sent to the Senate,
// the Senate's decision, the Majilis's vote on the Senate's amendments,
// signed, in force. Places a stage that has neither a date nor a bound.
int Step(const LawStage& stage) {
  const auto has = [](const std::string& text, std::string_view word) {
    return text.find(word) != std::string::npos;
  };
  const bool senate = has(stage.body, "Senate") || has(stage.body, "upper");
  switch (stage.relation) {
    case Relation::kDraftedBy:
      return 0;
    case Relation::kSignedBy:
      return 7;
    case Relation::kEnteredIntoForce:
      return 8;
    case Relation::kSubmittedTo:
    case Relation::kConsideredBy:
      return senate ? 4 : 1;
    case Relation::kReturnedBy:
      return 5;
    default:
      break;
  }
  if (senate) return 5;
  if (has(stage.detail, "first reading")) return 2;
  if (has(stage.detail, "amendment") || has(stage.detail, "Senate")) return 6;
  return 3;
}

// The order of stages reported on one day: a chamber adopts a bill and sends
// it on ("adopted the law and submitted it to the Senate"), the Senate
// approves or returns it, then the President signs.
int SameDayOrder(Relation relation) {
  switch (relation) {
    case Relation::kDraftedBy:
      return 0;
    case Relation::kConsideredBy:
      return 1;
    case Relation::kAdoptedBy:
      return 2;
    case Relation::kApprovedBy:
      return 3;
    case Relation::kSubmittedTo:
      return 4;
    case Relation::kReturnedBy:
      return 5;
    case Relation::kSignedBy:
      return 6;
    default:
      return 7;
  }
}

// Stages that happen once per body and detail, so two dates contradict.
bool HappensOnce(Relation relation) {
  return relation == Relation::kAdoptedBy || relation == Relation::kApprovedBy ||
         relation == Relation::kSignedBy || relation == Relation::kEnteredIntoForce;
}

bool ClearlyAfter(const Date& a, const Date& b) { return a.FirstDay() > b.LastDay(); }

// "adopted by Majilis (first reading)", "submitted to Senate", "entered into
// force (Kazakhstan)".
std::string Describe(const LawStage& stage) {
  std::string text(StageVerb(stage.relation));
  if (stage.relation == Relation::kEnteredIntoForce) {
    absl::StrAppend(&text, " (", stage.body, ")");
  } else {
    absl::StrAppend(&text, stage.relation == Relation::kSubmittedTo ? " " : " by ", stage.body);
  }
  if (!stage.detail.empty()) absl::StrAppend(&text, " (", stage.detail, ")");
  return text;
}

std::string DatedDescription(const LawStage& stage) {
  return absl::StrCat(Describe(stage), " on ", stage.date.ToString(), " [",
                      absl::StrJoin(stage.sources, ", "), "]");
}

void AddNote(LawNote::Kind kind, std::string text, std::vector<size_t> stages, LawAnswer* answer) {
  const size_t index = answer->notes.size();
  std::sort(stages.begin(), stages.end());
  for (size_t s : stages) answer->stages[s].notes.push_back(index);
  answer->notes.push_back({kind, std::move(text), std::move(stages)});
}

// Same stage, body and detail, with dates that can be one date.
bool SameReport(const LawStage& a, const LawStage& b) {
  return a.relation == b.relation && a.body_id == b.body_id && a.detail == b.detail &&
         a.date.CompatibleWith(b.date);
}

void MergeCompatible(std::vector<LawStage>* stages) {
  std::sort(stages->begin(), stages->end(), [](const LawStage& a, const LawStage& b) {
    return std::tie(a.relation, a.body_id, a.detail, a.date) <
           std::tie(b.relation, b.body_id, b.detail, b.date);
  });
  std::vector<LawStage> merged;
  for (LawStage& stage : *stages) {
    // An empty date sorts first in its group, so an undated report joins the
    // earliest dated report of the same stage, body and detail.
    auto into = std::find_if(merged.begin(), merged.end(),
                             [&](const LawStage& m) { return SameReport(m, stage); });
    if (into == merged.end()) {
      merged.push_back(std::move(stage));
      continue;
    }
    if (stage.date.precision() > into->date.precision()) into->date = stage.date;
    into->evidence.insert(into->evidence.end(), stage.evidence.begin(), stage.evidence.end());
  }
  *stages = std::move(merged);
}

void Order(std::vector<LawStage>* stages) {
  std::vector<LawStage> dated, bounded, undated;
  for (LawStage& stage : *stages) {
    if (stage.date.empty()) {
      for (const SourceSentence& source : stage.evidence) {
        if (!source.article_date.empty() &&
            (stage.date_by.empty() || source.article_date < stage.date_by)) {
          stage.date_by = source.article_date;
        }
      }
    }
    if (!stage.date.empty()) {
      dated.push_back(std::move(stage));
    } else {
      (stage.date_by.empty() ? undated : bounded).push_back(std::move(stage));
    }
  }
  // A bound sorts as its day, after the stages dated that day.
  const auto key = [](const LawStage& s) {
    const bool bound = s.date.empty();
    return std::make_tuple(bound ? s.date_by : s.date, bound, Rank(s.relation),
                           SameDayOrder(s.relation), s.body, s.detail, s.body_id);
  };
  const auto before = [&](const LawStage& a, const LawStage& b) { return key(a) < key(b); };
  std::sort(dated.begin(), dated.end(), before);
  std::sort(bounded.begin(), bounded.end(), before);
  std::sort(undated.begin(), undated.end(), before);
  // By its bound, but in legislative order: after every stage that must
  // precede it, before every stage that must follow it (a drafting reported
  // in passing months later still comes first).
  for (LawStage& stage : bounded) {
    size_t at = 0;
    while (at < dated.size() && !before(stage, dated[at])) ++at;
    for (size_t j = 0; j < at; ++j) {
      if (Rank(dated[j].relation) > Rank(stage.relation)) {
        at = j;
        break;
      }
    }
    for (size_t j = at; j < dated.size(); ++j) {
      if (Rank(dated[j].relation) < Rank(stage.relation)) at = j + 1;
    }
    dated.insert(dated.begin() + static_cast<std::ptrdiff_t>(at), std::move(stage));
  }
  // Neither date nor bound: before the first stage that comes later on the
  // bill's way (Step), but after every stage of a lower rank.
  for (LawStage& stage : undated) {
    size_t at = 0;
    while (at < dated.size() && Step(dated[at]) <= Step(stage)) ++at;
    for (size_t j = at; j < dated.size(); ++j) {
      if (Rank(dated[j].relation) < Rank(stage.relation)) at = j + 1;
    }
    dated.insert(dated.begin() + static_cast<std::ptrdiff_t>(at), std::move(stage));
  }
  *stages = std::move(dated);
}

void FindContradictions(LawAnswer* answer) {
  const std::vector<LawStage>& stages = answer->stages;
  const auto returned_between = [&](const Date& earlier, const Date& later) {
    return std::any_of(stages.begin(), stages.end(), [&](const LawStage& s) {
      return s.relation == Relation::kReturnedBy && !s.date.empty() &&
             ClearlyAfter(s.date, earlier) && ClearlyAfter(later, s.date);
    });
  };
  // Two dates for a stage that happens once (stages are in date order, so
  // the next one of the same key is the next date).
  for (size_t i = 0; i < stages.size(); ++i) {
    const LawStage& a = stages[i];
    if (!HappensOnce(a.relation) || a.date.empty()) continue;
    for (size_t j = i + 1; j < stages.size(); ++j) {
      const LawStage& b = stages[j];
      if (b.relation != a.relation || b.body_id != a.body_id || b.detail != a.detail ||
          b.date.empty()) {
        continue;
      }
      if (!a.date.CompatibleWith(b.date) && !returned_between(a.date, b.date)) {
        AddNote(LawNote::Kind::kContradiction,
                absl::StrCat(Describe(a), " is reported on two dates: ", a.date.ToString(), " [",
                             absl::StrJoin(a.sources, ", "), "] and ", b.date.ToString(), " [",
                             absl::StrJoin(b.sources, ", "), "]"),
                {i, j}, answer);
      }
      break;
    }
  }
  // A stage dated before the latest stage that must precede it.
  for (size_t j = 0; j < stages.size(); ++j) {
    const LawStage& b = stages[j];
    if (b.date.empty()) continue;
    std::optional<size_t> latest;
    for (size_t i = 0; i < stages.size(); ++i) {
      const LawStage& a = stages[i];
      if (a.date.empty() || Rank(a.relation) >= Rank(b.relation) || !ClearlyAfter(a.date, b.date))
        continue;
      if (!latest.has_value() || stages[*latest].date < a.date) latest = i;
    }
    if (!latest.has_value()) continue;
    AddNote(
        LawNote::Kind::kContradiction,
        absl::StrCat(DatedDescription(b), " is dated before ", DatedDescription(stages[*latest])),
        {*latest, j}, answer);
  }
}

void FindGaps(LawAnswer* answer) {
  const std::vector<LawStage>& stages = answer->stages;
  const auto all_of = [&](Relation relation) {
    std::vector<size_t> found;
    for (size_t i = 0; i < stages.size(); ++i) {
      if (stages[i].relation == relation) found.push_back(i);
    }
    return found;
  };
  const std::vector<size_t> signed_stages = all_of(Relation::kSignedBy);
  if (!signed_stages.empty() && all_of(Relation::kAdoptedBy).empty() &&
      all_of(Relation::kApprovedBy).empty()) {
    AddNote(LawNote::Kind::kGap, "signed, but no adoption or approval is recorded", signed_stages,
            answer);
  }
  const std::vector<size_t> in_force = all_of(Relation::kEnteredIntoForce);
  if (!in_force.empty() && signed_stages.empty()) {
    AddNote(LawNote::Kind::kGap, "in force, but no signature is recorded", in_force, answer);
  }
  for (size_t i = 0; i < stages.size(); ++i) {
    if (stages[i].date.empty()) {
      std::string text = absl::StrCat(Describe(stages[i]), ": no date reported");
      if (!stages[i].date_by.empty()) {
        absl::StrAppend(&text, " (on or before ", stages[i].date_by.ToString(),
                        ", when it was reported)");
      }
      AddNote(LawNote::Kind::kGap, std::move(text), {i}, answer);
    }
  }
}

}  // namespace

std::string_view StageVerb(Relation relation) {
  switch (relation) {
    case Relation::kDraftedBy:
      return "drafted";
    case Relation::kSubmittedTo:
      return "submitted to";
    case Relation::kConsideredBy:
      return "considered";
    case Relation::kAdoptedBy:
      return "adopted";
    case Relation::kApprovedBy:
      return "approved";
    case Relation::kReturnedBy:
      return "returned";
    case Relation::kSignedBy:
      return "signed";
    case Relation::kEnteredIntoForce:
      return "entered into force";
    default:
      return RelationName(relation);
  }
}

std::string_view NoteKindName(LawNote::Kind kind) {
  return kind == LawNote::Kind::kContradiction ? "contradiction" : "gap";
}

absl::StatusOr<LawAnswer> LawQuery(const Store& store, std::string_view law) {
  KG_ASSIGN_OR_RETURN(NodeRecord node, ResolveName(store, law, NodeKind::kLaw));
  return LawQueryById(store, node);
}

absl::StatusOr<LawAnswer> LawQueryById(const Store& store, const NodeRecord& law) {
  LawAnswer answer;
  answer.law = law;
  cypher::Parameters parameters;
  parameters["id"] = cypher::Value::Int(static_cast<int64_t>(answer.law.id));
  KG_ASSIGN_OR_RETURN(cypher::QueryResult result, cypher::RunQuery(store, kLawQuery, parameters));
  for (const cypher::Row& row : result.rows) {
    if (row.size() != 2 || row[0].kind() != cypher::Value::Kind::kEdge ||
        row[0].AsEdge().record == nullptr || row[1].kind() != cypher::Value::Kind::kNode ||
        row[1].AsNode().record == nullptr) {
      return absl::InternalError("unexpected row shape from the law query");
    }
    const EdgeRecord& edge = *row[0].AsEdge().record;
    const NodeRecord& body = *row[1].AsNode().record;
    LawStage stage;
    stage.relation = edge.relation;
    stage.detail = edge.stage;
    stage.body_id = body.id;
    stage.body = body.name;
    stage.body_kind = body.kind;
    stage.date = edge.time.date.empty() ? edge.time.start : edge.time.date;
    KG_ASSIGN_OR_RETURN(stage.evidence, EdgeSentences(store, edge.id));
    answer.stages.push_back(std::move(stage));
  }
  MergeCompatible(&answer.stages);
  Order(&answer.stages);
  for (LawStage& stage : answer.stages) {
    NormalizeEvidence(&stage.evidence);
    stage.sources = SourceIds(stage.evidence);
  }
  FindContradictions(&answer);
  FindGaps(&answer);
  return answer;
}

}  // namespace kg::questions
