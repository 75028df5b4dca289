#!/usr/bin/env bash
# Two builds of kg_sqlite_compare_bench side by side: runs A, then B, ROUNDS
# times (so both see the same load on a shared machine) and prints, per
# question, each build's median kg p50, SQLite p50 and kg : SQLite, with every
# run's ratio. For "did this change make kg faster than SQLite?".
#
#   bench/compare_ab.sh A_BENCH A_DB B_BENCH B_DB [ROUNDS] [SECONDS] [-- bench options]
#   bench/compare_ab.sh /tmp/old/kg_sqlite_compare_bench /tmp/old-10k \
#       build/bench/kg_sqlite_compare_bench /tmp/new-10k 3 5
#
# Each store must hold the same graph (the same corpus ingested by each
# build); a store a build cannot read fails that build's runs.
set -euo pipefail
if (($# < 4)); then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
a_bench=$1 a_db=$2 b_bench=$3 b_db=$4
rounds=${5:-3}
seconds=${6:-5}
shift $(($# < 6 ? $# : 6))
[[ "${1:-}" == "--" ]] && shift
work="$(mktemp -d "${TMPDIR:-/tmp}/kg-ab.XXXXXX")"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
for round in $(seq "$rounds"); do
  for side in A B; do
    if [[ $side == A ]]; then bench=$a_bench db=$a_db; else bench=$b_bench db=$b_db; fi
    echo "compare_ab.sh: round $round, $side" >&2
    "$bench" --db "$db" --label "$side" --sqlite "$work/$side.sqlite" --seconds "$seconds" "$@" \
      2>/dev/null | grep -E 'p50|kg : SQLite' | sed "s/^RESULT\t/$round\t/" >>"$results"
  done
done
python3 - "$results" <<'PY'
import collections, statistics, sys
values = collections.defaultdict(list)
questions = []
for line in open(sys.argv[1]):
    _, side, name, value = line.rstrip('\n').split('\t')[:4]
    values[(name, side)].append(float(value))
    question = name
    for suffix in (': kg : SQLite', ': kg p50', ': SQLite p50'):
        if name.endswith(suffix):
            question = name[:-len(suffix)]
    if question not in questions:
        questions.append(question)
print('| question | A kg p50 ms | A SQLite p50 ms | A kg : SQLite | B kg p50 ms | B SQLite p50 ms '
      '| B kg : SQLite | runs A / B |')
print('|---|---:|---:|---:|---:|---:|---:|---|')
for q in questions:
    row = [q]
    runs = []
    for side in ('A', 'B'):
        ratio = values.get((q + ': kg : SQLite', side), [])
        if not ratio:
            row += ['', '', '']
            continue
        row += ['%.3f' % statistics.median(values[(q + ': kg p50', side)]),
                '%.3f' % statistics.median(values[(q + ': SQLite p50', side)]),
                '%.2f' % statistics.median(ratio)]
        runs.append(' '.join('%.2f' % r for r in ratio))
    print('| ' + ' | '.join(row + [' / '.join(runs)]) + ' |')
PY
