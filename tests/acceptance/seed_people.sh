#!/usr/bin/env bash
## Show that jianbao-extract-people meets its bounds on the hand-checked seed bulletin, from
## raw text and from the split stream alike. Skipped (77) when ../shared is absent.
set -euo pipefail
: "${JIANBAO_BIN:?}" "${SHARED:?}"
seed="$SHARED/seeds/000_975756b90d344b24.txt"
if [ ! -f "$seed" ] || [ ! -x "$SHARED/tools/score" ]; then
  echo "no ../shared with the seed bulletin and its scorer: skipped"
  exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
bounds=(--min people.precision=0.97 --min people.recall=0.97 --min titles.f1=0.90
        --min organizations.f1=0.90)
"$JIANBAO_BIN/jianbao-extract-people" -q "$seed" >"$scratch/raw.tsv"
"$SHARED/tools/score" people -v "$scratch/raw.tsv" "${bounds[@]}"
"$JIANBAO_BIN/jianbao-split" -q "$seed" | "$JIANBAO_BIN/jianbao-extract-people" -q >"$scratch/stream.tsv"
"$SHARED/tools/score" people "$scratch/stream.tsv" "${bounds[@]}"
