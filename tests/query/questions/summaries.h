// One line per answer row, so that tests compare whole rows at once.
#ifndef KG_TESTS_QUERY_QUESTIONS_SUMMARIES_H_
#define KG_TESTS_QUERY_QUESTIONS_SUMMARIES_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "query/questions/answer_writer.h"
#include "query/questions/law.h"
#include "query/questions/tenure.h"

namespace kg::testing {

// "person | start | end[ (inferred)] | how | sources", with "post: " first
// when `with_post`; a bound alone reads "by DATE".
inline std::string Summary(const questions::PostTenure& t, bool with_post = false) {
  return absl::StrCat(with_post ? absl::StrCat(t.membership ? "member of " : "", t.post, ": ") : "",
                      t.person, " | ",
                      t.start.empty() && !t.start_by.empty()
                          ? absl::StrCat("by ", t.start_by.ToString())
                          : t.start.ToString(),
                      " | ",
                      t.end.empty() && !t.end_by.empty() ? absl::StrCat("by ", t.end_by.ToString())
                                                         : t.end.ToString(),
                      t.end_inferred ? " (inferred)" : "", " | ", questions::TenureBasis(t), " | ",
                      absl::StrJoin(t.sources, ", "));
}
inline std::vector<std::string> Summaries(const std::vector<questions::PostTenure>& tenures,
                                          bool with_post = false) {
  std::vector<std::string> out;
  for (const questions::PostTenure& t : tenures) out.push_back(Summary(t, with_post));
  return out;
}

// "date | verb | body | detail | sources | notes (1-based)".
inline std::vector<std::string> StageSummaries(const questions::LawAnswer& answer) {
  std::vector<std::string> out;
  for (const questions::LawStage& s : answer.stages) {
    std::vector<size_t> notes;
    for (size_t n : s.notes) notes.push_back(n + 1);
    out.push_back(absl::StrCat(
        s.date.ToString(), " | ", std::string(questions::StageVerb(s.relation)), " | ", s.body,
        " | ", s.detail, " | ", absl::StrJoin(s.sources, ", "), " | ", absl::StrJoin(notes, ",")));
  }
  return out;
}

// "kind: text [stages (1-based)]".
inline std::vector<std::string> NoteSummaries(const questions::LawAnswer& answer) {
  std::vector<std::string> out;
  for (const questions::LawNote& n : answer.notes) {
    std::vector<size_t> stages;
    for (size_t s : n.stages) stages.push_back(s + 1);
    out.push_back(absl::StrCat(std::string(questions::NoteKindName(n.kind)), ": ", n.text, " [",
                               absl::StrJoin(stages, ","), "]"));
  }
  return out;
}

}  // namespace kg::testing

#endif  // KG_TESTS_QUERY_QUESTIONS_SUMMARIES_H_
