#!/usr/bin/env bash
## Show that jianbao-list-events meets the issue's bounds on the hand-checked seed bulletin:
## events recall >= 0.95 and precision >= 0.90 with exact dates, and every date expression
## (--dates) at >= 0.95; from raw text and from the split stream alike. Skipped (77) when
## ../shared is absent.
source "$(dirname "$0")/lib.sh"
events=(--min events.precision=0.90 --min events.recall=0.95)
dates=(--min dates.precision=0.95 --min dates.recall=0.95)
"$JIANBAO_BIN/jianbao-list-events" -q "$seed" >"$scratch/events.tsv"
"$score" events -v "$scratch/events.tsv" "${events[@]}"
"$JIANBAO_BIN/jianbao-list-events" -q --dates "$seed" >"$scratch/dates.tsv"
"$score" dates -v "$scratch/dates.tsv" "${dates[@]}"
"$JIANBAO_BIN/jianbao-split" -q "$seed" >"$scratch/stream.tsv"
"$JIANBAO_BIN/jianbao-list-events" -q "$scratch/stream.tsv" >"$scratch/events-stream.tsv"
"$score" events "$scratch/events-stream.tsv" "${events[@]}"
"$JIANBAO_BIN/jianbao-list-events" -q --dates "$scratch/stream.tsv" >"$scratch/dates-stream.tsv"
"$score" dates "$scratch/dates-stream.tsv" "${dates[@]}"
