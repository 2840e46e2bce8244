#!/usr/bin/env bash
## Show that --output-dir writes one text file per article and an index, atomically.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

expect_status 0 "--output-dir" -- "$SPLIT" -q --output-dir out1 "$SAMPLES/university-forum.txt"
[ "$(ls out1 | grep -c '\.txt$')" -eq 7 ] && pass || fail "want 7 article files, got: $(ls out1)"
first="out1/01-第三届长三角标准化创新高峰论坛在东江理工大学举行.txt"
[ -f "$first" ] && pass || fail "missing $first"
[ "$(head -n 1 "$first")" = "第三届长三角标准化创新高峰论坛在东江理工大学举行" ] && pass || fail "title line"
[ -z "$(sed -n 2p "$first")" ] && pass || fail "blank line after the title"
expect_in "$first" "2019年3月12日上午" "first paragraph in the article file"
[ "$(wc -l <out1/index.tsv)" -eq 8 ] && pass || fail "index: want header and 7 rows"
expect_in out1/index.tsv $'01-第三届长三角标准化创新高峰论坛在东江理工大学举行.txt\t' "index names the file"
[ -z "$(find out1 -name '*.tmp*')" ] && pass || fail "temporary files left"

## Several inputs get a directory each, with an index of their own (file names relative to
## DIR, as in DIR/index.tsv); several bulletins in one file get a b<N>- prefix.
expect_status 0 "--output-dir, two inputs" -- "$SPLIT" -q --output-dir out2 "$SAMPLES/no-toc.txt" "$SAMPLES/two-bulletins.txt"
[ "$(ls out2/no-toc | grep -c '\.txt$')" -eq 2 ] && pass || fail "no-toc: $(ls out2/no-toc)"
[ "$(ls out2/two-bulletins | grep -c '^b2-')" -eq 3 ] && pass || fail "two-bulletins: $(ls out2/two-bulletins)"
[ "$(wc -l <out2/index.tsv)" -eq 9 ] && pass || fail "index of two inputs: want header and 8 rows"
{ cat out2/no-toc/index.tsv; tail -n +2 out2/two-bulletins/index.tsv; } >want-index.tsv
expect_same out2/index.tsv want-index.tsv "DIR/index.tsv joins the inputs' indexes"

## Two inputs with the same name do not overwrite each other's files.
mkdir -p a b
cp "$SAMPLES/no-toc.txt" a/x.txt
cp "$SAMPLES/no-toc.txt" b/x.txt
expect_status 0 "--output-dir, same stem twice" -- "$SPLIT" -q --output-dir out3 a/x.txt b/x.txt
[ "$(ls out3/x | grep -c '\.txt$')" -eq 2 ] && [ "$(ls out3/x-2 | grep -c '\.txt$')" -eq 2 ] &&
  pass || fail "same stem: $(ls -R out3)"

finish
