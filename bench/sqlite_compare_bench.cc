// kg_sqlite_compare_bench: kg's questions on a kg store and the same
// questions on the same graph loaded into SQLite, in this one process, run
// side by side so that the ratio holds on a shared machine.
//
//   kg_sqlite_compare_bench --db /tmp/kg-100k --label 100k --sqlite /tmp/kg-100k.sqlite
//       [--export-dir /tmp/kuzu-100k] [--seconds 5]
//
// The SQLite database is what a careful user would build from kg's graph:
//
//   nodes(id INTEGER PRIMARY KEY, kind, name)       index (name, kind)
//   edges(id INTEGER PRIMARY KEY, src, rel, dst,    index (src, rel, dst)
//         date, start, end, as_of, stage, by_)      index (dst, rel, src)
//
// in a file beside the store, in WAL mode with a page cache larger than the
// database (warm, as kg's block cache is warm). Questions, each over the
// same parameters on both sides:
//
//   posts         a person's edges and the nodes at their ends (names lookup)
//   holders       the busiest office's appointments, tenures and dismissals, ordered
//   2-hop         the distinct nodes within two hops of a person, either direction
//   2-hop (top)   the same around the most reported person
//   career        a person's posts and memberships, ordered (kg: CareerQuery, which
//                 also infers tenures, reading no sentences as for a table;
//                 SQLite: the person's edges)
//   career (top)  the same for the most reported person
//
// The runs alternate: one kg run, one SQLite run, over the sample in turn,
// so both see the same load. --export-dir writes nodes.csv, edges.csv and
// params.json for bench/kuzu_walks.mjs (the walks in Kùzu).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "bench/bench_support.h"
#include "bench/graph_sample.h"
#include "graph/status_macros.h"
#include "graph/store.h"
#include "query/cypher/query.h"
#include "query/questions/answer_writer.h"
#include "query/questions/career.h"

namespace kg::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string db;
  std::string sqlite;
  std::string export_dir;
  std::string label = "compare";
  double seconds = 5;
  uint64_t runs = 2000;
  size_t sample = 200;
  std::string only;  // run only the questions whose name contains this
};

absl::Status SqliteError(sqlite3* db, const std::string& what) {
  return absl::InternalError("sqlite: " + what + ": " + sqlite3_errmsg(db));
}

absl::Status Exec(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : "?";
    sqlite3_free(message);
    return absl::InternalError("sqlite: " + sql + ": " + text);
  }
  return absl::OkStatus();
}

// A prepared statement, reset and rebound for each run.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
        SQLITE_OK) {
      std::cerr << "sqlite: cannot prepare: " << sql << ": " << sqlite3_errmsg(db) << "\n";
      std::exit(1);
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  sqlite3_stmt* get() { return stmt_; }

  void BindText(int i, const std::string& text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  // Runs to the end, reading every column of every row as a client would;
  // returns the number of rows (for a single count, the count).
  absl::StatusOr<uint64_t> Rows() {
    uint64_t rows = 0;
    int64_t first = 0;
    int rc;
    const int columns = sqlite3_column_count(stmt_);
    while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(stmt_, c) == SQLITE_TEXT) {
          sink_ += static_cast<size_t>(sqlite3_column_bytes(stmt_, c));
          (void)sqlite3_column_text(stmt_, c);
        } else {
          first = sqlite3_column_int64(stmt_, c);
          sink_ += static_cast<size_t>(first);
        }
      }
      ++rows;
    }
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE) return SqliteError(db_, "step");
    if (rows == 1 && columns == 1 && first >= 0) return static_cast<uint64_t>(first);
    return rows;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  size_t sink_ = 0;
};

std::string CsvField(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Copies kg's nodes and edges into a fresh SQLite database at `path` (and,
// with `export_dir`, into CSV files for Kùzu).
absl::Status LoadSqlite(const Store& store, sqlite3* db, const std::string& export_dir,
                        std::map<NodeId, int64_t>* dense_ids) {
  KG_RETURN_IF_ERROR(Exec(db,
                          "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
                          "CREATE TABLE nodes(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
                          "name TEXT NOT NULL);"
                          "CREATE TABLE edges(id INTEGER PRIMARY KEY, src INTEGER NOT NULL, "
                          "rel INTEGER NOT NULL, dst INTEGER NOT NULL, date TEXT, start TEXT, "
                          "\"end\" TEXT, as_of TEXT, stage TEXT, by_ TEXT);"
                          "BEGIN;"));
  std::ofstream nodes_csv, edges_csv;
  if (!export_dir.empty()) {
    std::filesystem::create_directories(export_dir);
    nodes_csv.open(export_dir + "/nodes.csv");
    edges_csv.open(export_dir + "/edges.csv");
  }
  {
    Statement insert(db, "INSERT INTO nodes VALUES (?1, ?2, ?3)");
    absl::Status status;
    KG_RETURN_IF_ERROR(store.ScanNodes(std::nullopt, [&](const NodeRecord& node) {
      insert.BindInt(1, static_cast<int64_t>(node.id));
      insert.BindInt(2, static_cast<int64_t>(node.kind));
      insert.BindText(3, node.name);
      status = insert.Rows().status();
      if (nodes_csv.is_open()) {
        // Kùzu gets dense ids: kg's (kind << 56 | sequence) do not survive
        // JavaScript's doubles.
        const int64_t dense = static_cast<int64_t>(dense_ids->size());
        dense_ids->emplace(node.id, dense);
        nodes_csv << dense << ',' << static_cast<int>(node.kind) << ',' << CsvField(node.name)
                  << '\n';
      }
      return status.ok();
    }));
    KG_RETURN_IF_ERROR(status);
  }
  {
    Statement insert(db, "INSERT INTO edges VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    absl::Status status;
    auto date = [&](int i, const Date& d) {
      if (d.empty()) {
        sqlite3_bind_null(insert.get(), i);
      } else {
        insert.BindText(i, d.ToString());
      }
    };
    auto text = [&](int i, const std::string& s) {
      if (s.empty()) {
        sqlite3_bind_null(insert.get(), i);
      } else {
        insert.BindText(i, s);
      }
    };
    KG_RETURN_IF_ERROR(store.ScanAllEdges([&](const EdgeRecord& edge) {
      insert.BindInt(1, static_cast<int64_t>(edge.id));
      insert.BindInt(2, static_cast<int64_t>(edge.src));
      insert.BindInt(3, static_cast<int64_t>(edge.relation));
      insert.BindInt(4, static_cast<int64_t>(edge.dst));
      date(5, edge.time.date);
      date(6, edge.time.start);
      date(7, edge.time.end);
      date(8, edge.time.as_of);
      text(9, edge.stage);
      text(10, edge.by);
      status = insert.Rows().status();
      if (edges_csv.is_open()) {
        edges_csv << dense_ids->at(edge.src) << ',' << dense_ids->at(edge.dst) << ','
                  << static_cast<int>(edge.relation) << '\n';
      }
      return status.ok();
    }));
    KG_RETURN_IF_ERROR(status);
  }
  return Exec(db,
              "COMMIT;"
              "CREATE INDEX nodes_name ON nodes(name, kind);"
              "CREATE INDEX edges_out ON edges(src, rel, dst);"
              "CREATE INDEX edges_in ON edges(dst, rel, src);"
              "ANALYZE;");
}

using Run = std::function<absl::StatusOr<uint64_t>(size_t)>;

// Runs kg and SQLite alternately over the sample indexes 0, 1, 2... after
// one untimed pass each, and prints both p50s, their ratio and the rows.
absl::Status Compare(const Options& options, const std::string& name, size_t sample_size,
                     const Run& kg_run, const Run& sqlite_run, uint64_t max_runs = 0) {
  if (sample_size == 0 || name.find(options.only) == std::string::npos) return absl::OkStatus();
  if (max_runs == 0) max_runs = options.runs;
  uint64_t kg_rows = 0, sqlite_rows = 0;
  // A name kg cannot resolve or finds ambiguous is an answer of no rows.
  auto answered = [](const absl::StatusOr<uint64_t>& rows) {
    return rows.ok() || absl::IsNotFound(rows.status()) ||
           absl::IsFailedPrecondition(rows.status());
  };
  for (size_t i = 0; i < sample_size; ++i) {
    if (absl::StatusOr<uint64_t> rows = kg_run(i); !answered(rows)) return rows.status();
    KG_RETURN_IF_ERROR(sqlite_run(i).status());
  }
  std::vector<double> kg_ms, sqlite_ms;
  const auto started = Clock::now();
  for (uint64_t run = 0; run < max_runs; ++run) {
    const size_t i = run % sample_size;
    auto t0 = Clock::now();
    absl::StatusOr<uint64_t> rows = kg_run(i);
    kg_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!answered(rows)) return rows.status();
    if (rows.ok()) kg_rows += *rows;
    t0 = Clock::now();
    KG_ASSIGN_OR_RETURN(uint64_t produced, sqlite_run(i));
    sqlite_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    sqlite_rows += produced;
    if (std::chrono::duration<double>(Clock::now() - started).count() > options.seconds) break;
  }
  const double runs = static_cast<double>(kg_ms.size());
  const double kg_p50 = Percentile(kg_ms, 50);
  const double sqlite_p50 = Percentile(sqlite_ms, 50);
  PrintResult(options.label, name + ": kg p50", kg_p50, "ms");
  PrintResult(options.label, name + ": SQLite p50", sqlite_p50, "ms");
  PrintResult(options.label, name + ": kg : SQLite", kg_p50 / sqlite_p50, "");
  PrintResult(options.label, name + ": kg p99", Percentile(kg_ms, 99), "ms");
  PrintResult(options.label, name + ": SQLite p99", Percentile(sqlite_ms, 99), "ms");
  // For the 2-hop questions, the count they return rather than their one row.
  PrintResult(options.label, name + ": kg rows per run", kg_rows / runs, "");
  PrintResult(options.label, name + ": SQLite rows per run", sqlite_rows / runs, "");
  PrintResult(options.label, name + ": runs", runs, "");
  return absl::OkStatus();
}

// The rows a query returned; for a single count, the count.
uint64_t CountOrRows(const cypher::QueryResult& result) {
  if (result.rows.size() == 1 && result.rows[0].size() == 1 &&
      result.rows[0][0].kind() == cypher::Value::Kind::kInt) {
    return static_cast<uint64_t>(result.rows[0][0].AsInt());
  }
  return result.rows.size();
}

constexpr std::string_view kPostsCypher =
    "MATCH (p:Person {name: $n})-[r]->(o) "
    "RETURN p.name, type(r), o.name, r.date, r.start, r.end, r.as_of";
constexpr std::string_view kHoldersCypher =
    "MATCH (p:Person)-[r:APPOINTED_TO|HELD|DISMISSED_FROM]->(o:Office {name: $office}) "
    "RETURN p.name, type(r), r.date, r.start, r.end, r.as_of "
    "ORDER BY coalesce(r.date, r.start, r.as_of)";
constexpr std::string_view kTwoHopCypher =
    "MATCH (p:Person {name: $n})-[*1..2]-(x) RETURN count(DISTINCT x)";

std::string Placeholders(std::initializer_list<Relation> relations) {
  std::string out;
  for (Relation r : relations) {
    if (!out.empty()) out += ", ";
    out += std::to_string(static_cast<int>(r));
  }
  return out;
}

absl::Status RunCompare(const Options& options) {
  StoreOptions store_options;
  store_options.read_only = true;
  store_options.create_if_missing = false;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> opened, Store::Open(options.db, store_options));
  const Store& store = *opened;

  std::filesystem::remove(options.sqlite);
  std::filesystem::remove(options.sqlite + "-wal");
  std::filesystem::remove(options.sqlite + "-shm");
  sqlite3* raw = nullptr;
  if (sqlite3_open(options.sqlite.c_str(), &raw) != SQLITE_OK) {
    return SqliteError(raw, "open " + options.sqlite);
  }
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
  const auto load_started = Clock::now();
  std::map<NodeId, int64_t> dense_ids;  // for the Kùzu export
  KG_RETURN_IF_ERROR(LoadSqlite(store, db.get(), options.export_dir, &dense_ids));
  // A page cache larger than the database: warm reads, as kg's are.
  KG_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA cache_size=-1000000; PRAGMA mmap_size=0;"));
  std::cerr << options.label << ": SQLite loaded in "
            << std::chrono::duration<double>(Clock::now() - load_started).count() << " s\n";

  KG_ASSIGN_OR_RETURN(std::vector<std::string> people,
                      SampleNames(store, NodeKind::kPerson, options.sample));
  KG_ASSIGN_OR_RETURN(auto busiest, BusiestOffice(store));
  KG_ASSIGN_OR_RETURN(auto most_reported, MostReportedPerson(store));
  std::erase(people, most_reported.first);
  const std::string office = busiest.first;
  const std::string top = most_reported.first;
  PrintResult(options.label, "busiest office: edges in", static_cast<double>(busiest.second), "");
  PrintResult(options.label, "most reported person: observations",
              static_cast<double>(most_reported.second), "");

  if (!options.export_dir.empty()) {
    std::ofstream params(options.export_dir + "/params.json");
    auto id_of = [&](const std::string& name) -> int64_t {
      auto ids = store.FindByName(name, false, NodeKind::kPerson);
      return ids.ok() && !ids->empty() ? dense_ids.at(ids->front()) : -1;
    };
    params << "{\"label\": \"" << options.label << "\", \"people\": [";
    for (size_t i = 0; i < people.size(); ++i) params << (i ? ", " : "") << id_of(people[i]);
    params << "], \"top\": " << id_of(top) << "}\n";
  }

  const int person = static_cast<int>(NodeKind::kPerson);
  Statement posts(db.get(),
                  "SELECT p.name, e.rel, o.name, e.date, e.start, e.\"end\", e.as_of "
                  "FROM nodes p JOIN edges e ON e.src = p.id JOIN nodes o ON o.id = e.dst "
                  "WHERE p.name = ?1 AND p.kind = " +
                      std::to_string(person));
  Statement holders(
      db.get(),
      "SELECT p.name, e.rel, e.date, e.start, e.\"end\", e.as_of "
      "FROM nodes o JOIN edges e ON e.dst = o.id JOIN nodes p ON p.id = e.src "
      "WHERE o.name = ?1 AND o.kind = " +
          std::to_string(static_cast<int>(NodeKind::kOffice)) +
          " AND p.kind = " + std::to_string(person) + " AND e.rel IN (" +
          Placeholders({Relation::kAppointedTo, Relation::kHeld, Relation::kDismissedFrom}) +
          ") ORDER BY coalesce(e.date, e.start, e.as_of)");
  Statement two_hop(db.get(), "WITH p AS (SELECT id FROM nodes WHERE name = ?1 AND kind = " +
                                  std::to_string(person) +
                                  "), "
                                  "n1(x) AS (SELECT e.dst FROM p JOIN edges e ON e.src = p.id "
                                  "  UNION SELECT e.src FROM p JOIN edges e ON e.dst = p.id), "
                                  "n2(x) AS (SELECT e.dst FROM n1 JOIN edges e ON e.src = n1.x "
                                  "  UNION SELECT e.src FROM n1 JOIN edges e ON e.dst = n1.x) "
                                  "SELECT count(*) FROM (SELECT x FROM n1 UNION SELECT x FROM n2)");
  Statement career(db.get(),
                   "SELECT o.name, e.rel, e.date, e.start, e.\"end\", e.as_of "
                   "FROM nodes p JOIN edges e ON e.src = p.id JOIN nodes o ON o.id = e.dst "
                   "WHERE p.name = ?1 AND p.kind = " +
                       std::to_string(person) + " AND e.rel IN (" +
                       Placeholders({Relation::kAppointedTo, Relation::kHeld,
                                     Relation::kDismissedFrom, Relation::kMemberOf}) +
                       ") ORDER BY coalesce(e.start, e.date, e.as_of)");

  auto sql_by_name = [](Statement& statement, const std::vector<std::string>& names) {
    return [&statement, &names](size_t i) {
      statement.BindText(1, names[i]);
      return statement.Rows();
    };
  };
  // Prepared once per parameter, as the SQLite statements are prepared once
  // (kg binds parameters when it plans): both sides time execution only.
  auto cypher_by_name = [&store](std::string_view text, std::string_view parameter,
                                 const std::vector<std::string>& names) {
    auto prepared =
        std::make_shared<std::vector<std::optional<cypher::PreparedQuery>>>(names.size());
    return [&store, text, parameter, &names, prepared](size_t i) -> absl::StatusOr<uint64_t> {
      std::optional<cypher::PreparedQuery>& query = (*prepared)[i];
      if (!query.has_value()) {
        KG_ASSIGN_OR_RETURN(query,
                            cypher::PreparedQuery::Prepare(
                                text, {{std::string(parameter), cypher::Value::String(names[i])}}));
      }
      KG_ASSIGN_OR_RETURN(cypher::QueryResult result, query->Run(store));
      return CountOrRows(result);
    };
  };
  // As `kg career` asks it for a table: rows, their first sources and how
  // many there are, no sentences (SQLite's side reads none either).
  auto career_by_name = [&store](const std::vector<std::string>& names) {
    return [&store, &names](size_t i) -> absl::StatusOr<uint64_t> {
      questions::CareerOptions table;
      table.max_evidence = 0;
      table.max_sources = questions::AnswerWriteOptions().max_sources;
      KG_ASSIGN_OR_RETURN(questions::CareerAnswer answer,
                          questions::CareerQuery(store, names[i], table));
      return answer.rows.size();
    };
  };
  const std::vector<std::string> offices = {office};
  const std::vector<std::string> tops = {top};
  constexpr uint64_t kWorstCaseRuns = 40;

  KG_RETURN_IF_ERROR(Compare(options, "posts", people.size(),
                             cypher_by_name(kPostsCypher, "n", people),
                             sql_by_name(posts, people)));
  KG_RETURN_IF_ERROR(Compare(options, "holders of the busiest office", 1,
                             cypher_by_name(kHoldersCypher, "office", offices),
                             sql_by_name(holders, offices), kWorstCaseRuns * 5));
  KG_RETURN_IF_ERROR(Compare(options, "2-hop", people.size(),
                             cypher_by_name(kTwoHopCypher, "n", people),
                             sql_by_name(two_hop, people)));
  KG_RETURN_IF_ERROR(Compare(options, "2-hop around the most reported person", 1,
                             cypher_by_name(kTwoHopCypher, "n", tops), sql_by_name(two_hop, tops),
                             kWorstCaseRuns));
  KG_RETURN_IF_ERROR(Compare(options, "career", people.size(), career_by_name(people),
                             sql_by_name(career, people)));
  KG_RETURN_IF_ERROR(Compare(options, "career of the most reported person", 1, career_by_name(tops),
                             sql_by_name(career, tops), kWorstCaseRuns));
  return absl::OkStatus();
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  CLI::App app("kg's questions against the same graph in SQLite, side by side");
  kg::bench::Options options;
  app.add_option("--db", options.db, "kg store directory (opened read-only)")->required();
  app.add_option("--sqlite", options.sqlite, "SQLite database file to (re)create")->required();
  app.add_option("--export-dir", options.export_dir,
                 "Also write nodes.csv, edges.csv and params.json here (for kuzu_walks.mjs)");
  app.add_option("--label", options.label, "Group name of the result lines")->capture_default_str();
  app.add_option("--seconds", options.seconds, "Time budget per question")->capture_default_str();
  app.add_option("--runs", options.runs, "Runs per question and engine")->capture_default_str();
  app.add_option("--sample", options.sample, "People sampled as parameters")->capture_default_str();
  app.add_option("--only", options.only, "Run only the questions whose name contains this");
  CLI11_PARSE(app, argc, argv);
  const absl::Status status = kg::bench::RunCompare(options);
  if (!status.ok()) {
    std::cerr << "kg_sqlite_compare_bench: " << status << "\n";
    return 1;
  }
  return 0;
}
