#!/usr/bin/env bash
# One command from a fresh Debian 12 clone to a running kg:
#   tools/bootstrap.sh demo   install what is missing, build, ingest data/sample
#                             into a fresh store and answer the three questions
#   tools/bootstrap.sh test   install what is missing, build, run the whole suite
#   tools/bootstrap.sh build  install what is missing and build
#   tools/bootstrap.sh sanitize  the same, then build the suite with AddressSanitizer
#                             and UndefinedBehaviorSanitizer (BUILD_DIR default
#                             ./build-asan) and run it
#   tools/bootstrap.sh fuzz   install clang and its fuzzer runtime too, and build
#                             the libFuzzer targets (BUILD_DIR default ./build-fuzz);
#                             tools/fuzz.sh runs them
#   tools/bootstrap.sh bench  install the benchmarks' packages too (Google Benchmark,
#                             SQLite, time(1)) and run bench/run.sh (its SIZES,
#                             KUZU_DIR... apply)
# Runs as root or through sudo; apt-get (update included) only runs when a
# package is missing, so a second run installs nothing and says nothing about
# packages. The build needs the network once: `npm ci` fetches the pinned
# cytoscape that the HTML export and `kg ui` serve (query/export/CMakeLists.txt)
# and puppeteer-core for the kg ui browser test (tests/ui/CMakeLists.txt).
# BUILD_DIR (default ./build) and JOBS (default: the number of cores) may be set.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-build}
case "$mode" in
  sanitize) build_dir=${BUILD_DIR:-$here/build-asan} ;;
  fuzz) build_dir=${BUILD_DIR:-$here/build-fuzz} ;;
  *) build_dir=${BUILD_DIR:-$here/build} ;;
esac
jobs=${JOBS:-$(nproc)}

# Build and library packages (Debian 12 names); the test-only readers
# (networkx, Graphviz's dot, headless Chromium, script(1) for the progress
# test's terminal) are added for `test`.
packages=(build-essential cmake pkg-config ninja-build
  librocksdb-dev capnproto libcapnp-dev libabsl-dev libgtest-dev libgmock-dev
  libcli11-dev libfmt-dev libsimdjson-dev libre2-dev libutf8proc-dev libcpp-httplib-dev
  wordnet-base)
# chromium-sandbox is only a Recommends of chromium, but without it Chromium
# run by a non-root user refuses to start where unprivileged user namespaces
# are off (containers, hardened hosts); root runs it with --no-sandbox.
test_packages=(python3 python3-networkx graphviz chromium chromium-sandbox bsdutils)
# Only for `fuzz`: libFuzzer is clang's (its runtime is in libclang-rt-14-dev).
fuzz_packages=(clang libclang-rt-14-dev)
# Only for `bench`: Google Benchmark, SQLite for the side-by-side comparison
# (library and shell, for the command floor), GNU time for peak RSS.
bench_packages=(libbenchmark-dev libsqlite3-dev sqlite3 time)

# npm (and the node it runs on, which the cytoscape test also uses) is
# installed from Debian only when no npm is on PATH: NodeSource's nodejs
# bundles its own npm and conflicts with Debian's npm package, so asking dpkg
# about `npm` would break a machine whose Node did not come from Debian.
node_packages() {
  command -v npm >/dev/null 2>&1 || echo nodejs npm
}

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

install_missing() {
  local missing=() p
  for p in "$@"; do
    is_installed "$p" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "bootstrap: missing packages: ${missing[*]}" >&2
      echo "bootstrap: run this as root, or install sudo, to install them" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "bootstrap: installing ${missing[*]}" >&2
  # env, not a prefix assignment: sudo drops the caller's environment.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

# The sanitizers stop at the first report, so that a clean run means clean.
sanitizer_flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

case "$mode" in
  build)
    # shellcheck disable=SC2046  # node_packages is zero or two plain words
    install_missing "${packages[@]}" $(node_packages)
    build
    ;;
  demo)
    # shellcheck disable=SC2046
    install_missing "${packages[@]}" $(node_packages)
    build
    "$here/tools/demo.sh" "$build_dir/tools/kg"
    ;;
  test)
    # shellcheck disable=SC2046
    install_missing "${packages[@]}" $(node_packages) "${test_packages[@]}"
    build
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  sanitize)
    # shellcheck disable=SC2046
    install_missing "${packages[@]}" $(node_packages) "${test_packages[@]}"
    # RocksDB's and the other shared libraries, as the sanitizer suite was
    # made and measured with (the normal build links them statically for a
    # faster start).
    build "-DCMAKE_C_FLAGS=$sanitizer_flags" "-DCMAKE_CXX_FLAGS=$sanitizer_flags" \
      -DKG_STATIC_ROCKSDB=OFF -DKG_STATIC_LIBS=OFF
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  fuzz)
    # shellcheck disable=SC2046
    install_missing "${packages[@]}" $(node_packages) "${fuzz_packages[@]}"
    flags="$sanitizer_flags -fsanitize=fuzzer-no-link"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF \
      "-DCMAKE_C_FLAGS=$flags" "-DCMAKE_CXX_FLAGS=$flags" >/dev/null
    cmake --build "$build_dir" -j "$jobs" --target fuzz_article_reader fuzz_article_extractor \
      fuzz_cypher_lexer fuzz_cypher_query fuzz_name_resolution
    ;;
  bench)
    # shellcheck disable=SC2046
    install_missing "${packages[@]}" $(node_packages) "${bench_packages[@]}"
    JOBS=$jobs "$here/bench/run.sh"
    ;;
  *)
    echo "usage: tools/bootstrap.sh [build|demo|test|sanitize|fuzz|bench]" >&2
    exit 2
    ;;
esac
