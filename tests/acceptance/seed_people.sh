#!/usr/bin/env bash
## Show that jianbao-extract-people meets its bounds on the hand-checked seed bulletin, from
## raw text and from the split stream alike. Skipped (77) when ../shared is absent.
source "$(dirname "$0")/lib.sh"
bounds=(--min people.precision=0.97 --min people.recall=0.97 --min titles.f1=0.90
        --min organizations.f1=0.90)
"$JIANBAO_BIN/jianbao-extract-people" -q "$seed" >"$scratch/raw.tsv"
"$score" people -v "$scratch/raw.tsv" "${bounds[@]}"
"$JIANBAO_BIN/jianbao-split" -q "$seed" | "$JIANBAO_BIN/jianbao-extract-people" -q >"$scratch/stream.tsv"
"$score" people "$scratch/stream.tsv" "${bounds[@]}"
