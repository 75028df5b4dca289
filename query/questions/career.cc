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

absl::StatusOr<CareerAnswer> CareerQuery(const Store& store, std::string_view person) {
  CareerAnswer answer;
  KG_ASSIGN_OR_RETURN(answer.person, ResolveName(store, person, NodeKind::kPerson));
  KG_ASSIGN_OR_RETURN(std::vector<PersonPost> posts, ReportsOfPerson(store, answer.person));
  for (PersonPost& post : posts) {
    const bool single = IsSingleHolderOffice(post.post);
    std::vector<PostReport> reports = std::move(post.reports);
    std::optional<std::vector<StoredTenure>> stored;
    if (single) {
      KG_ASSIGN_OR_RETURN(stored, ReadStoredTenures(store, post.post.id, answer.person.id));
    }
    if (stored.has_value()) {
      // The post's tenures as kept at ingest: this person's rows, their
      // sentences from the person's own reports; memberships (not kept)
      // from those reports too.
      SentenceIndex sentences;
      for (const PostReport& report : reports) {
        for (const SourceSentence& sentence : report.sources) {
          sentences.emplace(std::pair{report.edge, sentence.article_id}, sentence);
        }
      }
      KG_ASSIGN_OR_RETURN(std::vector<PostTenure> rows,
                          CompleteStoredTenures(store, std::move(*stored), post.post, sentences,
                                                &answer.person));
      for (PostTenure& row : rows) answer.rows.push_back(std::move(row));
      std::erase_if(reports, [](const PostReport& r) { return !r.membership; });
    } else if (single) {
      // Everyone's reports, so that successors end this person's tenures;
      // the person's memberships (if any) are kept from their own reports.
      std::erase_if(reports, [](const PostReport& r) { return !r.membership; });
      KG_ASSIGN_OR_RETURN(std::vector<PostReport> all,
                          ReportsOnPost(store, post.post.id, answer.person.id));
      for (PostReport& report : all) {
        if (!report.membership) reports.push_back(std::move(report));
      }
    }
    for (PostTenure& tenure : BuildTenures(reports, single)) {
      if (tenure.person_id != answer.person.id) continue;
      tenure.post_id = post.post.id;
      tenure.post = post.post.name;
      tenure.post_kind = post.post.kind;
      answer.rows.push_back(std::move(tenure));
    }
  }
  std::stable_sort(answer.rows.begin(), answer.rows.end(), TenureBefore);
  return answer;
}

}  // namespace kg::questions
