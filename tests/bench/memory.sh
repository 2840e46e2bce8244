#!/usr/bin/env bash
## Show that jianbao-split's memory stays bounded on a gigabyte of concatenated bulletins read
## from a pipe: peak resident memory under 64 MB. A property, not a timing.
set -euo pipefail
: "${JIANBAO_BIN:?set JIANBAO_BIN to the directory of the built tools}"
megabytes=${MEGABYTES:-1000}
limit_kb=$((64 * 1024))
if [ ! -x /usr/bin/time ]; then
  echo "SKIP: /usr/bin/time (Debian's time) is not installed" >&2
  exit 77
fi
source "$(dirname "$0")/corpus.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unit_corpus "$scratch/unit.txt"
repeat_to "$scratch/chunk.txt" "$scratch/unit.txt" 10
chunks=$((megabytes / 10))
for _ in $(seq "$chunks"); do cat "$scratch/chunk.txt"; done |
  /usr/bin/time -f '%M' -o "$scratch/peak" "$JIANBAO_BIN/jianbao-split" -q - |
  wc -l >"$scratch/records"
peak_kb=$(cat "$scratch/peak")
echo "jianbao-split on $((chunks * 10)) MB from a pipe: $(cat "$scratch/records") records, peak memory $((peak_kb / 1024)) MB"
if [ "$peak_kb" -ge "$limit_kb" ]; then
  echo "FAIL: peak memory $((peak_kb / 1024)) MB, want under 64 MB" >&2
  exit 1
fi
