// kg_query_bench: query latency (p50, p99) on a store built by
// kg_ingest_bench, for the queries kg's users run most:
//
//   names lookup   MATCH (p:Person {name: $n})-[r]->(o) RETURN ...    (a sample of people)
//   holders        MATCH (p:Person)-[r:APPOINTED_TO|HELD|DISMISSED_FROM]->
//                    (o:Office {name: $office}) RETURN ... ORDER BY ...  (the busiest office)
//   2-hop          MATCH (p:Person {name: $n})-[*1..2]-(x) RETURN count(DISTINCT x)
//   questions      HoldersQuery (busiest office), CareerQuery (people), LawQuery (laws)
//
//   kg_query_bench --db /tmp/kg-100k --label 100k [--runs 1000] [--seconds 20]
//
// Each query runs Prepare + Run, as `kg query` does, over its parameter
// sample in turn, after one untimed pass over the sample (the block cache is
// warm: these are warm latencies). A query stops after --runs runs or
// --seconds seconds, whichever comes first.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "bench/bench_support.h"
#include "bench/graph_sample.h"
#include "graph/status_macros.h"
#include "graph/store.h"
#include "query/cypher/query.h"
#include "query/questions/career.h"
#include "query/questions/holders.h"
#include "query/questions/law.h"

namespace kg::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string db;
  std::string label = "query";
  uint64_t runs = 1000;
  double seconds = 20;
  size_t sample = 200;
  double max_memory_gb = 4;
};

// Runs `query(i)` (which returns the number of rows it produced) over the
// sample indexes 0, 1, 2... and prints its latency percentiles and the peak
// RSS while it ran.
//
// A query that runs out of memory (std::bad_alloc under the address-space
// limit main sets) is reported, and its parameter dropped from the sample,
// instead of taking the machine down: kg's libraries are built with
// exceptions, so the allocation failure unwinds through them.
absl::Status Measure(const Options& options, const std::string& name, size_t sample_size,
                     const std::function<absl::StatusOr<uint64_t>(size_t)>& query,
                     uint64_t max_runs = 0) {
  if (sample_size == 0) {
    std::cerr << name << ": no parameters in this store, skipped\n";
    return absl::OkStatus();
  }
  if (max_runs == 0) max_runs = options.runs;
  // A name the questions cannot resolve (NotFound) or find ambiguous
  // (FailedPrecondition) is an answer, counted; any other error ends the run.
  uint64_t unresolved = 0;
  std::vector<bool> out_of_memory(sample_size, false);
  auto run_one = [&](size_t i) -> absl::StatusOr<uint64_t> {
    absl::StatusOr<uint64_t> rows = absl::InternalError("not run");
    try {
      rows = query(i);
    } catch (const std::bad_alloc&) {
      out_of_memory[i] = true;
      std::cerr << options.label << ": " << name << ": parameter " << i
                << " ran out of memory (limit " << options.max_memory_gb << " GB)\n";
      return 0;
    }
    if (rows.ok() ||
        (!absl::IsNotFound(rows.status()) && !absl::IsFailedPrecondition(rows.status()))) {
      return rows;
    }
    ++unresolved;
    return 0;
  };
  ResetPeakResident();
  const uint64_t resident_before = CurrentResidentBytes();
  for (size_t i = 0; i < sample_size; ++i) KG_RETURN_IF_ERROR(run_one(i).status());  // warm-up
  unresolved = 0;
  std::vector<double> latencies;
  uint64_t rows = 0;
  const auto started = Clock::now();
  for (uint64_t run = 0; run < max_runs; ++run) {
    const size_t i = run % sample_size;
    if (out_of_memory[i]) continue;
    const auto t0 = Clock::now();
    KG_ASSIGN_OR_RETURN(uint64_t produced, run_one(i));
    if (out_of_memory[i]) continue;
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    rows += produced;
    if (std::chrono::duration<double>(Clock::now() - started).count() > options.seconds) break;
  }
  const uint64_t failed = std::count(out_of_memory.begin(), out_of_memory.end(), true);
  if (failed > 0) {
    PrintResult(options.label, name + ": parameters out of memory", static_cast<double>(failed),
                "");
  }
  if (latencies.empty()) return absl::OkStatus();
  double total = 0;
  for (double latency : latencies) total += latency;
  const double runs = static_cast<double>(latencies.size());
  PrintResult(options.label, name + ": p50", Percentile(latencies, 50), "ms");
  PrintResult(options.label, name + ": p99", Percentile(latencies, 99), "ms");
  PrintResult(options.label, name + ": mean", total / runs, "ms");
  PrintResult(options.label, name + ": max", latencies.back(), "ms");  // sorted by Percentile
  PrintResult(options.label, name + ": rows per run", rows / runs, "");
  PrintResult(options.label, name + ": runs", runs, "");
  const uint64_t peak = PeakResidentBytes();
  PrintResult(options.label, name + ": peak RSS growth",
              peak > resident_before ? (peak - resident_before) / 1e6 : 0, "MB");
  if (unresolved > 0) {
    PrintResult(options.label, name + ": runs with an unresolved name", unresolved, "");
  }
  return absl::OkStatus();
}

absl::StatusOr<uint64_t> CypherRows(const Store& store, std::string_view text,
                                    const cypher::Parameters& parameters) {
  KG_ASSIGN_OR_RETURN(cypher::QueryResult result, cypher::RunQuery(store, text, parameters));
  return result.rows.size();
}

absl::Status Run(const Options& options) {
  StoreOptions store_options;
  store_options.read_only = true;
  store_options.create_if_missing = false;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> opened, Store::Open(options.db, store_options));
  const Store& store = *opened;

  const auto setup_started = Clock::now();
  KG_ASSIGN_OR_RETURN(std::vector<std::string> people,
                      SampleNames(store, NodeKind::kPerson, options.sample));
  KG_ASSIGN_OR_RETURN(std::vector<std::string> laws,
                      SampleNames(store, NodeKind::kLaw, options.sample));
  KG_ASSIGN_OR_RETURN(auto busiest, BusiestOffice(store));
  KG_ASSIGN_OR_RETURN(auto most_reported, MostReportedPerson(store));
  // The sample is the typical case; the most reported person is measured on
  // their own (they would be one parameter in 200 and dominate the tail).
  std::erase(people, most_reported.first);
  const auto& [office, office_degree] = busiest;
  std::cerr << options.label << ": busiest office \"" << office << "\" (" << office_degree
            << " edges in), " << people.size() << " people and " << laws.size()
            << " laws sampled in "
            << std::chrono::duration<double>(Clock::now() - setup_started).count() << " s\n";
  PrintResult(options.label, "busiest office", office);
  PrintResult(options.label, "busiest office: edges in", static_cast<double>(office_degree), "");
  PrintResult(options.label, "most reported person", most_reported.first);
  PrintResult(options.label, "most reported person: observations",
              static_cast<double>(most_reported.second), "");

  auto by_person = [&](std::string_view text) {
    return [&store, &people, text](size_t i) {
      return CypherRows(store, text, {{"n", cypher::Value::String(people[i])}});
    };
  };
  KG_RETURN_IF_ERROR(
      Measure(options, "names lookup", people.size(),
              by_person("MATCH (p:Person {name: $n})-[r]->(o) "
                        "RETURN p.name, type(r), o.name, r.date, r.start, r.end, r.as_of")));
  KG_RETURN_IF_ERROR(Measure(options, "holders (Cypher)", 1, [&](size_t) {
    return CypherRows(store,
                      "MATCH (p:Person)-[r:APPOINTED_TO|HELD|DISMISSED_FROM]->"
                      "(o:Office {name: $office}) "
                      "RETURN p.name, type(r), r.date, r.start, r.end, r.as_of "
                      "ORDER BY coalesce(r.date, r.start, r.as_of)",
                      {{"office", cypher::Value::String(office)}});
  }));
  KG_RETURN_IF_ERROR(
      Measure(options, "2-hop *1..2", people.size(),
              by_person("MATCH (p:Person {name: $n})-[*1..2]-(x) RETURN count(DISTINCT x)")));

  KG_RETURN_IF_ERROR(
      Measure(options, "question: holders", 1, [&](size_t) -> absl::StatusOr<uint64_t> {
        KG_ASSIGN_OR_RETURN(questions::HoldersAnswer answer,
                            questions::HoldersQuery(store, office));
        return answer.rows.size();
      }));
  KG_RETURN_IF_ERROR(Measure(options, "question: career", people.size(),
                             [&](size_t i) -> absl::StatusOr<uint64_t> {
                               KG_ASSIGN_OR_RETURN(questions::CareerAnswer answer,
                                                   questions::CareerQuery(store, people[i]));
                               return answer.rows.size();
                             }));
  // The worst cases, a few runs each.
  const std::vector<std::string> top = {most_reported.first};
  constexpr uint64_t kWorstCaseRuns = 5;
  KG_RETURN_IF_ERROR(Measure(
      options, "most reported person: names lookup", 1,
      [&](size_t) {
        return CypherRows(store,
                          "MATCH (p:Person {name: $n})-[r]->(o) "
                          "RETURN p.name, type(r), o.name, r.date, r.start, r.end, r.as_of",
                          {{"n", cypher::Value::String(top[0])}});
      },
      kWorstCaseRuns));
  KG_RETURN_IF_ERROR(Measure(
      options, "most reported person: 2-hop *1..2", 1,
      [&](size_t) {
        return CypherRows(store, "MATCH (p:Person {name: $n})-[*1..2]-(x) RETURN count(DISTINCT x)",
                          {{"n", cypher::Value::String(top[0])}});
      },
      kWorstCaseRuns));
  KG_RETURN_IF_ERROR(Measure(
      options, "most reported person: question: career", 1,
      [&](size_t) -> absl::StatusOr<uint64_t> {
        KG_ASSIGN_OR_RETURN(questions::CareerAnswer answer, questions::CareerQuery(store, top[0]));
        return answer.rows.size();
      },
      kWorstCaseRuns));
  KG_RETURN_IF_ERROR(
      Measure(options, "question: law", laws.size(), [&](size_t i) -> absl::StatusOr<uint64_t> {
        KG_ASSIGN_OR_RETURN(questions::LawAnswer answer, questions::LawQuery(store, laws[i]));
        return answer.stages.size();
      }));
  return absl::OkStatus();
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  CLI::App app("Query latency percentiles on a kg store");
  kg::bench::Options options;
  app.add_option("--db", options.db, "Store directory (opened read-only)")->required();
  app.add_option("--label", options.label, "Group name of the result lines")->capture_default_str();
  app.add_option("--runs", options.runs, "Timed runs per query")->capture_default_str();
  app.add_option("--seconds", options.seconds, "Time budget per query")->capture_default_str();
  app.add_option("--sample", options.sample, "People and laws sampled as parameters")
      ->capture_default_str();
  app.add_option("--max-memory-gb", options.max_memory_gb,
                 "Address-space limit: a query that needs more is reported, not run to the end")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  // The machine is shared: a query whose memory grows without bound must
  // fail here rather than wake the OOM killer.
  const rlimit limit{.rlim_cur = static_cast<rlim_t>(options.max_memory_gb * 1e9),
                     .rlim_max = RLIM_INFINITY};
  if (setrlimit(RLIMIT_AS, &limit) != 0) std::perror("setrlimit");
  const absl::Status status = kg::bench::Run(options);
  if (!status.ok()) {
    std::cerr << "kg_query_bench: " << status << "\n";
    return 1;
  }
  return 0;
}
