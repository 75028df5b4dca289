#!/usr/bin/env bash
# cmake --install into a temporary prefix, then the installed kg, moved away
# from the build tree and without --data or $KG_DATA, ingests the installed
# sample and answers; the man page and the bash completion are installed.
# Usage: install_test.sh BUILD_DIR SAMPLE_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix/usr" >/dev/null
fail() { echo "install_test: $*" >&2; exit 1; }
[ -x "$prefix/usr/bin/kg" ] || fail "no bin/kg"
[ -f "$prefix/usr/share/kg/lexicon/titles.tsv" ] || fail "no share/kg/lexicon"
[ -f "$prefix/usr/share/man/man1/kg.1" ] || fail "no man page"
grep -q '^\.TH KG 1' "$prefix/usr/share/man/man1/kg.1" || fail "man page is not a man page"
[ -f "$prefix/usr/share/bash-completion/completions/kg" ] || fail "no bash completion"
grep -q 'complete -F _kg kg' "$prefix/usr/share/bash-completion/completions/kg" ||
  fail "completion script incomplete"
# Moved to another directory: the binary finds its data relative to where it
# is, not where it was installed or built.
moved="$prefix/elsewhere"
mv "$prefix/usr" "$moved"
unset KG_DATA KG_DB
"$moved/bin/kg" --version | grep -qx 'kg 0.3.0' || fail "--version"
"$moved/bin/kg" --db "$prefix/k.db" -q ingest "$moved"/share/kg/sample/*.txt || fail "ingest"
"$moved/bin/kg" --db "$prefix/k.db" holders "Minister of Energy" --format json |
  grep -q '"name": "Marat Kenzhebulatov"' || fail "holders"
# The data directory it uses is the installed one (the help shows the
# default it resolved), not the source tree's.
"$moved/bin/kg" --help | grep -qF "=$moved/share/kg" || fail "data dir is not the installed one"
echo "install_test: ok"
