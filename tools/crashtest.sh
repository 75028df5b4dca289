#!/usr/bin/env bash
# tools/crashtest.sh N: kill -9 `kg ingest` N times at random points (store
# creation included) and check, after each kill, what RocksDB's db_crashtest
# checks for its own stores:
#   1. the store opens (or there is none: killed before creation finished);
#   2. it equals a clean ingest of exactly the articles it reports (`kg dump`,
#      sorted, names instead of ids): no partial article, nothing extra;
#   3. resuming the ingest gives the same store as one uninterrupted ingest.
# The corpus is data/sample's articles, repeated under new ids into a JSON
# Lines file long enough to kill in the middle of. KG (default build/tools/kg)
# is the binary; CRASH_DIR (default a temporary directory) keeps the stores
# of the first failure. Exits 1 on any failure. Needs python3.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kills=${1:-10}
kg=${KG:-$here/build/tools/kg}
copies=${CRASH_COPIES:-100}
work=${CRASH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/kg-crashtest-XXXXXX")}
mkdir -p "$work"
[ -x "$kg" ] || { echo "crashtest: no kg binary at $kg (build first)" >&2; exit 2; }

corpus="$work/corpus.jsonl"
python3 - "$here/data/sample" "$copies" >"$corpus" <<'PY'
import json, pathlib, re, sys
header = re.compile(r"^(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d) (\d+)$")
articles = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = header.match(line.strip())
        if m:
            current = {"id": m.group(6), "date": f"{m.group(3)}-{m.group(2)}-{m.group(1)}",
                       "lines": []}
            articles.append(current)
        elif current is not None and line.strip():
            current["lines"].append(line.strip())
for copy in range(int(sys.argv[2])):
    for a in articles:
        print(json.dumps({"id": f"c{copy}-{a['id']}", "date": a["date"], "title": a["lines"][0],
                          "text": "\n".join(a["lines"][1:])}))
PY

# Articles of the corpus whose ids the dump lists, in corpus order.
subset() {  # dump corpus
  python3 - "$1" "$2" <<'PY'
import json, sys
ids = set()
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("article\t"):
        ids.add(json.loads(line.split("\t")[1]))
for line in open(sys.argv[2], encoding="utf-8"):
    if json.loads(line)["id"] in ids:
        print(line, end="")
PY
}

ingest() {  # db file...
  local db=$1
  shift
  "$kg" --db "$db" ingest -q "$@"
}

# The reference: one uninterrupted ingest, and how long it takes.
rm -rf "$work/full.db"
start=$(date +%s%N)
ingest "$work/full.db" "$corpus"
duration_ms=$((($(date +%s%N) - start) / 1000000))
"$kg" --db "$work/full.db" dump >"$work/full.dump"
# How long kg takes to start and create a store (an ingest of nothing: it
# loads the lexicons, creates the store, then removes it).
: >"$work/empty.txt"
start=$(date +%s%N)
ingest "$work/startup.db" "$work/empty.txt" || true
startup_ms=$((($(date +%s%N) - start) / 1000000))
echo "crashtest: $(wc -l <"$corpus") articles, a clean ingest takes ${duration_ms} ms," \
  "startup and creation ${startup_ms} ms"

unusable=0
partial=0
unequal=0
for i in $(seq 1 "$kills"); do
  db="$work/crash.db"
  rm -rf "$db" "$work/ref.db"
  # Early kills land in store creation; the rest anywhere in the ingest.
  if [ $((i % 4)) -eq 1 ]; then
    delay_ms=$((RANDOM * (startup_ms + 20) / 32768))
  else
    delay_ms=$((RANDOM * (duration_ms + 50) / 32768))
  fi
  # kg itself in the background (not a function's subshell), so the kill hits it.
  "$kg" --db "$db" ingest -q "$corpus" &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  if [ ! -e "$db" ]; then
    stored="no store,"
  elif ! "$kg" --db "$db" dump >"$work/crash.dump" 2>"$work/crash.err"; then
    echo "crashtest: kill $i (after ${delay_ms} ms): unusable store: $(cat "$work/crash.err")"
    unusable=$((unusable + 1))
    break
  else
    stored=$(grep -c '^article' "$work/crash.dump" || true)
    subset "$work/crash.dump" "$corpus" >"$work/subset.jsonl"
    if [ -s "$work/subset.jsonl" ]; then
      ingest "$work/ref.db" "$work/subset.jsonl"
      "$kg" --db "$work/ref.db" dump >"$work/ref.dump"
    else
      : >"$work/ref.dump"  # a store without articles holds nothing at all
    fi
    if ! cmp -s "$work/crash.dump" "$work/ref.dump"; then
      echo "crashtest: kill $i (after ${delay_ms} ms): the store of $stored articles differs" \
        "from a clean ingest of them (diff $work/crash.dump $work/ref.dump)"
      partial=$((partial + 1))
      break
    fi
  fi
  # Resume: the interrupted store, finished, equals the uninterrupted one.
  ingest "$db" "$corpus"
  "$kg" --db "$db" dump >"$work/resumed.dump"
  if ! cmp -s "$work/resumed.dump" "$work/full.dump"; then
    echo "crashtest: kill $i (after ${delay_ms} ms): the resumed store differs from the" \
      "reference (diff $work/resumed.dump $work/full.dump)"
    unequal=$((unequal + 1))
    break
  fi
  echo "crashtest: kill $i after ${delay_ms} ms: ${stored} articles stored; equal; resumed equal" |
    sed 's/no store, articles stored/no store/' 
done

failures=$((unusable + partial + unequal))
echo "crashtest: $kills kills: $unusable unusable stores, $partial stores unequal to a clean" \
  "ingest of their articles, $unequal resumed stores unequal to the reference"
if [ "$failures" -eq 0 ] && [ -z "${CRASH_DIR:-}" ]; then rm -rf "$work"; fi
[ "$failures" -eq 0 ]
