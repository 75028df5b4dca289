#include "query/questions/answer_writer.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace kg::questions {
namespace {

using cypher::ResultFormat;
using cypher::Row;
using cypher::Value;

Value Text(std::string text) { return Value::String(std::move(text)); }

// In a CSV cell the end is the bare date: end_inferred has its own column.
// A bound from publication dates reads "by 2019-02-21" (on or before).
std::string EndText(const PostTenure& tenure, ResultFormat format) {
  if (tenure.end.empty()) {
    if (tenure.end_by.empty()) return "";
    if (format == ResultFormat::kCsv) return absl::StrCat("by ", tenure.end_by.ToString());
    return absl::StrCat("by ", tenure.end_by.ToString(), tenure.end_inferred ? " (inferred)" : "");
  }
  if (format == ResultFormat::kCsv) return tenure.end.ToString();
  return absl::StrCat(tenure.end.ToString(), tenure.end_inferred ? " (inferred)" : "");
}

std::string StartText(const PostTenure& tenure) {
  if (!tenure.start.empty()) return tenure.start.ToString();
  if (!tenure.start_by.empty()) return absl::StrCat("by ", tenure.start_by.ToString());
  return "";
}

// A table shows the first few sources and how many more there are (a much
// reported fact has thousands; `count` says how many when the question
// read only the first); CSV lists them all, joined with ";".
std::string Sources(const std::vector<std::string>& sources, size_t count, ResultFormat format,
                    const AnswerWriteOptions& options) {
  if (format == ResultFormat::kCsv) return absl::StrJoin(sources, ";");
  const size_t shown =
      options.max_sources == 0 ? sources.size() : std::min(sources.size(), options.max_sources);
  std::string text =
      absl::StrJoin(std::vector<std::string>(sources.begin(), sources.begin() + shown), ", ");
  const size_t all = std::max(count, sources.size());
  if (shown < all) absl::StrAppend(&text, " +", all - shown, " more");
  return text;
}

Value Flag(bool flag) { return Text(flag ? "true" : "false"); }

// Columns and rows through query/cypher's writers, so that the questions
// look like `kg query` output; the title comes first in a table only.
void WriteRows(const std::string& title, const std::vector<std::string>& columns,
               const std::vector<Row>& rows, ResultFormat format, std::ostream& out) {
  if (format == ResultFormat::kTable) out << title << "\n";
  std::unique_ptr<cypher::ResultWriter> writer = cypher::MakeResultWriter(format, out);
  writer->Begin(columns);
  for (const Row& row : rows) writer->Add(row);
  writer->End();
}

}  // namespace

std::string TenureBasis(const PostTenure& tenure) {
  std::vector<std::string> parts;
  if (tenure.seen_only) {
    parts.push_back("seen in passing");
  } else if (tenure.appointed) {
    const char* appointed = tenure.acting ? "appointed acting" : "appointed";
    parts.push_back(tenure.appointed_by.empty()
                        ? std::string(appointed)
                        : absl::StrCat(appointed, " by ", tenure.appointed_by));
  } else if (!tenure.start.empty()) {
    parts.push_back(tenure.membership ? "member" : "held");
  } else if (tenure.end.empty()) {
    parts.push_back(tenure.membership ? "member, undated" : "held, undated");
  }
  if (tenure.dismissed) {
    parts.push_back(tenure.dismissed_by.empty()
                        ? "dismissed"
                        : absl::StrCat("dismissed by ", tenure.dismissed_by));
  } else if (tenure.end_inferred && !tenure.successor.empty()) {
    parts.push_back(tenure.successor == tenure.person
                        ? "reappointed"
                        : absl::StrCat("succeeded by ", tenure.successor));
  } else if (tenure.end_inferred) {
    parts.push_back("end implied");
  }
  return absl::StrJoin(parts, "; ");
}

void WriteHolders(const HoldersAnswer& answer, ResultFormat format, std::ostream& out,
                  const AnswerWriteOptions& options) {
  if (format == ResultFormat::kJson) return WriteHoldersJson(answer, out, options);
  std::string title = absl::StrCat("Holders of \"", answer.office.name, "\"");
  if (answer.at.has_value()) absl::StrAppend(&title, " at ", answer.at->ToString());
  if (answer.single_holder) absl::StrAppend(&title, " (one holder at a time)");
  const bool csv = format == ResultFormat::kCsv;
  std::vector<Row> rows;
  for (const PostTenure& t : answer.rows) {
    rows.push_back({Text(t.person), Text(StartText(t)), Text(EndText(t, format)),
                    Text(TenureBasis(t)), Text(Sources(t.sources, t.source_count, format, options))});
    if (csv) rows.back().insert(rows.back().end(), {Flag(t.end_inferred), Flag(t.seen_only)});
  }
  std::vector<std::string> columns = {"person", "from", "to", "how", "sources"};
  if (csv) columns.insert(columns.end(), {"end_inferred", "seen_only"});
  WriteRows(title, columns, rows, format, out);
  if (format != ResultFormat::kTable || answer.undated.empty()) return;
  std::vector<std::string> names;
  for (const PostTenure& t : answer.undated) names.push_back(t.person);
  out << "Also held it, when is not known: " << absl::StrJoin(names, ", ") << "\n";
}

void WriteCareer(const CareerAnswer& answer, ResultFormat format, std::ostream& out,
                 const AnswerWriteOptions& options) {
  if (format == ResultFormat::kJson) return WriteCareerJson(answer, out, options);
  const bool csv = format == ResultFormat::kCsv;
  std::vector<Row> rows;
  for (const PostTenure& t : answer.rows) {
    rows.push_back({Text(StartText(t)), Text(EndText(t, format)),
                    Text(t.membership ? absl::StrCat("member of ", t.post) : t.post),
                    Text(TenureBasis(t)), Text(Sources(t.sources, t.source_count, format, options))});
    if (csv) rows.back().insert(rows.back().end(), {Flag(t.end_inferred), Flag(t.seen_only)});
  }
  std::vector<std::string> columns = {"from", "to", "post", "how", "sources"};
  if (csv) columns.insert(columns.end(), {"end_inferred", "seen_only"});
  WriteRows(absl::StrCat("Career of \"", answer.person.name, "\""), columns, rows, format, out);
}

void WriteLaw(const LawAnswer& answer, ResultFormat format, std::ostream& out,
              const AnswerWriteOptions& options) {
  if (format == ResultFormat::kJson) return WriteLawJson(answer, out, options);
  std::vector<Row> rows;
  for (size_t i = 0; i < answer.stages.size(); ++i) {
    const LawStage& stage = answer.stages[i];
    std::vector<std::string> notes;
    for (size_t note : stage.notes) {
      const LawNote& n = answer.notes[note];
      // CSV has no list below the rows: the cell holds the text itself.
      notes.push_back(format == ResultFormat::kCsv
                          ? absl::StrCat(std::string(NoteKindName(n.kind)), ": ", n.text)
                          : absl::StrCat(note + 1));
    }
    rows.push_back({Value::Int(static_cast<int64_t>(i + 1)),
                    Text(stage.date.empty() && !stage.date_by.empty()
                             ? absl::StrCat("by ", stage.date_by.ToString())
                             : stage.date.ToString()),
                    Text(std::string(StageVerb(stage.relation))), Text(stage.body),
                    Text(stage.detail),
                    Text(absl::StrJoin(notes, format == ResultFormat::kCsv ? ";" : ", ")),
                    Text(Sources(stage.sources, stage.sources.size(), format, options))});
  }
  WriteRows(absl::StrCat("Path of law \"", answer.law.name, "\""),
            {"#", "date", "stage", "body", "detail", "notes", "sources"}, rows, format, out);
  if (format != ResultFormat::kTable || answer.notes.empty()) return;
  out << "Notes:\n";
  for (size_t i = 0; i < answer.notes.size(); ++i) {
    out << "  " << i + 1 << ". " << NoteKindName(answer.notes[i].kind) << ": "
        << answer.notes[i].text << "\n";
  }
}

}  // namespace kg::questions
