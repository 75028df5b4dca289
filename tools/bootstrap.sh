#!/usr/bin/env bash
# One command from a fresh Debian 12 clone to a running kg:
#   tools/bootstrap.sh demo   install what is missing, build, ingest data/sample
#                             into a fresh store and answer the three questions
#   tools/bootstrap.sh test   install what is missing, build, run the whole suite
#   tools/bootstrap.sh build  install what is missing and build
# Runs as root or through sudo (apt-get only runs when something is missing).
# BUILD_DIR (default ./build) and JOBS (default: the number of cores) may be set.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}
mode=${1:-build}

# Build and library packages; the test-only readers (networkx, graphviz,
# chromium) are added for `test`.
packages=(build-essential cmake pkg-config ninja-build
  librocksdb-dev capnproto libcapnp-dev libabsl-dev libgtest-dev libgmock-dev
  libcli11-dev libfmt-dev libsimdjson-dev libre2-dev libutf8proc-dev)
test_packages=(python3 python3-networkx graphviz chromium)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "bootstrap: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

case "$mode" in
  build)
    install_missing "${packages[@]}"
    build
    ;;
  demo)
    install_missing "${packages[@]}"
    build
    "$here/tools/demo.sh" "$build_dir/tools/kg"
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    build
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: tools/bootstrap.sh [build|demo|test]" >&2
    exit 2
    ;;
esac
