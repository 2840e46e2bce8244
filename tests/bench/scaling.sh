#!/usr/bin/env bash
# Benchmark: the scaling curve. Each tool on corpora of 10, 100 and 1000 MB (built by repeating
# the samples), with wc -m on the same file: time should grow linearly (MB/s and the ratio to
# wc -m stay level) and peak memory should stay flat. A report, not a test.
#
#   tests/bench/scaling.sh [BUILD_DIR] [MEGABYTES...]     (defaults: build 10 100 1000)
set -euo pipefail
build=${1:-build}
shift || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(10 100 1000)
bin=$(cd "$build/tools" && pwd)
source "$(dirname "$0")/corpus.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unit_corpus "$scratch/unit.txt"

printf '%-24s %6s %8s %8s %8s %8s\n' command MB seconds MB/s "x wc -m" "peak MB"
for megabytes in "${sizes[@]}"; do
  repeat_to "$scratch/corpus.txt" "$scratch/unit.txt" "$megabytes"
  bytes=$(stat -c %s "$scratch/corpus.txt")
  wc_seconds=""
  for tool in "wc -m" jianbao-split jianbao-extract-people jianbao-list-events jianbao-to-xml; do
    if [ "$tool" = "wc -m" ]; then command=(wc -m); else command=("$bin/$tool" -q); fi
    /usr/bin/time -f '%e %M' -o "$scratch/time" "${command[@]}" "$scratch/corpus.txt" >/dev/null
    read -r seconds peak <"$scratch/time"
    [ -n "$wc_seconds" ] || wc_seconds=$seconds
    awk -v t="$tool" -v mb="$megabytes" -v s="$seconds" -v w="$wc_seconds" -v b="$bytes" -v k="$peak" \
      'BEGIN { s = s > 0 ? s : 0.01; printf "%-24s %6d %8.2f %8.1f %8.2f %8.1f\n", t, mb, s, b / 1e6 / s, w / s, k / 1024 }'
  done
done
