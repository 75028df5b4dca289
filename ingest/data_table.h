// DataTable: the tab-separated data files every stage of the cascade reads
// (data/lexicon/*.tsv, data/words/*.tsv): one row per non-blank line that is
// no '#' comment, fields split on tabs and trimmed, each row with its line
// number so that a malformed row is reported where it is.
//
//   KG_ASSIGN_OR_RETURN(DataTable table, ReadDataTable(dir + "/verb_classes.tsv"));
//   for (const DataRow& row : table) ... row.fields[0] ... table.Where(row) ...
#ifndef KG_INGEST_DATA_TABLE_H_
#define KG_INGEST_DATA_TABLE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

struct DataRow {
  int line = 0;
  std::vector<std::string> fields;
};

struct DataTable {
  std::string path;
  std::vector<DataRow> rows;

  // "path:line" for an error message about `row`.
  std::string Where(const DataRow& row) const { return path + ":" + std::to_string(row.line); }
  std::vector<DataRow>::const_iterator begin() const { return rows.begin(); }
  std::vector<DataRow>::const_iterator end() const { return rows.end(); }
};

// NotFound when the file cannot be read.
absl::StatusOr<DataTable> ReadDataTable(const std::string& path);

}  // namespace kg

#endif  // KG_INGEST_DATA_TABLE_H_
