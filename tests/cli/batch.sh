#!/usr/bin/env bash
## Show batch use: many files and directories (-r, --glob), bad files among good ones,
## --fail-fast, the summary and progress lines, and documents in JSON Lines or NUL-separated.
# Article files are fsync'ed one by one, which on a disk costs more than the test's budget for
# a thousand files; in memory it costs nothing, and the behaviour checked is the same.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
source "$(dirname "$0")/lib.sh"
PEOPLE="$JIANBAO_BIN/jianbao-extract-people"
cd "$SCRATCH"

## A thousand good files and the bad ones: each bad file named, every good one converted,
## status 1. Invalid UTF-8 is replaced with a warning, so that file counts as converted.
mkdir -p many/sub
samples=("$SAMPLES"/*.txt)
for i in $(seq -w 1 1000); do cp "${samples[10#$i % ${#samples[@]}]}" "many/sub/doc$i.txt"; done
: >many/empty.txt
{ head -c 2048 /dev/urandom; printf '\0\1\2\3\0\0\0\0'; } >many/binary.txt
{ cat "$SAMPLES/no-toc.txt"; printf 'bad byte \xff\n'; } >many/invalid.txt
bad=2
if [ "$(id -u)" -ne 0 ]; then  # root reads a file whatever its mode
  cp "$SAMPLES/no-toc.txt" many/unreadable.txt
  chmod 000 many/unreadable.txt
  bad=3
fi
good=1001
expect_status 1 "1000 files and bad ones" -- "$SPLIT" -r --no-header many
[ "$(cut -f1 out | sort -u | wc -l)" -eq "$good" ] && pass ||
  fail "want records of $good files, got $(cut -f1 out | sort -u | wc -l)"
expect_in err "jianbao-split: many/empty.txt: error: no bulletin found" "empty file named"
expect_in err "jianbao-split: many/binary.txt: error: binary input" "binary file named"
expect_in err "many/invalid.txt:35: warning: invalid UTF-8 sequence replaced" "invalid UTF-8 warned"
[ "$bad" -eq 2 ] || expect_in err "many/unreadable.txt: error: cannot open: Permission denied" \
  "unreadable file named"
expect_in err "jianbao-split: converted $good files, $bad failed, " "summary of the batch"
[ "$(grep -c ': error: ' err)" -eq "$bad" ] && pass || fail "want $bad errors: $(grep error err)"
## The number of threads changes neither the records nor the messages, nor their order.
mv out records-j-default
head -n -1 err >messages-j-default
expect_status 1 "1000 files, -j 1" -- "$SPLIT" -j 1 -r --no-header many
expect_same out records-j-default "records with -j 1 and the default"
head -n -1 err >messages
expect_same messages messages-j-default "messages with -j 1 and the default"

## The same in --output-dir mode: an index for every good file, none for a bad one.
expect_status 1 "1000 files into --output-dir" -- "$SPLIT" -q -r --output-dir dir many
[ "$(find dir -name index.tsv | wc -l)" -eq "$((good + 1))" ] && pass ||
  fail "want an index per good file and DIR/index.tsv: $(find dir -name index.tsv | wc -l)"
[ -f dir/sub/doc0001/index.tsv ] && [ -f dir/invalid/index.tsv ] && pass || fail "indexes named"
[ ! -e dir/binary ] && [ ! -e dir/empty/index.tsv ] && pass || fail "a bad file got an index"
find dir -mindepth 2 -name index.tsv | sort | xargs tail -q -n +2 | sort >rows
tail -n +2 dir/index.tsv | sort >all-rows
[ -s rows ] && cmp -s rows all-rows && pass || fail "DIR/index.tsv: not the rows of the inputs' indexes"
rm -rf many

## -r walks a tree depth first in byte order of names, following links to files; --glob
## filters the names of the files found; --output-dir mirrors the tree.
mkdir -p tree/b tree/a/c
cp "$SAMPLES/no-toc.txt" tree/a/c/z.txt
cp "$SAMPLES/two-bulletins.txt" tree/a/y.txt
cp "$SAMPLES/county-training.txt" tree/b/x.md
cp "$SAMPLES/no-toc.txt" tree/B.txt
ln -s a/y.txt tree/link.txt
ln -s .. tree/a/up  # a loop
ln -s missing tree/broken.txt
expect_status 0 "-r" -- "$SPLIT" -r --list --no-header tree
cut -f1 out | uniq >sources
printf '%s\n' tree/B.txt tree/a/c/z.txt tree/a/y.txt tree/b/x.md tree/link.txt >want
expect_same sources want "-r order"
expect_in err "tree/a/up: warning: directory already read as tree, skipped" "link loop ends"
expect_in err "tree/broken.txt: warning: broken symbolic link, skipped" "broken link warned"
expect_status 0 "--glob" -- "$SPLIT" -r --glob '*.md' --glob 'z*' --list --no-header tree/
cut -f1 out | uniq >sources
printf '%s\n' tree/a/c/z.txt tree/b/x.md >want
expect_same sources want "--glob order and filter"
## Files named as operands are read whatever --glob says, in their place.
expect_status 0 "--glob and a file" -- "$SPLIT" -r --glob '*.md' --list --no-header tree/a/y.txt tree
[ "$(cut -f1 out | uniq | tr '\n' ' ')" = "tree/a/y.txt tree/b/x.md " ] && pass ||
  fail "file operand and -r: $(cut -f1 out | uniq | tr '\n' ' ')"
expect_status 0 "-r --output-dir" -- "$SPLIT" -q -r --output-dir mirror tree
for d in B a/c/z a/y b/x link; do
  [ -f "mirror/$d/index.tsv" ] && pass || fail "-r --output-dir: no mirror/$d/index.tsv"
done
[ "$(ls mirror/a/c/z | grep -c '\.txt$')" -eq 2 ] && pass || fail "mirror/a/c/z: $(ls mirror/a/c/z)"
expect_in mirror/a/c/z/index.tsv $'a/c/z/01-' "index names files relative to DIR"

expect_status 1 "a directory without -r" -- "$SPLIT" -q tree "$SAMPLES/no-toc.txt"
expect_in err "jianbao-split: tree: error: is a directory (-r reads the files under it)" \
  "directory without -r"
[ "$(grep -c $'\ttitle\t' out)" -eq 2 ] && pass || fail "the file after the directory not read"
expect_status 2 "--glob without -r" -- "$SPLIT" --glob '*.txt' tree
expect_status 2 "--skip-existing without --output-dir" -- "$SPLIT" --skip-existing tree/B.txt

## The other tools take the same options.
expect_status 0 "extract-people -r" -- "$PEOPLE" -q -r --glob '*.md' --no-header tree
[ "$(cut -f7 out | sort -u)" = tree/b/x.md ] && pass || fail "extract-people -r: $(cut -f7 out | sort -u)"

## --fail-fast stops at the first input that fails; without it the rest are read.
: >empty.txt
expect_status 1 "--fail-fast" -- "$SPLIT" -q --fail-fast --list --no-header tree/B.txt empty.txt tree/a/y.txt
[ "$(cut -f1 out | uniq)" = tree/B.txt ] && pass || fail "--fail-fast went on: $(cut -f1 out | uniq)"
expect_in err "empty.txt: error: no bulletin found" "--fail-fast names the failure"
expect_status 1 "no --fail-fast" -- "$SPLIT" -q --list --no-header tree/B.txt empty.txt tree/a/y.txt
[ "$(cut -f1 out | uniq | wc -l)" -eq 2 ] && pass || fail "without --fail-fast: $(cut -f1 out | uniq)"

## The summary: for more than one input, never with -q, and a single file stays silent.
expect_status 0 "summary" -- "$SPLIT" tree/B.txt tree/a/y.txt
grep -qE '^jianbao-split: converted 2 files, 0 failed, [0-9]+\.[0-9] MB in [0-9]+\.[0-9] s$' err &&
  pass || fail "summary line: $(tail -1 err)"
expect_status 0 "no summary with -q" -- "$SPLIT" -q tree/B.txt tree/a/y.txt
[ ! -s err ] && pass || fail "-q printed: $(cat err)"
expect_status 0 "one file" -- "$SPLIT" tree/B.txt
[ ! -s err ] && pass || fail "one file printed: $(cat err)"

## No progress line unless standard error is a terminal; on one (under script), progress
## is drawn and cleared, and the summary follows.
expect_status 0 "no progress off a terminal" -- "$SPLIT" -r --output-dir notty tree
! grep -q $'\r' err && pass || fail "progress drawn off a terminal"
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$SPLIT' -r --output-dir tty tree" /dev/null >tty.log </dev/null
  grep -qa $'\rjianbao-split: 0/5 files, ' tty.log && pass || fail "no progress line on a terminal"
  grep -qa $'\r\e\\[Kjianbao-split: converted 5 files, 0 failed' tty.log && pass ||
    fail "progress not cleared before the summary: $(cat -v tty.log)"
  script -qec "'$SPLIT' -q -r --output-dir tty-q tree" /dev/null >tty-q.log </dev/null
  [ ! -s tty-q.log ] && pass || fail "-q on a terminal printed: $(cat -v tty-q.log)"
else
  echo "note: script(1) is missing; the terminal case is not checked" >&2
fi

## --input jsonl: each line one document, named by its id (or a hash of its text when it has
## none); the records are those of the same text read from a file. A bad line is reported
## with its line number and skipped: status 1.
python_json() { python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[2], encoding="utf-8").read()}, ensure_ascii=sys.argv[3] == "ascii"))' "$@"; }
if command -v python3 >/dev/null; then
  {
    python_json 2019/03.txt "$SAMPLES/no-toc.txt" ascii
    echo
    echo '{"id": "broken", "text": "no end}'
    python_json "" "$SAMPLES/two-bulletins.txt" utf8
  } >docs.jsonl
  expect_status 1 "--input jsonl" -- "$SPLIT" --input jsonl --no-header docs.jsonl
  sed 's/^[^\t]*\t//' "$SAMPLES/expected/no-toc.split.tsv" | tail -n +2 >want
  grep '^2019/03.txt'$'\t' out | cut -f2- >got
  expect_same got want "jsonl document with an id"
  # The FNV-1a 64 hash of samples/two-bulletins.txt, as documented in jianbao-split(1).
  id=fnv:d80887d8041e2ed5
  sed 's/^[^\t]*\t//' "$SAMPLES/expected/two-bulletins.split.tsv" | tail -n +2 >want
  grep "^$id"$'\t' out | cut -f2- >got
  expect_same got want "jsonl document without an id is named by its hash"
  expect_in err "jianbao-split: docs.jsonl:3: error: invalid JSON at column 34: unterminated string" \
    "bad JSON line named with its line"
  expect_in err "converted 2 documents, 1 failed" "summary counts documents"
  ## Standard input works the same, and --output-dir gives each document a directory.
  expect_status 1 "--input jsonl from stdin into --output-dir" -- \
    "$SPLIT" -q --input jsonl --output-dir docs - <docs.jsonl
  [ -f docs/03/index.tsv ] && [ -f "docs/$id/index.tsv" ] && pass || fail "jsonl dirs: $(ls docs)"
else
  echo "note: python3 is missing; --input jsonl is not checked" >&2
fi

## -0: documents separated by NUL bytes, each named by the hash of its bytes.
{ cat "$SAMPLES/two-bulletins.txt"; printf '\0'; cat "$SAMPLES/no-toc.txt"; printf '\0'; } >docs.nul
expect_status 0 "-0" -- "$SPLIT" -0 --no-header - <docs.nul
{ sed "s/^two-bulletins.txt\t/$id\t/" "$SAMPLES/expected/two-bulletins.split.tsv" | tail -n +2
  sed "s/^no-toc.txt\t/fnv:eadddf752939faf5\t/" "$SAMPLES/expected/no-toc.split.tsv" | tail -n +2
} >want
expect_same out want "-0 documents named by their hashes"
expect_status 2 "-0 with --input" -- "$SPLIT" -0 --input jsonl docs.nul

## A closed pipe ends a recursive run quietly with status 0.
set +e
"$SPLIT" -q -r tree 2>pipe-err | head -n 1 >/dev/null
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] && pass || fail "broken pipe: exit status $status, want 0"
[ ! -s pipe-err ] && pass || fail "broken pipe printed: $(cat pipe-err)"

finish
