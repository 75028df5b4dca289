#!/usr/bin/env bash
# tools/fuzz.sh [SECONDS [RUNS]]: builds kg's in-process fuzz targets (fuzz/,
# libFuzzer with Debian's clang, AddressSanitizer and UndefinedBehaviorSanitizer)
# and runs each for SECONDS (default 60) from its seed corpus in fuzz/corpus/,
# or until it has executed RUNS inputs when that comes first (default: no
# limit; issue 11's long run is `tools/fuzz.sh 1200 10000000`). The
# growing corpus, crash artifacts and logs stay under the build directory
# (FUZZ_BUILD_DIR, default ./build-fuzz); the seeds in the tree are not touched.
# Exits 1 when a target finds a crash, a leak or a timeout, naming the input.
# JOBS (default: the number of cores) bounds the build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
runs_limit=${2:--1}
build_dir=${FUZZ_BUILD_DIR:-$here/build-fuzz}

# Installs clang and its fuzzer runtime when missing, configures and builds.
BUILD_DIR=$build_dir "$here/tools/bootstrap.sh" fuzz

# target:corpus:extra libFuzzer options
targets=(
  "fuzz_article_reader:article_reader:"
  "fuzz_article_extractor:article_reader:-max_len=4096"
  "fuzz_cypher_lexer:cypher:-dict=$here/fuzz/cypher.dict"
  "fuzz_cypher_query:cypher:-dict=$here/fuzz/cypher.dict"
  "fuzz_name_resolution:name_resolution:"
)

failed=0
for spec in "${targets[@]}"; do
  IFS=: read -r target corpus extra <<<"$spec"
  work="$build_dir/corpus/$target"
  artifacts="$build_dir/artifacts/$target/"
  mkdir -p "$work" "$artifacts"
  log="$build_dir/$target.log"
  # shellcheck disable=SC2086  # extra is zero or one option
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build_dir/fuzz/$target" -max_total_time="$seconds" -runs="$runs_limit" -timeout=10 \
    -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$artifacts" $extra \
    "$work" "$here/fuzz/corpus/$corpus" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # libFuzzer's closing line, "Done N runs in S second(s)": the time it took.
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  echo "fuzz: $target: $status, ${runs:-?} executions in ${took:-?} s (log: $log)"
  if [ "$status" = FAILED ]; then
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5 | sed 's/^/fuzz:   /'
  fi
done
exit $failed
