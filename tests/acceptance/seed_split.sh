#!/usr/bin/env bash
## Show that jianbao-split scores 100% on every split figure of the hand-checked seed bulletin,
## splits it losslessly and parses its period. Skipped (77) when ../shared is absent.
source "$(dirname "$0")/lib.sh"

"$JIANBAO_BIN/jianbao-split" -q "$seed" >"$scratch/seed.tsv"
figures="articles titles title_lines paragraph_counts joins headings toc_sections toc_items"
mins=()
for figure in $figures; do mins+=(--min "split.$figure=1.0"); done
"$score" split -v "$scratch/seed.tsv" "${mins[@]}"

# Lossless split and the masthead period are checked through the library by the unit tests.
JIANBAO_SEED="$seed" "$UNIT_TESTS" "[.seed]"
