#!/usr/bin/env bash
# Builds kg's benchmarks, generates the synthetic corpora, runs every
# benchmark and prints one table (Markdown) on stdout; progress on stderr.
#
#   bench/run.sh                        # 1k, 10k and 100k articles: ~30-60 min on 2 cores
#   SIZES="1000 10000" bench/run.sh     # quicker
#
# Environment:
#   BUILD_DIR      build directory (default: <repo>/build-bench)
#   BUILD_TYPE     CMake build type (default: RelWithDebInfo, as kg ships)
#   JOBS           ninja -j (default: 2)
#   SIZES          corpus sizes in articles (default: "1000 10000 100000")
#   SEED           corpus seed (default: 1)
#   WORK_DIR       where corpora and stores go (default: a new temp dir, removed
#                  at the end unless KEEP=1)
#   QUERY_RUNS     timed runs per query (default: 1000)
#   QUERY_SECONDS  time budget per query (default: 20)
#
# Benchmarks are not tests: nothing here is registered with CTest.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$repo/build-bench}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
jobs="${JOBS:-2}"
sizes="${SIZES:-1000 10000 100000}"
seed="${SEED:-1}"
query_runs="${QUERY_RUNS:-1000}"
query_seconds="${QUERY_SECONDS:-20}"
if [[ -n "${WORK_DIR:-}" ]]; then
  work="$WORK_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/kg-bench.XXXXXX")"
  if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$work"' EXIT; fi
fi
results="$work/results.tsv"
: >"$results"

log() { echo "run.sh: $*" >&2; }

label_of() {  # 1000 -> 1k, 100000 -> 100k, 1500 -> 1500
  local n=$1
  if ((n % 1000 == 0)); then echo "$((n / 1000))k"; else echo "$n"; fi
}

log "building in $build ($build_type)"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DKG_BUILD_BENCH=ON \
  >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; exit 1; }
ninja -C "$build" -j"$jobs" kg_generate_corpus kg_extract_benchmark kg_ingest_bench \
  kg_query_bench kg_tenure_benchmark >&2
bin="$build/bench"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

smallest=""
for n in $sizes; do
  log "generating $n articles (seed $seed)"
  "$bin/kg_generate_corpus" --articles "$n" --seed "$seed" -o "$work/corpus-$n.jsonl"
  [[ -z "$smallest" ]] && smallest=$n
done

# Extraction alone, on the smallest corpus (per-article work does not depend
# on the corpus size). Google Benchmark rates are per CPU second; the wall
# time of a pass is reported beside them because the machine may be shared.
extract_csv() {  # filter -> CSV line of that benchmark, header first
  "$bin/kg_extract_benchmark" --corpus="$work/corpus-$smallest.jsonl" \
    --benchmark_filter="$1" --benchmark_format=csv 2>/dev/null
}
csv_to_results() {  # group metric-prefix < csv
  awk -F, -v group="$1" -v prefix="$2" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    {
      unit = $col["time_unit"]
      printf "RESULT\t%s\t%s: wall time per pass\t%s\t%s\n", group, prefix, $col["real_time"], unit
      printf "RESULT\t%s\t%s: CPU time per pass\t%s\t%s\n", group, prefix, $col["cpu_time"], unit
      if (col["items_per_second"] && $col["items_per_second"] != "")
        printf "RESULT\t%s\t%s: throughput (per CPU second)\t%s\tarticles/s\n", group, prefix,
               $col["items_per_second"]
      if (col["bytes_per_second"] && $col["bytes_per_second"] != "")
        printf "RESULT\t%s\t%s: throughput (per CPU second)\t%.3f\tMB/s\n", group, prefix,
               $col["bytes_per_second"] / 1e6
      if (col["\"facts/article\""])
        printf "RESULT\t%s\t%s: facts per article\t%s\t\n", group, prefix, $col["\"facts/article\""]
    }'
}
extract_label="$(label_of "$smallest")"
log "extraction benchmark on $extract_label"
extract_csv '^BM_Extract' | csv_to_results "$extract_label" "extract" >>"$results"
extract_csv '^BM_ReadJsonLines' | csv_to_results "$extract_label" "read JSONL" >>"$results"
extract_csv '^BM_LoadLexicons' | csv_to_results "$extract_label" "lexicon load" >>"$results"

# BuildTenures alone, by the number of reports on one office (the part of
# the holders and career questions that does not touch the store).
log "tenure benchmark"
for n in 1024 2048 4096; do
  "$bin/kg_tenure_benchmark" --benchmark_filter="/$n\$" --benchmark_format=csv 2>/dev/null |
    awk -F, -v n="$n" '
      NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
      {
        name = $col["name"]; gsub(/"/, "", name); sub(/^BM_BuildTenures_/, "", name)
        sub(/\/.*/, "", name)
        printf "RESULT\tmicro\tBuildTenures, %s, %s holders: CPU time\t%s\t%s\n", tolower(name),
               n, $col["cpu_time"], $col["time_unit"]
      }' >>"$results"
done

for n in $sizes; do
  label="$(label_of "$n")"
  log "ingesting $label into a fresh store"
  rm -rf "$work/db-$n"
  "$bin/kg_ingest_bench" --db "$work/db-$n" --label "$label" --window $((n >= 10 ? n / 10 : 1)) \
    "$work/corpus-$n.jsonl" \
    >>"$results"
  log "query latency on the $label store"
  "$bin/kg_query_bench" --db "$work/db-$n" --label "$label" --runs "$query_runs" \
    --seconds "$query_seconds" >>"$results"
done

load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

# The table: one row per metric, one column per corpus size.
echo "## kg benchmarks"
echo
echo "- started $started; commit $(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)"
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); load average $load_start at start, $load_end at end"
echo "- build: $build_type; corpora: synthetic, seed $seed (bench/generate_corpus.cc)"
echo
labels=()
for n in $sizes; do labels+=("$(label_of "$n")"); done
awk -F'\t' -v labels="${labels[*]}" '
  BEGIN { n = split(labels, order, " ") }
  $1 == "RESULT" && $2 == "micro" { micro[++micros] = $3 SUBSEP $5 SUBSEP $4; next }
  $1 == "RESULT" {
    key = $3 SUBSEP $5
    if (!(key in seen)) { seen[key] = 1; keys[++count] = key }
    value[key, $2] = $4
  }
  END {
    printf "| metric | unit |"
    for (i = 1; i <= n; i++) printf " %s |", order[i]
    printf "\n|---|---|"
    for (i = 1; i <= n; i++) printf "---:|"
    printf "\n"
    for (k = 1; k <= count; k++) {
      split(keys[k], parts, SUBSEP)
      printf "| %s | %s |", parts[1], parts[2]
      for (i = 1; i <= n; i++) {
        v = value[keys[k], order[i]]
        if (v ~ /^-?[0-9.]+(e[-+]?[0-9]+)?$/) {
          if (v + 0 >= 100 || v == int(v)) v = sprintf("%.0f", v)
          else if (v + 0 >= 1) v = sprintf("%.2f", v)
          else v = sprintf("%.3g", v)
        }
        printf " %s |", v
      }
      printf "\n"
    }
    if (micros > 0) {
      printf "\n| micro-benchmark | unit | value |\n|---|---|---:|\n"
      for (k = 1; k <= micros; k++) {
        split(micro[k], parts, SUBSEP)
        printf "| %s | %s | %s |\n", parts[1], parts[2], parts[3]
      }
    }
  }' "$results"
[[ "${KEEP:-0}" == 1 || -n "${WORK_DIR:-}" ]] && log "corpora, stores and results kept in $work"
exit 0
