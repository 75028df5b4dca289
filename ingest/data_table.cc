#include "ingest/data_table.h"

#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"

namespace kg {

absl::StatusOr<DataTable> ReadDataTable(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  DataTable table;
  table.path = path;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const absl::string_view stripped = absl::StripAsciiWhitespace(line);
    if (stripped.empty() || stripped[0] == '#') continue;
    DataRow row;
    row.line = number;
    row.fields = absl::StrSplit(line, '\t');
    for (std::string& f : row.fields) f = std::string(absl::StripAsciiWhitespace(f));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace kg
