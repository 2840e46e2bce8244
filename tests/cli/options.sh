#!/usr/bin/env bash
## Show the option conventions: help, version, usage errors, atomic -o, interruption.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
good="$SAMPLES/university-forum.txt"

expect_status 0 "--help" -- "$SPLIT" --help
expect_in out "Usage: jianbao-split" "--help shows usage"
expect_status 0 "--version" -- "$SPLIT" --version
expect_in out "jianbao-split (jianbao) " "--version names tool and package"

expect_status 2 "unknown option" -- "$SPLIT" --no-such-option
expect_in err "jianbao-split: error: " "usage error is prefixed"
expect_status 2 "bad --format" -- "$SPLIT" --format xml "$good"
expect_status 2 "unknown encoding" -- "$SPLIT" --encoding latin9 "$good"
expect_in err "unknown encoding 'latin9'" "unknown encoding message"
expect_status 2 "--list with --repairs" -- "$SPLIT" --list --repairs "$good"
expect_status 2 "--format jsonl with --list" -- "$SPLIT" --format jsonl --list "$good"
expect_in err "Try 'jianbao-split --help'" "usage errors point to --help"

## --jobs changes the speed, never the output: bulletins are written in input order.
cat "$SAMPLES"/two-bulletins.txt "$SAMPLES"/university-forum.txt "$SAMPLES"/two-bulletins.txt >many.txt
"$SPLIT" -q -j 1 many.txt >one-thread.tsv
expect_status 0 "--jobs 3" -- "$SPLIT" -q -j 3 many.txt
expect_same "$SCRATCH/out" one-thread.tsv "--jobs 3 output equals --jobs 1 output"
expect_status 2 "--jobs 0" -- "$SPLIT" -j 0 "$good"

## -o writes the file whole, leaving no temporary behind.
(cd "$SAMPLES" && "$SPLIT" -q -o "$SCRATCH/result.tsv" university-forum.txt >"$SCRATCH/out")
[ ! -s out ] && pass || fail "-o still wrote to stdout"
expect_same result.tsv "$SAMPLES/expected/university-forum.split.tsv" "-o file content"
[ "$(ls | grep -c '^result.tsv')" -eq 1 ] && pass || fail "temporary file left: $(ls)"

## -o to an unwritable place fails with status 1 and a message.
expect_status 1 "-o into a missing directory" -- "$SPLIT" -o no/such/dir/x.tsv "$good"
expect_in err "cannot write no/such/dir/x.tsv" "unwritable -o message"

## Interrupted while reading: status 130, and neither the output nor a temporary exists.
mkfifo slow
"$SPLIT" -o interrupted.tsv slow &
pid=$!
exec 3>slow
sleep 0.5
kill -INT "$pid"
status=0
wait "$pid" || status=$?
exec 3>&-
[ "$status" -eq 130 ] && pass || fail "SIGINT: exit status $status, want 130"
[ -z "$(ls | grep interrupted)" ] && pass || fail "interrupted run left $(ls | grep interrupted)"

finish
