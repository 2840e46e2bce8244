#!/usr/bin/env bash
## Show that jianbao-extract-people gives the expected people on every sample, the same from
## raw text and from the split stream, and handles its options and bad input.
source "$(dirname "$0")/lib.sh"
PEOPLE="$JIANBAO_BIN/jianbao-extract-people"
cd "$SAMPLES"

for sample in *.txt; do
  name=${sample%.txt}
  expect_status 0 "$sample" -- "$PEOPLE" -q "$sample"
  expect_same "$SCRATCH/out" "expected/$name.people.tsv" "people of $sample"
  ## The split stream carries everything the extractor needs.
  "$SPLIT" -q "$sample" >"$SCRATCH/stream.tsv"
  expect_status 0 "$sample via the stream" -- "$PEOPLE" -q "$SCRATCH/stream.tsv"
  expect_same "$SCRATCH/out" "expected/$name.people.tsv" "people of $sample via the stream"
done

## --mentions: one row per mention; the byte span cuts the name out of its block.
expect_status 0 "--mentions" -- "$PEOPLE" -q --mentions university-forum.txt
expect_in "$SCRATCH/out" $'name\tsource\tbulletin\tarticle\tline\tbegin\tend' "--mentions header"
rows=$(tail -n +2 "$SCRATCH/out" | wc -l)
total=$(tail -n +2 expected/university-forum.people.tsv | awk -F'\t' '{s += $4} END {print s}')
[ "$rows" -eq "$total" ] && pass || fail "--mentions rows $rows, want the mentions total $total"

## --format jsonl: one object per person, with affiliations pairing titles and organisations.
expect_status 0 "--format jsonl" -- "$PEOPLE" -q --format jsonl county-training.txt
[ "$(wc -l <"$SCRATCH/out")" -eq "$(($(wc -l <expected/county-training.people.tsv) - 1))" ] &&
  pass || fail "jsonl: one line per person"
expect_in "$SCRATCH/out" '"affiliations":[{"organization":"县局","title":"党组书记"}' "jsonl affiliations"

## --all: people named in passing, such as figures cited as examples, are listed too.
printf '某学院\n\n工作简报\n\n第2期\n\n学院举办改革史讲座\n\n2021年4月8日，学院举办讲座，历史系教授祁连山从商鞅变法讲起，谈改革的勇气。\n' \
  >"$SCRATCH/figure.txt"
expect_status 0 "default leaves out figures" -- "$PEOPLE" -q --no-header "$SCRATCH/figure.txt"
expect_in "$SCRATCH/out" $'祁连山\t教授' "the professor is listed"
grep -q '商鞅' "$SCRATCH/out" && fail "a figure cited as an example listed by default" || pass
expect_status 0 "--all" -- "$PEOPLE" -q --all --format jsonl "$SCRATCH/figure.txt"
expect_in "$SCRATCH/out" '"name":"商鞅"' "--all lists the figure"
grep '"name":"商鞅"' "$SCRATCH/out" | grep -q '"in_passing":true' && pass ||
  fail "--all: the figure is not marked in_passing"

## --lexicon adds entries; a malformed lexicon is a usage error naming the line.
printf '# extra titles\ntitle 首席质量官\n' >"$SCRATCH/extra.txt"
printf 'x\t-\t1\t0\n' >/dev/null
printf '某单位\n\n工作简报\n\n第1期\n\n某单位召开质量工作会议\n\n2021年3月1日，首席质量官邝启南作了发言，大家深受启发。\n' >"$SCRATCH/title.txt"
expect_status 0 "--lexicon" -- "$PEOPLE" -q --no-header --lexicon "$SCRATCH/extra.txt" "$SCRATCH/title.txt"
expect_in "$SCRATCH/out" $'邝启南\t首席质量官' "--lexicon title used"
printf 'rank 首席\n' >"$SCRATCH/bad.txt"
expect_status 2 "malformed --lexicon" -- "$PEOPLE" --lexicon "$SCRATCH/bad.txt" university-forum.txt
expect_in "$SCRATCH/err" "bad.txt:1: error: expected 'KIND WORD'" "malformed lexicon message"

## Bad input: reported, the other files still processed, status 1.
: >"$SCRATCH/empty.txt"
expect_status 1 "empty among good" -- "$PEOPLE" -q "$SCRATCH/empty.txt" no-toc.txt
expect_in "$SCRATCH/err" "empty.txt: error: no bulletin found" "empty input message"
[ "$(wc -l <"$SCRATCH/out")" -eq "$(wc -l <expected/no-toc.people.tsv)" ] && pass ||
  fail "good file not processed after a bad one"

finish
