#include "query/questions/holders.h"

#include <utility>

#include "absl/status/status.h"
#include "graph/status_macros.h"
#include "query/names/name_resolution.h"
#include "query/questions/post_reports.h"

namespace kg::questions {

bool IsSingleHolderOffice(const NodeRecord& office) {
  if (office.kind != NodeKind::kOffice) return false;
  for (const auto& [key, value] : office.attributes) {
    if (key == "single") return value == "true";
  }
  return false;
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
  KG_ASSIGN_OR_RETURN(std::vector<PostReport> reports, ReportsOnPost(store, answer.office.id));
  // Memberships of an office would be an extraction slip; they are no tenure.
  std::erase_if(reports, [](const PostReport& r) { return r.membership; });
  for (PostTenure& tenure : BuildTenures(reports, answer.single_holder)) {
    if (options.at.has_value() && !TenureCovers(tenure, *options.at)) continue;
    tenure.post_id = answer.office.id;
    tenure.post = answer.office.name;
    tenure.post_kind = answer.office.kind;
    answer.rows.push_back(std::move(tenure));
  }
  return answer;
}

}  // namespace kg::questions
