#!/usr/bin/env bash
## Show that jianbao-split scores 100% on every split figure of the hand-checked seed bulletin,
## splits it losslessly and parses its period. Skipped (77) when ../shared is absent.
set -euo pipefail
: "${JIANBAO_BIN:?}" "${SHARED:?}"
seed="$SHARED/seeds/000_975756b90d344b24.txt"
if [ ! -f "$seed" ] || [ ! -x "$SHARED/tools/score" ]; then
  echo "no ../shared with the seed bulletin and its scorer: skipped"
  exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

"$JIANBAO_BIN/jianbao-split" -q "$seed" >"$scratch/seed.tsv"
figures="articles titles title_lines paragraph_counts joins headings toc_sections toc_items"
mins=()
for figure in $figures; do mins+=(--min "split.$figure=1.0"); done
"$SHARED/tools/score" split -v "$scratch/seed.tsv" "${mins[@]}"

# Lossless split and the masthead period are checked through the library by the unit tests.
JIANBAO_SEED="$seed" "$UNIT_TESTS" "[.seed]"
