#!/usr/bin/env bash
# The shared libraries kg loads at every start (the floor of each command,
# issue 10): never OpenSSL or cpp-httplib (kg ui serves HTTP itself), and,
# in a build that links the libraries with archives statically
# (KG_STATIC_LIBS), no Abseil, Cap'n Proto, RE2, utf8proc or compression
# library either: at most MAX libraries in all (libc, libm, libstdc++,
# libgcc_s, simdjson, which has no archive).
# Usage: shared_libraries_test.sh KG MAX   (MAX 0: no bound on the count)
set -euo pipefail
kg=$1
max=$2
needed=$(readelf -d "$kg" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
fail() { echo "shared_libraries_test: $*" >&2; echo "$needed" >&2; exit 1; }
if grep -Eq '^lib(ssl|crypto|cpp-httplib)\.' <<<"$needed"; then
  fail "kg needs OpenSSL or cpp-httplib"
fi
if [ "$max" -gt 0 ]; then
  if grep -Eq '^lib(absl_|capnp|kj|re2|utf8proc|snappy|zstd|lz4|bz2|z\.|gflags|rocksdb)' \
    <<<"$needed"; then
    fail "kg needs a library whose archive was to be linked"
  fi
  count=$(wc -l <<<"$needed")
  [ "$count" -le "$max" ] || fail "kg needs $count shared libraries (at most $max)"
fi
