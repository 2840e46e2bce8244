#!/usr/bin/env bash
# Benchmark: throughput (MB/s) and peak memory of the tools on a corpus built by repeating the
# samples, next to `wc -m` and `cat` on the same file in the same run. Not a test: machines
# differ, so the figures are ratios to wc -m measured here and now: each tool's runs take turns
# with runs of wc -m, and its ratio is to those.
#
#   tests/bench/run.sh [BUILD_DIR] [MEGABYTES]     (defaults: build 50)
#   --check   exit 1 when a tool is below its bound (split 1.0, to-xml 0.3, others 0.5 of wc -m)
set -euo pipefail
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
build=${1:-build}
megabytes=${2:-50}
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(cd "$build/tools" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The corpus: every sample, in UTF-8, repeated to the size asked for.
source "$(dirname "$0")/corpus.sh"
unit="$scratch/unit.txt"
unit_corpus "$unit"
corpus() { repeat_to "$1" "$unit" "$2"; }  # corpus FILE MEGABYTES
corpus "$scratch/corpus.txt" "$megabytes"
bytes=$(stat -c %s "$scratch/corpus.txt")

# run COMMAND...: prints the seconds and peak KB of one run.
run() {
  /usr/bin/time -f '%e %M' -o "$scratch/time" "$@" >/dev/null 2>"$scratch/stderr" ||
    { echo "$1 failed:" >&2; cat "$scratch/stderr" >&2; exit 1; }
  cat "$scratch/time"
}

# measure COMMAND...: prints its seconds and peak KB, then those of wc -m, each the best of
# three runs taken in turns with wc -m's: a shared machine's speed drifts over a minute, and
# the ratio is fair only between runs made moments apart.
measure() {
  local best="" kb=0 wc_best="" wc_kb=0 seconds peak
  for _ in 1 2 3; do
    read -r seconds peak < <(run wc -m "$scratch/corpus.txt")
    if [ -z "$wc_best" ] || awk "BEGIN { exit !($seconds < $wc_best) }"; then
      wc_best=$seconds
      wc_kb=$peak
    fi
    read -r seconds peak < <(run "$@")
    if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; kb=$peak; fi
  done
  echo "$best $kb $wc_best $wc_kb"
}

printf 'corpus: %s bytes (%s MB of samples, repeated)\n' "$bytes" "$megabytes"
printf '%-26s %8s %9s %8s %8s %10s\n' command seconds MB/s "wc -m s" "x wc -m" "peak MB"
status=0
report() {  # report NAME SECONDS KB BOUND: the ratio is to wc_s, wc -m's time beside it
  local ratio mbs
  mbs=$(awk "BEGIN { printf \"%.1f\", $bytes / 1e6 / ($2 > 0 ? $2 : 0.001) }")
  ratio=$(awk "BEGIN { printf \"%.2f\", ($wc_s > 0 ? $wc_s : 0.001) / ($2 > 0 ? $2 : 0.001) }")
  printf '%-26s %8s %9s %8s %8s %10.1f\n' "$1" "$2" "$mbs" "$wc_s" "$ratio" "$(awk "BEGIN { print $3 / 1024 }")"
  if [ -n "$4" ] && awk "BEGIN { exit !($ratio < $4) }"; then
    echo "  below bound: $1 at $ratio x wc -m, want $4" >&2
    status=1
  fi
}
read -r s kb wc_s wc_kb < <(measure cat "$scratch/corpus.txt")
report "wc -m" "$wc_s" "$wc_kb" ""
report "cat" "$s" "$kb" ""
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-split" -q "$scratch/corpus.txt")
report "jianbao-split" "$s" "$kb" 1.0
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-extract-people" -q "$scratch/corpus.txt")
report "jianbao-extract-people" "$s" "$kb" 0.5
people_kb=$kb
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-list-events" -q "$scratch/corpus.txt")
report "jianbao-list-events" "$s" "$kb" 0.5
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-list-events" -q --dates "$scratch/corpus.txt")
report "jianbao-list-events --dates" "$s" "$kb" ""
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-to-xml" -q "$scratch/corpus.txt")
report "jianbao-to-xml" "$s" "$kb" 0.3
read -r s kb wc_s wc_kb < <(measure "$bin/jianbao-to-xml" -q --tei "$scratch/corpus.txt")
report "jianbao-to-xml --tei" "$s" "$kb" ""

# Flat memory: a corpus a fifth the size must peak at about the same memory.
corpus "$scratch/small.txt" $((megabytes / 5 > 0 ? megabytes / 5 : 1))
read -r s small_kb < <(run "$bin/jianbao-extract-people" -q "$scratch/small.txt")
printf 'peak memory of jianbao-extract-people: %.1f MB on %s MB, %.1f MB on %s MB\n' \
  "$(awk "BEGIN { print $small_kb / 1024 }")" $((megabytes / 5)) "$(awk "BEGIN { print $people_kb / 1024 }")" "$megabytes"
if awk "BEGIN { exit !($people_kb > 1.5 * $small_kb + 8192) }"; then
  echo "  memory grows with the input" >&2
  status=1
fi
[ "$check" -eq 1 ] && exit "$status"
exit 0
