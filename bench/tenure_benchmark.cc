// BuildTenures (query/questions/tenure.h) on the reports of one busy office,
// by the number of reports: the cost `kg holders` pays after reading the
// store, and `kg career` pays for every single-holder post in a career.
// Google Benchmark fits the growth (BigO), so a quadratic step shows.
//
//   kg_tenure_benchmark [--benchmark_filter=...]
//
// The reports are those a news feed gives a ministry over the years: one
// appointment per holder on its own day (successor inference runs over
// them), and in `Sightings` a few titles seen in passing per holder.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "graph/model.h"
#include "query/questions/tenure.h"

namespace kg::bench {
namespace {

using questions::PostReport;

Date DayAfter(int64_t days) {
  // 2000-01-01 plus `days`, by hand: 12 months of 28 days are enough for a
  // strictly increasing, valid date per index.
  const int year = 2000 + static_cast<int>(days / (12 * 28));
  const int month = 1 + static_cast<int>(days / 28 % 12);
  const int day = 1 + static_cast<int>(days % 28);
  return Date(year, month, day);
}

// `holders` appointments, one every other day; with `sightings`, that many
// titles seen in passing inside each tenure.
std::vector<PostReport> OfficeReports(int holders, int sightings) {
  std::vector<PostReport> reports;
  for (int h = 0; h < holders; ++h) {
    PostReport appointment;
    appointment.kind = PostReport::Kind::kAppointment;
    appointment.person_id = static_cast<NodeId>(h + 1);
    appointment.person = "Holder " + std::to_string(h);
    appointment.start = DayAfter(2 * h);
    appointment.sources.push_back({"a" + std::to_string(h), appointment.start, "appointed"});
    reports.push_back(appointment);
    for (int s = 0; s < sightings; ++s) {
      PostReport sighting = appointment;
      sighting.kind = PostReport::Kind::kSighting;
      // The day after the appointment: inside the tenure, before the successor.
      sighting.start = DayAfter(2 * h + 1);
      sighting.sources = {
          {"s" + std::to_string(h) + "-" + std::to_string(s), sighting.start, "said"}};
      reports.push_back(std::move(sighting));
    }
  }
  return reports;
}

void BM_BuildTenures_Appointments(benchmark::State& state) {
  const std::vector<PostReport> reports = OfficeReports(static_cast<int>(state.range(0)), 0);
  for (auto _ : state) {
    std::vector<questions::PostTenure> tenures = questions::BuildTenures(reports, true);
    benchmark::DoNotOptimize(tenures.data());
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * reports.size()));
}
BENCHMARK(BM_BuildTenures_Appointments)
    ->RangeMultiplier(2)
    ->Range(250, 8000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

void BM_BuildTenures_Sightings(benchmark::State& state) {
  const std::vector<PostReport> reports = OfficeReports(static_cast<int>(state.range(0)), 3);
  for (auto _ : state) {
    std::vector<questions::PostTenure> tenures = questions::BuildTenures(reports, true);
    benchmark::DoNotOptimize(tenures.data());
  }
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * reports.size()));
}
BENCHMARK(BM_BuildTenures_Sightings)
    ->RangeMultiplier(2)
    ->Range(250, 8000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

}  // namespace
}  // namespace kg::bench

BENCHMARK_MAIN();
