// The JSON form of the questions' answers (layout in answer_writer.h).
#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "fmt/format.h"
#include "query/cypher/result_writer.h"
#include "query/questions/answer_writer.h"
#include "utf8proc.h"

namespace kg::questions {
namespace {

void String(std::ostream& out, std::string_view text) { cypher::WriteJsonString(out, text); }

void OptionalString(std::ostream& out, std::string_view text) {
  if (text.empty()) {
    out << "null";
  } else {
    String(out, text);
  }
}

void DateValue(std::ostream& out, const Date& date) { OptionalString(out, date.ToString()); }

void Bool(std::ostream& out, bool value) { out << (value ? "true" : "false"); }

void Node(std::ostream& out, NodeId id, NodeKind kind, std::string_view name) {
  // Ids as strings: they exceed 2^53, which JavaScript and jq round.
  out << "{\"id\": \"" << id << "\", \"kind\": ";
  String(out, NodeKindName(kind));
  out << ", \"name\": ";
  String(out, name);
  out << "}";
}

void StringList(std::ostream& out, const std::vector<std::string>& items) {
  out << "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out << ", ";
    String(out, items[i]);
  }
  out << "]";
}

void IndexList(std::ostream& out, const std::vector<size_t>& indexes) {
  out << "[";
  for (size_t i = 0; i < indexes.size(); ++i) out << (i > 0 ? ", " : "") << indexes[i] + 1;
  out << "]";
}

void Evidence(std::ostream& out, const std::vector<SourceSentence>& evidence, size_t max) {
  out << "[";
  for (size_t i = 0; i < evidence.size() && i < max; ++i) {
    out << (i > 0 ? ", " : "") << "{\"article\": ";
    String(out, evidence[i].article_id);
    out << ", \"date\": ";
    DateValue(out, evidence[i].article_date);
    out << ", \"sentence\": ";
    String(out, evidence[i].sentence);
    out << "}";
  }
  out << "]";
}

void Tenure(std::ostream& out, const PostTenure& t, const AnswerWriteOptions& options) {
  out << "{\"person\": ";
  Node(out, t.person_id, NodeKind::kPerson, t.person);
  out << ", \"post\": ";
  Node(out, t.post_id, t.post_kind, t.post);
  out << ", \"relation\": ";
  String(out, t.membership ? "member_of" : "held");
  out << ", \"start\": ";
  DateValue(out, t.start);
  out << ", \"end\": ";
  DateValue(out, t.end);
  out << ", \"start_by\": ";
  DateValue(out, t.start_by);
  out << ", \"end_by\": ";
  DateValue(out, t.end_by);
  out << ", \"end_inferred\": ";
  Bool(out, t.end_inferred);
  out << ", \"acting\": ";
  Bool(out, t.acting);
  out << ", \"successor\": ";
  OptionalString(out, t.successor);
  out << ", \"seen_only\": ";
  Bool(out, t.seen_only);
  out << ", \"appointed\": ";
  Bool(out, t.appointed);
  out << ", \"appointed_by\": ";
  OptionalString(out, t.appointed_by);
  out << ", \"dismissed\": ";
  Bool(out, t.dismissed);
  out << ", \"dismissed_by\": ";
  OptionalString(out, t.dismissed_by);
  out << ", \"sources\": ";
  StringList(out, t.sources);
  out << ", \"evidence\": ";
  Evidence(out, t.evidence, options.max_evidence);
  out << "}";
}

// `"key": [` then one item per line, then `]`.
template <typename T, typename Write>
void Array(std::ostream& out, std::string_view key, const std::vector<T>& items, Write write) {
  String(out, key);
  out << ": [";
  for (size_t i = 0; i < items.size(); ++i) {
    out << (i > 0 ? ",\n  " : "\n  ");
    write(i, items[i]);
  }
  out << (items.empty() ? "]" : "\n]");
}

}  // namespace

void WriteHoldersJson(const HoldersAnswer& answer, std::ostream& out,
                      const AnswerWriteOptions& options) {
  out << "{\"office\": {\"id\": \"" << answer.office.id << "\", \"kind\": ";
  String(out, NodeKindName(answer.office.kind));
  out << ", \"name\": ";
  String(out, answer.office.name);
  out << ", \"single_holder\": ";
  Bool(out, answer.single_holder);
  out << "},\n\"at\": ";
  if (answer.at.has_value()) {
    DateValue(out, *answer.at);
  } else {
    out << "null";
  }
  out << ",\n";
  Array(out, "holders", answer.rows, [&](size_t, const PostTenure& t) { Tenure(out, t, options); });
  out << ",\n";
  Array(out, "undated", answer.undated,
        [&](size_t, const PostTenure& t) { Tenure(out, t, options); });
  out << "}\n";
}

void WriteCareerJson(const CareerAnswer& answer, std::ostream& out,
                     const AnswerWriteOptions& options) {
  out << "{\"person\": ";
  Node(out, answer.person.id, answer.person.kind, answer.person.name);
  out << ",\n";
  Array(out, "posts", answer.rows, [&](size_t, const PostTenure& t) { Tenure(out, t, options); });
  out << "}\n";
}

void WriteLawJson(const LawAnswer& answer, std::ostream& out, const AnswerWriteOptions& options) {
  out << "{\"law\": ";
  Node(out, answer.law.id, answer.law.kind, answer.law.name);
  out << ",\n";
  Array(out, "stages", answer.stages, [&](size_t i, const LawStage& s) {
    out << "{\"index\": " << i + 1 << ", \"stage\": ";
    String(out, RelationName(s.relation));
    out << ", \"verb\": ";
    String(out, StageVerb(s.relation));
    out << ", \"detail\": ";
    OptionalString(out, s.detail);
    out << ", \"body\": ";
    Node(out, s.body_id, s.body_kind, s.body);
    out << ", \"date\": ";
    DateValue(out, s.date);
    out << ", \"date_by\": ";
    DateValue(out, s.date_by);
    out << ", \"sources\": ";
    StringList(out, s.sources);
    out << ", \"evidence\": ";
    Evidence(out, s.evidence, options.max_evidence);
    out << ", \"notes\": ";
    IndexList(out, s.notes);
    out << "}";
  });
  out << ",\n";
  Array(out, "notes", answer.notes, [&](size_t i, const LawNote& n) {
    out << "{\"index\": " << i + 1 << ", \"kind\": ";
    String(out, NoteKindName(n.kind));
    out << ", \"text\": ";
    String(out, n.text);
    out << ", \"stages\": ";
    IndexList(out, n.stages);
    out << "}";
  });
  out << "}\n";
}

}  // namespace kg::questions
