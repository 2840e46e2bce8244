#!/usr/bin/env bash
## Show that jianbao-split gives the expected stream, list, JSON Lines and repairs on every sample.
source "$(dirname "$0")/lib.sh"
cd "$SAMPLES"

for sample in *.txt; do
  name=${sample%.txt}
  expect_status 0 "$sample" -- "$SPLIT" -q "$sample"
  expect_same "$SCRATCH/out" "expected/$name.split.tsv" "stream of $sample"
done

expect_status 0 "--list" -- "$SPLIT" -q --list two-bulletins.txt
expect_same "$SCRATCH/out" expected/two-bulletins.list.tsv "--list of two-bulletins.txt"

expect_status 0 "--format jsonl" -- "$SPLIT" -q --format jsonl university-forum.txt
expect_same "$SCRATCH/out" expected/university-forum.split.jsonl "JSON Lines of university-forum.txt"

expect_status 0 "--repairs" -- "$SPLIT" -q --repairs county-training.txt
expect_same "$SCRATCH/out" expected/county-training.repairs.tsv "--repairs of county-training.txt"

## Standard input gives the same records, with '-' as the source.
expect_status 0 "stdin" -- "$SPLIT" -q - <no-toc.txt
sed 's/^no-toc\.txt\t/-\t/' expected/no-toc.split.tsv >"$SCRATCH/want"
expect_same "$SCRATCH/out" "$SCRATCH/want" "stdin stream"

## Many files in one call: one header, then each file's records in order.
expect_status 0 "two files" -- "$SPLIT" -q no-toc.txt two-bulletins.txt
{ cat expected/no-toc.split.tsv; tail -n +2 expected/two-bulletins.split.tsv; } >"$SCRATCH/want"
expect_same "$SCRATCH/out" "$SCRATCH/want" "two files in one call"

## --no-header leaves out exactly the header line.
expect_status 0 "--no-header" -- "$SPLIT" -q --no-header no-toc.txt
tail -n +2 expected/no-toc.split.tsv >"$SCRATCH/want"
expect_same "$SCRATCH/out" "$SCRATCH/want" "--no-header"

## The GB18030 sample is read the same whether detected or named.
expect_status 0 "--encoding gb18030" -- "$SPLIT" -q --encoding gb18030 institute-gb18030.txt
expect_same "$SCRATCH/out" expected/institute-gb18030.split.tsv "--encoding gb18030"

finish
