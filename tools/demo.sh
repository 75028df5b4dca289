#!/usr/bin/env bash
# The demo (tools/bootstrap.sh demo runs it after building): ingests the
# sample corpus data/sample/*.txt into a fresh store and answers kg's three
# questions on it, printing each command before its answer.
#
#   tools/demo.sh [KG_BINARY]   (default: build/tools/kg)
#
# Everything is written under DEMO_DIR (default ./demo): the store demo/kg.db,
# removed first so every run starts from nothing, and the exports. Any failing
# command stops the demo with its exit status.
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kg=${1:-$here/build/tools/kg}
out=${DEMO_DIR:-$here/demo}

on_error() {
  local status=$?
  echo "demo: FAILED (exit $status): $BASH_COMMAND" >&2
  exit "$status"
}
trap on_error ERR

if [ ! -x "$kg" ]; then
  echo "demo: no kg binary at $kg (build first: tools/bootstrap.sh build)" >&2
  exit 1
fi
kg=$(cd "$(dirname "$kg")" && pwd)/$(basename "$kg")
mkdir -p "$out"
out=$(cd "$out" && pwd)
db=$out/kg.db
# Only what this script writes is removed, never DEMO_DIR itself.
rm -rf "$db" "$out/kenzhebulatov.dot" "$out/kenzhebulatov.html"

heading() {
  printf '\n=== %s ===\n\n' "$*"
}

# Shows the command as a user would type it, then runs it on the demo store
# with this tree's lexicons (so $KG_DB and $KG_DATA do not leak in).
kg() {
  local shown="kg" arg
  for arg in "$@"; do
    case "$arg" in
      *[[:space:]\'\"\$\(\)\;\&\|\<\>\*]*) shown+=" '${arg//\'/\'\\\'\'}'" ;;
      *) shown+=" $arg" ;;
    esac
  done
  printf '$ %s\n' "$shown"
  "$kg" --db "$db" --data "$here/data" "$@"
  echo
}

cd "$here"
heading "Ingest the sample corpus (data/sample/*.txt) into a fresh store: $db"
kg ingest data/sample/*.txt
kg stats

heading "1. Who held which post when?"
kg holders "Minister of Energy"
kg holders "Minister of Energy" --at 2024-06
kg career "Marat Kenzhebulatov"
kg query 'MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office)
          WHERE r.date >= date("2024-09-01")
          RETURN p.name, o.name, r.date ORDER BY r.date'

heading "2. What path did a law take?"
kg law "public procurement"

heading "3. The neighbourhood, exported"
kg export --around "Marat Kenzhebulatov" --format dot -o "$out/kenzhebulatov.dot"
kg export --around "Marat Kenzhebulatov" --depth 2 --format html -o "$out/kenzhebulatov.html"
for file in "$out/kenzhebulatov.dot" "$out/kenzhebulatov.html"; do
  [ -s "$file" ] || { echo "demo: FAILED: $file is missing or empty" >&2; exit 1; }
done

heading "Done"
cat <<EOF
Graphviz DOT:  $out/kenzhebulatov.dot
               (render it: dot -Tsvg $out/kenzhebulatov.dot -o kenzhebulatov.svg)
HTML page:     file://$out/kenzhebulatov.html  (open it in a browser; no network needed)
Store:         $db
               (ask more: $kg --db $db query 'MATCH (n:Law) RETURN n.name')
Browser:       $kg --db $db ui --open
               (then http://127.0.0.1:8737/person?name=Marat%20Kenzhebulatov)
EOF
