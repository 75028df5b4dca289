// Writing the three questions' answers: an aligned table for a terminal (the
// default), JSON for programs, or CSV for spreadsheets.
//
//   KG_ASSIGN_OR_RETURN(HoldersAnswer answer, HoldersQuery(store, "Minister of Energy"));
//   WriteHolders(answer, cypher::ResultFormat::kTable, std::cout);
//
// Table: a title line, then the rows in query/cypher/result_writer.h's table
// layout (" | " between columns, a rule, "(N rows)"), every row with its
// sources (article ids). An end inferred from a successor reads
// "2024-02-06 (inferred)". `kg law` numbers its stages and lists its notes
// (contradictions and gaps) under the table, the `notes` column pointing at
// them.
//
// JSON: one object (the subject, then one row object per line), with the
// evidence sentences of each row (the first `max_evidence` in article date
// order; `sources` lists every article). Dates are strings at their
// precision ("2024", "2024-03"), unknown dates null, ids decimal strings
// ("72057594037927938": they exceed 2^53, which JavaScript and jq round).
//
//   holders: {"office": {"id", "kind", "name", "single_holder"}, "at",
//             "holders": [TENURE...]}
//   career:  {"person": {"id", "kind", "name"}, "posts": [TENURE...]}
//   TENURE:  {"person": NODE, "post": NODE, "relation": "held"|"member_of",
//             "start", "end", "end_inferred", "successor", "seen_only",
//             "appointed", "appointed_by", "dismissed", "dismissed_by",
//             "sources": [...], "evidence": [{"article", "date", "sentence"}]}
//   law:     {"law": NODE, "stages": [{"index", "stage" (the relation),
//             "verb", "detail", "body": NODE, "date", "sources", "evidence",
//             "notes": [note index...]}],
//             "notes": [{"index", "kind": "contradiction"|"gap", "text",
//                        "stages": [stage index...]}]}
//   Stage and note indexes start at 1, as in the table.
//
// CSV: the table's columns and rows (RFC 4180), without the title and the
// notes list (a law's notes column holds the notes' text). Lists (sources,
// notes) are joined with ";", and flags have their own columns rather than
// words in a cell: holders and career add `end_inferred` and `seen_only`
// (true/false), the `to` column holding the bare date.
#ifndef KG_QUERY_QUESTIONS_ANSWER_WRITER_H_
#define KG_QUERY_QUESTIONS_ANSWER_WRITER_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "query/cypher/result_writer.h"
#include "query/questions/career.h"
#include "query/questions/holders.h"
#include "query/questions/law.h"

namespace kg::questions {

struct AnswerWriteOptions {
  // Evidence sentences per row in JSON.
  size_t max_evidence = 3;
  // Sources per table row, the rest as "+N more"; 0 for all. JSON and CSV
  // list every source (a program reading them wants them all).
  size_t max_sources = 3;
};

void WriteHolders(const HoldersAnswer& answer, cypher::ResultFormat format, std::ostream& out,
                  const AnswerWriteOptions& options = {});
void WriteCareer(const CareerAnswer& answer, cypher::ResultFormat format, std::ostream& out,
                 const AnswerWriteOptions& options = {});
void WriteLaw(const LawAnswer& answer, cypher::ResultFormat format, std::ostream& out,
              const AnswerWriteOptions& options = {});

// How a tenure is known, for the table's `how` column: "appointed by the
// President", "held", "seen in passing", then how it ended: "dismissed",
// "succeeded by X", "reappointed", "end implied".
std::string TenureBasis(const PostTenure& tenure);

// Writers of the JSON form (answer_json.cc).
void WriteHoldersJson(const HoldersAnswer& answer, std::ostream& out,
                      const AnswerWriteOptions& options);
void WriteCareerJson(const CareerAnswer& answer, std::ostream& out,
                     const AnswerWriteOptions& options);
void WriteLawJson(const LawAnswer& answer, std::ostream& out, const AnswerWriteOptions& options);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_ANSWER_WRITER_H_
