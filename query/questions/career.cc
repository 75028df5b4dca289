#include "query/questions/career.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "graph/status_macros.h"
#include "query/names/name_resolution.h"
#include "query/questions/holders.h"
#include "query/questions/post_reports.h"
#include "query/questions/stored_tenures.h"

namespace kg::questions {

absl::StatusOr<CareerAnswer> CareerQuery(const Store& store, std::string_view person,
                                         const CareerOptions& options) {
  CareerAnswer answer;
  KG_ASSIGN_OR_RETURN(answer.person, ResolveName(store, person, NodeKind::kPerson));
  KG_ASSIGN_OR_RETURN(std::vector<PersonPostEdges> posts, EdgesOfPerson(store, answer.person));
  for (PersonPostEdges& post : posts) {
    const bool single = IsSingleHolderOffice(post.post);
    std::optional<std::vector<StoredTenure>> stored;
    if (single) {
      KG_ASSIGN_OR_RETURN(stored, ReadStoredTenures(store, post.post.id, answer.person.id,
                                                    {options.max_evidence, options.max_sources}));
    }
    if (stored.has_value()) {
      // The post's tenures as kept at ingest: this person's rows, read
      // without the post's other reports or this person's observations.
      KG_ASSIGN_OR_RETURN(std::vector<PostTenure> rows,
                          CompleteStoredTenures(store, std::move(*stored), post.post,
                                                &answer.person));
      for (PostTenure& row : rows) answer.rows.push_back(std::move(row));
    }
    // Memberships are never stored; with no stored rows, everything.
    std::vector<PostReport> reports;
    for (const EdgeRecord& edge : post.edges) {
      if (stored.has_value() && edge.relation != Relation::kMemberOf) continue;
      KG_RETURN_IF_ERROR(AppendReports(store, edge, answer.person, /*details=*/true, &reports));
    }
    if (single && !stored.has_value()) {
      // Everyone's reports, so that successors end this person's tenures;
      // the person's memberships (if any) are kept from their own reports.
      std::erase_if(reports, [](const PostReport& r) { return !r.membership; });
      KG_ASSIGN_OR_RETURN(std::vector<PostReport> all,
                          ReportsOnPost(store, post.post.id, answer.person.id));
      for (PostReport& report : all) {
        if (!report.membership) reports.push_back(std::move(report));
      }
    }
    if (reports.empty()) continue;
    for (PostTenure& tenure : BuildTenures(reports, single)) {
      if (tenure.person_id != answer.person.id) continue;
      tenure.post_id = post.post.id;
      tenure.post = post.post.name;
      tenure.post_kind = post.post.kind;
      LimitTenureLists(options.max_evidence, options.max_sources, &tenure);
      answer.rows.push_back(std::move(tenure));
    }
  }
  std::stable_sort(answer.rows.begin(), answer.rows.end(), TenureBefore);
  return answer;
}

}  // namespace kg::questions
