#!/usr/bin/env bash
## Show that GNU parallel -k, splitting the work into jobs by file or by document, gives the
## same records as one sequential run: each document's output depends on it alone.
source "$(dirname "$0")/lib.sh"
require parallel  # the README's set-up command installs it
cd "$SAMPLES"

## One job per file, on two job slots, output kept in input order.
"$SPLIT" -q --no-header ./*.txt >"$SCRATCH/sequential.tsv"
expect_status 0 "parallel -k per file" -- parallel -k -j2 "$SPLIT" -q --no-header ::: ./*.txt
expect_same "$SCRATCH/out" "$SCRATCH/sequential.tsv" "parallel -k gives the sequential records"

## JSON Lines cut into blocks of whole lines by parallel --pipe, as Hadoop Streaming does.
if command -v python3 >/dev/null; then
  python3 -c '
import json, sys
for name in sys.argv[1:]:
    print(json.dumps({"id": name, "text": open(name, encoding="utf-8", errors="replace").read()}))
' no-toc.txt two-bulletins.txt county-training.txt university-forum.txt >"$SCRATCH/docs.jsonl"
  "$SPLIT" -q --input jsonl --no-header "$SCRATCH/docs.jsonl" >"$SCRATCH/sequential.tsv"
  expect_status 0 "parallel --pipe, JSON Lines" -- \
    parallel -k -j2 --pipe -N1 "$SPLIT" -q --input jsonl --no-header <"$SCRATCH/docs.jsonl"
  expect_same "$SCRATCH/out" "$SCRATCH/sequential.tsv" "parallel --pipe gives the sequential records"
fi

finish
