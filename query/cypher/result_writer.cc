#include "query/cypher/result_writer.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "fmt/format.h"
#include "query/cypher/parser.h"
#include "utf8proc.h"

namespace kg::cypher {
namespace {

// Control characters would break a table row or a CSV line's visual shape.
std::string EscapeControls(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

// Display width in code points (what a terminal shows for the Latin, Cyrillic
// and Kazakh text kg holds).
size_t Width(const std::string& text) {
  size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

void Pad(std::ostream& out, const std::string& text, size_t width) {
  out << text;
  for (size_t w = Width(text); w < width; ++w) out << ' ';
}

class TableWriter : public ResultWriter {
 public:
  explicit TableWriter(std::ostream& out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    header_ = columns;
    widths_.clear();
    for (const std::string& column : columns) widths_.push_back(Width(column));
  }
  void Add(const Row& row) override {
    std::vector<std::string> cells;
    for (size_t i = 0; i < row.size(); ++i) {
      cells.push_back(EscapeControls(CellText(row[i])));
      widths_[i] = std::max(widths_[i], Width(cells.back()));
    }
    rows_.push_back(std::move(cells));
  }
  void End() override {
    Line(header_);
    for (size_t i = 0; i < widths_.size(); ++i) {
      if (i > 0) out_ << "-+-";
      out_ << std::string(widths_[i], '-');
    }
    out_ << '\n';
    for (const auto& row : rows_) Line(row);
    out_ << fmt::format("({} row{})\n", rows_.size(), rows_.size() == 1 ? "" : "s");
  }

 private:
  void Line(const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out_ << " | ";
      // No trailing spaces after the last column.
      if (i + 1 == cells.size()) {
        out_ << cells[i];
      } else {
        Pad(out_, cells[i], widths_[i]);
      }
    }
    out_ << '\n';
  }

  std::ostream& out_;
  std::vector<std::string> header_;
  std::vector<size_t> widths_;
  std::vector<std::vector<std::string>> rows_;
};

// A list's items joined with ";" (a spreadsheet splits on it), each as its
// own cell would be; null is an empty field.
std::string CsvCell(const Value& value) {
  if (value.is_null()) return "";
  if (value.kind() != Value::Kind::kList) return CellText(value);
  std::vector<std::string> items;
  for (const Value& item : value.AsList()) items.push_back(CsvCell(item));
  return absl::StrJoin(items, ";");
}

class CsvWriter : public ResultWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    for (size_t i = 0; i < columns.size(); ++i) Field(i, columns[i]);
    out_ << "\r\n";
  }
  void Add(const Row& row) override {
    for (size_t i = 0; i < row.size(); ++i) Field(i, CsvCell(row[i]));
    out_ << "\r\n";
  }
  void End() override { out_.flush(); }

 private:
  void Field(size_t index, const std::string& text) {
    if (index > 0) out_ << ',';
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
      out_ << text;
      return;
    }
    out_ << '"';
    for (char c : text) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }

  std::ostream& out_;
};

}  // namespace

void WriteJsonString(std::ostream& out, std::string_view text) {
  out << '"';
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out << "\\ufffd";
      n = 1;
    } else if (cp == '"' || cp == '\\') {
      out << '\\' << static_cast<char>(cp);
    } else if (cp == '\n') {
      out << "\\n";
    } else if (cp == '\r') {
      out << "\\r";
    } else if (cp == '\t') {
      out << "\\t";
    } else if (cp < 0x20 || cp == 0x7f) {
      out << fmt::format("\\u{:04x}", cp);
    } else {
      out.write(reinterpret_cast<const char*>(p), n);
    }
    p += n;
    left -= n;
  }
  out << '"';
}

namespace {

void JsonDate(std::ostream& out, const Date& date) {
  if (date.empty()) {
    out << "null";
  } else {
    WriteJsonString(out, date.ToString());
  }
}

void JsonOptionalString(std::ostream& out, const std::string& text) {
  if (text.empty()) {
    out << "null";
  } else {
    WriteJsonString(out, text);
  }
}

void JsonNode(std::ostream& out, NodeId id, const NodeRecord* record) {
  out << "{\"id\": \"" << id << "\", \"kind\": ";
  WriteJsonString(out, NodeKindName(KindOfNodeId(id)));
  out << ", \"name\": ";
  if (record != nullptr) {
    WriteJsonString(out, record->name);
  } else {
    out << "null";
  }
  out << '}';
}

void JsonEdge(std::ostream& out, const EdgeValue& edge) {
  const EdgeRecord& e = *edge.record;
  out << "{\"id\": \"" << e.id << "\", \"type\": ";
  WriteJsonString(out, TypeName(e.relation));
  out << ", \"source\": ";
  JsonNode(out, e.src, edge.src.get());
  out << ", \"target\": ";
  JsonNode(out, e.dst, edge.dst.get());
  const std::pair<const char*, const Date*> dates[] = {{"date", &e.time.date},
                                                       {"start", &e.time.start},
                                                       {"end", &e.time.end},
                                                       {"as_of", &e.time.as_of}};
  for (const auto& [name, date] : dates) {
    out << ", \"" << name << "\": ";
    JsonDate(out, *date);
  }
  out << ", \"end_inferred\": " << (e.time.end_inferred ? "true" : "false");
  const std::pair<const char*, const std::string*> strings[] = {
      {"stage", &e.stage}, {"by", &e.by}, {"level", &e.level}};
  for (const auto& [name, text] : strings) {
    out << ", \"" << name << "\": ";
    JsonOptionalString(out, *text);
  }
  out << ", \"sources\": [";
  for (size_t i = 0; i < e.sources.size(); ++i) {
    if (i > 0) out << ", ";
    WriteJsonString(out, e.sources[i]);
  }
  out << "]}";
}

void JsonValue(std::ostream& out, const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kNull:
      out << "null";
      return;
    case Value::Kind::kBool:
      out << (value.AsBool() ? "true" : "false");
      return;
    case Value::Kind::kInt:
      if (value.is_id()) {
        out << '"' << static_cast<uint64_t>(value.AsInt()) << '"';
      } else {
        out << value.AsInt();
      }
      return;
    case Value::Kind::kFloat:
      if (std::isfinite(value.AsFloat())) {
        out << DebugString(value);
      } else {
        out << "null";
      }
      return;
    case Value::Kind::kString:
      WriteJsonString(out, value.AsString());
      return;
    case Value::Kind::kDate:
      JsonDate(out, value.AsDate());
      return;
    case Value::Kind::kList: {
      out << '[';
      const Value::List& list = value.AsList();
      for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out << ", ";
        JsonValue(out, list[i]);
      }
      out << ']';
      return;
    }
    case Value::Kind::kMap: {
      out << '{';
      bool first = true;
      for (const auto& [key, element] : value.AsMap()) {
        if (!first) out << ", ";
        first = false;
        WriteJsonString(out, key);
        out << ": ";
        JsonValue(out, element);
      }
      out << '}';
      return;
    }
    case Value::Kind::kNode:
      JsonNode(out, value.AsNode().id, value.AsNode().record.get());
      return;
    case Value::Kind::kEdge:
      JsonEdge(out, value.AsEdge());
      return;
    case Value::Kind::kPath: {
      const PathValue& path = value.AsPath();
      out << "{\"nodes\": [";
      for (size_t i = 0; i < path.nodes.size(); ++i) {
        if (i > 0) out << ", ";
        JsonNode(out, path.nodes[i].id, path.nodes[i].record.get());
      }
      out << "], \"relationships\": [";
      for (size_t i = 0; i < path.edges.size(); ++i) {
        if (i > 0) out << ", ";
        JsonEdge(out, path.edges[i]);
      }
      out << "]}";
      return;
    }
  }
}

class JsonWriter : public ResultWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override { columns_ = columns; }
  void Add(const Row& row) override {
    out_ << (rows_++ == 0 ? "[\n" : ",\n") << '{';
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out_ << ", ";
      WriteJsonString(out_, columns_[i]);
      out_ << ": ";
      JsonValue(out_, row[i]);
    }
    out_ << '}';
  }
  void End() override {
    out_ << (rows_ == 0 ? "[]\n" : "\n]\n");
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::vector<std::string> columns_;
  size_t rows_ = 0;
};

}  // namespace

absl::StatusOr<ResultFormat> ParseResultFormat(std::string_view name) {
  if (name == "table") return ResultFormat::kTable;
  if (name == "json") return ResultFormat::kJson;
  if (name == "csv") return ResultFormat::kCsv;
  return absl::InvalidArgumentError(
      fmt::format("unknown format '{}' (formats: table, json, csv)", name));
}

std::string CellText(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kString:
      return value.AsString();
    case Value::Kind::kDate:
      return value.AsDate().ToString();
    default:
      return DebugString(value);
  }
}

std::unique_ptr<ResultWriter> MakeResultWriter(ResultFormat format, std::ostream& out) {
  switch (format) {
    case ResultFormat::kJson:
      return std::make_unique<JsonWriter>(out);
    case ResultFormat::kCsv:
      return std::make_unique<CsvWriter>(out);
    case ResultFormat::kTable:
      break;
  }
  return std::make_unique<TableWriter>(out);
}

void WriteResult(const QueryResult& result, ResultFormat format, std::ostream& out) {
  std::unique_ptr<ResultWriter> writer = MakeResultWriter(format, out);
  writer->Begin(result.columns);
  for (const Row& row : result.rows) writer->Add(row);
  writer->End();
}

}  // namespace kg::cypher
