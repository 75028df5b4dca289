#include "query/questions/holders.h"

#include <set>
#include <utility>

#include "absl/status/status.h"
#include "graph/status_macros.h"
#include "query/names/name_resolution.h"
#include "query/questions/post_reports.h"
#include "query/questions/stored_tenures.h"

namespace kg::questions {

bool IsSingleHolderOffice(const NodeRecord& office) {
  if (office.kind != NodeKind::kOffice) return false;
  for (const auto& [key, value] : office.attributes) {
    if (key == "single") return value == "true";
  }
  return false;
}

namespace {

// In the post on or before `date` by a stated start or a bound.
bool KnownBy(const PostTenure& tenure, const Date& date) {
  for (const Date* lower : {&tenure.start, &tenure.start_by}) {
    if (!lower->empty() && lower->FirstDay() <= date.LastDay()) return true;
  }
  return false;
}

// Every tenure of the office: as kept in the store when it is fresh, else
// built from the reports.
absl::StatusOr<std::vector<PostTenure>> OfficeTenures(const Store& store, const NodeRecord& office,
                                                      bool single_holder,
                                                      const HoldersOptions& options) {
  if (single_holder) {
    KG_ASSIGN_OR_RETURN(std::optional<std::vector<StoredTenure>> stored,
                        ReadStoredTenures(store, office.id,
                                          {options.max_evidence, options.max_sources}));
    if (stored.has_value()) return CompleteStoredTenures(store, std::move(*stored), office);
  }
  KG_ASSIGN_OR_RETURN(std::vector<PostReport> reports, ReportsOnPost(store, office.id));
  // Memberships of an office would be an extraction slip; they are no tenure.
  std::erase_if(reports, [](const PostReport& r) { return r.membership; });
  std::vector<PostTenure> tenures = BuildTenures(reports, single_holder);
  for (PostTenure& tenure : tenures) {
    LimitTenureLists(options.max_evidence, options.max_sources, &tenure);
  }
  return tenures;
}

}  // namespace

absl::StatusOr<std::map<EdgeId, TenureEdgeTime>> TenureEdgeTimes(
    const Store& store, const std::vector<NodeRecord>& offices) {
  std::map<EdgeId, TenureEdgeTime> times;
  for (const NodeRecord& office : offices) {
    if (!IsSingleHolderOffice(office)) continue;
    KG_ASSIGN_OR_RETURN(std::vector<PostReport> reports, ReportsOnPost(store, office.id));
    std::erase_if(reports, [](const PostReport& r) {
      return r.membership || r.kind == PostReport::Kind::kDismissal;
    });
    for (const PostTenure& tenure : BuildTenures(reports, /*single_holder=*/true)) {
      TenureEdgeTime time;
      if (tenure.end_inferred) time.end = tenure.end;
      time.end_by = tenure.end_by;
      time.start_by = tenure.start_by;
      time.acting = tenure.acting;
      if (time.end.empty() && time.end_by.empty() && time.start_by.empty() && !time.acting) {
        continue;
      }
      for (EdgeId edge : tenure.edges) times[edge] = time;
    }
  }
  return times;
}

absl::StatusOr<HoldersAnswer> HoldersQuery(const Store& store, std::string_view office,
                                           const HoldersOptions& options) {
  if (options.at.has_value() && options.at->empty()) {
    return absl::InvalidArgumentError("--at needs a date: YYYY, YYYY-MM or YYYY-MM-DD");
  }
  HoldersAnswer answer;
  KG_ASSIGN_OR_RETURN(answer.office, ResolveName(store, office, NodeKind::kOffice));
  answer.single_holder = IsSingleHolderOffice(answer.office);
  answer.at = options.at;
  KG_ASSIGN_OR_RETURN(std::vector<PostTenure> tenures,
                      OfficeTenures(store, answer.office, answer.single_holder, options));
  std::set<NodeId> dated;
  for (const PostTenure& tenure : tenures) {
    if (!IsUndatedTenure(tenure)) dated.insert(tenure.person_id);
  }
  // One holder at a time: when someone is known to have been in the post
  // by the date (a start or bound on or before it), a tenure that reaches
  // the date only because its start is unknown is not listed.
  bool certain = false;
  if (options.at.has_value() && answer.single_holder) {
    for (const PostTenure& tenure : tenures) {
      if (TenureCovers(tenure, *options.at) && KnownBy(tenure, *options.at)) certain = true;
    }
  }
  for (PostTenure& tenure : tenures) {
    if (certain && TenureCovers(tenure, *options.at) && !KnownBy(tenure, *options.at)) continue;
    tenure.post_id = answer.office.id;
    tenure.post = answer.office.name;
    tenure.post_kind = answer.office.kind;
    if (options.at.has_value() && !TenureCovers(tenure, *options.at)) {
      if (IsUndatedTenure(tenure) && !dated.contains(tenure.person_id)) {
        answer.undated.push_back(std::move(tenure));
      }
      continue;
    }
    answer.rows.push_back(std::move(tenure));
  }
  return answer;
}

}  // namespace kg::questions
