#include "query/questions/post_reports.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/cypher/query.h"

namespace kg::questions {
namespace {

constexpr char kPostQuery[] =
    "MATCH (p:Person)-[r:APPOINTED_TO|HELD|DISMISSED_FROM|MEMBER_OF]->(o)\n"
    "WHERE id(o) = $id\n"
    "RETURN p, r";

// The (node, edge) pairs `text` returns for the node `id`.
absl::Status ForEachNodeAndEdge(
    const Store& store, const char* text, NodeId id,
    const std::function<absl::Status(const NodeRecord&, const EdgeRecord&)>& visit) {
  cypher::Parameters parameters;
  parameters["id"] = cypher::Value::Int(static_cast<int64_t>(id));
  KG_ASSIGN_OR_RETURN(cypher::QueryResult result, cypher::RunQuery(store, text, parameters));
  for (const cypher::Row& row : result.rows) {
    if (row.size() != 2 || row[0].kind() != cypher::Value::Kind::kNode ||
        row[1].kind() != cypher::Value::Kind::kEdge || row[1].AsEdge().record == nullptr) {
      return absl::InternalError("unexpected row shape from the questions' Cypher query");
    }
    const cypher::NodeValue& node = row[0].AsNode();
    NodeRecord record;
    if (node.record != nullptr) {
      record = *node.record;
    } else {
      KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> loaded, store.GetNode(node.id));
      if (!loaded.has_value())
        return absl::DataLossError(absl::StrCat("node ", node.id, " is missing"));
      record = std::move(*loaded);
    }
    KG_RETURN_IF_ERROR(visit(record, *row[1].AsEdge().record));
  }
  return absl::OkStatus();
}

}  // namespace

bool IsSightingEdge(const EdgeRecord& edge) {
  const FactTime& time = edge.time;
  return edge.relation != Relation::kAppointedTo && edge.relation != Relation::kDismissedFrom &&
         time.date.empty() && time.start.empty() && time.end.empty() && !time.as_of.empty();
}

bool IsUndatedEvent(const EdgeRecord& edge) {
  const FactTime& time = edge.time;
  return (edge.relation == Relation::kAppointedTo || edge.relation == Relation::kDismissedFrom) &&
         time.date.empty() && time.start.empty() && time.end.empty();
}

void AppendEdgeReports(const EdgeRecord& edge, NodeId person_id, const std::string& person_name,
                       const std::vector<ObservationRecord>& observations, bool details,
                       std::vector<PostReport>* out) {
  const FactTime& time = edge.time;
  const bool sighting = IsSightingEdge(edge);
  const bool undated_event = IsUndatedEvent(edge);
  PostReport report;
  report.person_id = person_id;
  report.person = person_name;
  report.membership = edge.relation == Relation::kMemberOf;
  report.edge = edge.id;
  // A sighting's sources are one per observation, below; copying all of them
  // into each would cost the square of the observations.
  if (!sighting && details) {
    for (const ObservationRecord& o : observations) {
      report.sources.push_back({o.article_id, o.article_date, o.evidence.sentence});
    }
  }
  if (undated_event) {
    for (const ObservationRecord& o : observations) {
      if (!o.article_date.empty() && (report.bound.empty() || o.article_date < report.bound)) {
        report.bound = o.article_date;
      }
    }
  }
  report.acting = edge.stage == "acting";
  switch (edge.relation) {
    case Relation::kAppointedTo:
      report.kind = PostReport::Kind::kAppointment;
      report.start = time.date.empty() ? time.start : time.date;
      report.by = edge.by;
      break;
    case Relation::kDismissedFrom:
      report.kind = PostReport::Kind::kDismissal;
      report.end = time.date.empty() ? time.end : time.date;
      report.by = edge.by;
      break;
    default:
      if (!time.date.empty() || !time.start.empty() || !time.end.empty()) {
        report.kind = PostReport::Kind::kTenure;
        report.start = time.start.empty() ? time.date : time.start;
        report.end = time.end;
        report.end_inferred = time.end_inferred;
        break;
      }
      if (time.as_of.empty()) {
        report.kind = PostReport::Kind::kTenure;  // undated
        break;
      }
      // Each article saw the title on its own date; the edge keeps only the
      // latest, so read the dates from the observations.
      if (observations.empty()) {
        report.kind = PostReport::Kind::kSighting;
        report.start = time.as_of;
        break;
      }
      for (const ObservationRecord& o : observations) {
        PostReport sighting = report;
        sighting.kind = PostReport::Kind::kSighting;
        sighting.start = o.time.as_of.empty() ? o.article_date : o.time.as_of;
        if (details) sighting.sources = {{o.article_id, o.article_date, o.evidence.sentence}};
        out->push_back(std::move(sighting));
      }
      return;
  }
  out->push_back(std::move(report));
}

absl::Status AppendReports(const Store& store, const EdgeRecord& edge, const NodeRecord& person,
                           bool details, std::vector<PostReport>* out) {
  if (!details && IsSightingEdge(edge)) return absl::OkStatus();
  std::vector<ObservationRecord> observations;
  if (details || IsUndatedEvent(edge)) {
    KG_ASSIGN_OR_RETURN(observations, store.ListObservations(edge.id));
  }
  AppendEdgeReports(edge, person.id, person.name, observations, details, out);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<PostReport>> ReportsOnPost(const Store& store, NodeId post,
                                                      std::optional<NodeId> focus) {
  std::vector<PostReport> reports;
  KG_RETURN_IF_ERROR(
      ForEachNodeAndEdge(store, kPostQuery, post,
                         [&](const NodeRecord& person, const EdgeRecord& edge) {
                           const bool details = !focus.has_value() || *focus == person.id;
                           return AppendReports(store, edge, person, details, &reports);
                         }));
  return reports;
}

absl::StatusOr<std::vector<PostReport>> DatedReportsOnPost(const Store& store, NodeId post) {
  std::vector<PostReport> reports;
  KG_RETURN_IF_ERROR(ForEachNodeAndEdge(
      store, kPostQuery, post, [&](const NodeRecord& person, const EdgeRecord& edge) {
        // Of the observations, a sighting's reports need the day each saw
        // the title, and an undated event's the earliest article date: one
        // observation per such date, in article id order, is all they read.
        const bool sighting = IsSightingEdge(edge);
        std::vector<ObservationRecord> dated;
        if (sighting || IsUndatedEvent(edge)) {
          std::set<Date> days;
          KG_RETURN_IF_ERROR(store.ScanObservations(edge.id, [&](const ObservationRecord& o) {
            const Date& day = sighting && !o.time.as_of.empty() ? o.time.as_of : o.article_date;
            if (!days.insert(day).second) return true;
            ObservationRecord& kept = dated.emplace_back();
            kept.article_date = o.article_date;
            kept.time.as_of = o.time.as_of;
            return true;
          }));
        }
        AppendEdgeReports(edge, person.id, person.name, dated, /*details=*/false, &reports);
        return absl::OkStatus();
      }));
  return reports;
}

absl::StatusOr<std::vector<PersonPostEdges>> EdgesOfPerson(const Store& store,
                                                           const NodeRecord& person) {
  // The edges from the person's own keys, without their sources: an edge
  // seen by thousands of articles (a head of state's title) would cost a
  // scan of its observations for a list no report reads.
  std::map<NodeId, std::vector<EdgeRecord>> by_post;
  for (Relation relation : {Relation::kAppointedTo, Relation::kDismissedFrom, Relation::kHeld,
                            Relation::kMemberOf}) {
    KG_RETURN_IF_ERROR(store.ScanEdgesWithoutSources(person.id, Direction::kOut, relation,
                                                     [&](const EdgeRecord& edge) {
                                                       by_post[edge.dst].push_back(edge);
                                                       return true;
                                                     }));
  }
  std::vector<PersonPostEdges> result;
  for (auto& [id, edges] : by_post) {
    KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> post, store.GetNode(id));
    if (!post.has_value()) return absl::DataLossError(absl::StrCat("node ", id, " is missing"));
    // Cypher's order, which the reports keep: by relation, then id.
    std::sort(edges.begin(), edges.end(), [](const EdgeRecord& a, const EdgeRecord& b) {
      return std::tie(a.relation, a.id) < std::tie(b.relation, b.id);
    });
    result.push_back({.post = std::move(*post), .edges = std::move(edges)});
  }
  return result;
}

absl::StatusOr<std::vector<PersonPost>> ReportsOfPerson(const Store& store,
                                                        const NodeRecord& person) {
  KG_ASSIGN_OR_RETURN(std::vector<PersonPostEdges> posts, EdgesOfPerson(store, person));
  std::vector<PersonPost> result;
  for (PersonPostEdges& post : posts) {
    PersonPost& entry = result.emplace_back();
    entry.post = std::move(post.post);
    for (const EdgeRecord& edge : post.edges) {
      KG_RETURN_IF_ERROR(AppendReports(store, edge, person, /*details=*/true, &entry.reports));
    }
  }
  return result;
}

}  // namespace kg::questions
