#!/usr/bin/env bash
# `sourcelight analyze --jsonl` as a filter over partitions, the way Spark's RDD.pipe and Hadoop
# Streaming run an external program: each partition's records go to a process of its own on stdin,
# and its result lines come back on stdout. Neither Spark nor Hadoop can be installed from the npm
# registry or Debian's packages, so GNU parallel's --pipe (Debian's `parallel`) stands in for them
# here: it cuts stdin into blocks of whole lines and pipes each block into its own process, as those
# engines do with partitions. The script checks that the partitioned run gives the same records as
# one process, and says how long each took.
#   bash tests/tools/distributed-demo.sh [corpusDir] [partitions]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus}
partitions=${2:-4}
slots=$(nproc)

if ! command -v parallel >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq parallel >/dev/null
  else
    echo "distributed-demo: needs GNU parallel (apt-get install parallel)" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx tsx tests/tools/corpus-records.ts "$corpus" >"$work/records.jsonl"
records=$(wc -l <"$work/records.jsonl")
bytes=$(wc -c <"$work/records.jsonl")

# What each partition runs. A record that fails is a line of its own, so exit status 1 ("some
# records failed") must not fail the task, as Spark and Hadoop would take any non-zero status to.
filter='node utils/cli/sourcelight.mjs analyze --jsonl --jobs 1 || [ $? -eq 1 ]'

# Wall-clock and CPU seconds (user + system, all processes) of each run, from bash's own `time`.
TIMEFORMAT='%R %U %S'
{ time sh -c "$filter" <"$work/records.jsonl" >"$work/single.jsonl" 2>"$work/single.err"; } 2>"$work/single.time"
{ time parallel --pipe --block $((bytes / partitions + 1)) -j "$slots" "$filter" \
  <"$work/records.jsonl" >"$work/partitioned.jsonl" 2>"$work/partitioned.err"; } 2>"$work/partitioned.time"

# Partitions finish in any order: compare the records as sets.
LC_ALL=C sort "$work/single.jsonl" >"$work/single.sorted"
LC_ALL=C sort "$work/partitioned.jsonl" >"$work/partitioned.sorted"
lines=$(wc -l <"$work/partitioned.jsonl")
report() {
  awk -v records="$records" -v name="$1" -v extra="$3" '{
    printf "%s %.1f s, %.2f records/s; %.1f CPU s, %.2f records per CPU second%s\n", name, $1, records / $1, $2 + $3, records / ($2 + $3), extra
  }' "$2"
}
printf 'records: %d (%d MB of HTML in JSON lines); %d partitions asked for, on %d slots\n' "$records" "$((bytes / 1000000))" "$partitions" "$slots"
report 'one process:' "$work/single.time" ''
report 'partitioned:' "$work/partitioned.time" " ($(grep -c '^sourcelight: [0-9]* analysed' "$work/partitioned.err") partition processes)"
if [ "$lines" -eq "$records" ] && cmp -s "$work/single.sorted" "$work/partitioned.sorted"; then
  echo "output: the same $lines records as one process"
else
  echo "output: DIFFERS from one process ($lines lines for $records records)" >&2
  exit 1
fi
