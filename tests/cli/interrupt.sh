#!/usr/bin/env bash
## Show that a batch killed in the middle (SIGTERM or SIGKILL) leaves no partial output file,
## and that a rerun with --skip-existing completes it, identical to an uninterrupted run.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

mkdir -p archive
for i in 1 2 3 4; do
  for sample in "$SAMPLES"/*.txt; do cp "$sample" "archive/$i-$(basename "$sample")"; done
done
cp "$SAMPLES/no-toc.txt" last.txt
expect_status 0 "uninterrupted run" -- "$SPLIT" -q -r --output-dir whole archive last.txt

# no_partial_files DIR: every file of DIR but a temporary is the same as in the whole run.
no_partial_files() {
  local file partial=0
  while IFS= read -r -d '' file; do
    cmp -s "$1/$file" "whole/$file" || { partial=1; echo "  partial: $1/$file" >&2; }
  done < <(cd "$1" && find . -type f ! -name '*.tmp[0-9]*' -print0)
  [ "$partial" -eq 0 ] && pass || fail "$1 holds partial files"
}

# resume DIR SIGNAL: the rerun converts what is missing and skips the rest.
resume() {
  expect_status 0 "rerun after SIG$2" -- "$SPLIT" -r --output-dir "$1" --skip-existing archive last.txt
  expect_in "$SCRATCH/err" " skipped, 0 failed" "rerun after SIG$2 skips converted inputs"
  if diff -r --exclude='*.tmp[0-9]*' whole "$1" >/dev/null; then pass; else
    fail "rerun after SIG$2 differs from the whole run"
  fi
}

for signal in TERM KILL; do
  ## Killed while it waits for its last input: every input before it is complete.
  rm -f last.txt
  mkfifo last.txt
  "$SPLIT" -q -r --output-dir "waiting-$signal" archive last.txt 2>/dev/null &
  pid=$!
  exec 3>last.txt  # returns once the tool has opened the FIFO: the archive is done
  kill -"$signal" "$pid"
  status=0
  wait "$pid" 2>/dev/null || status=$?
  exec 3>&-
  want=$([ "$signal" = TERM ] && echo 130 || echo 137)
  [ "$status" -eq "$want" ] && pass || fail "SIG$signal: exit status $status, want $want"
  [ ! -e "waiting-$signal/index.tsv" ] && pass || fail "SIG$signal: the index of all inputs exists"
  no_partial_files "waiting-$signal"
  rm last.txt
  cp "$SAMPLES/no-toc.txt" last.txt
  resume "waiting-$signal" "$signal"

  ## Killed at a moment left to chance, most likely while it writes.
  "$SPLIT" -q -r --output-dir "writing-$signal" archive last.txt 2>/dev/null &
  pid=$!
  sleep 0.2
  kill -"$signal" "$pid" 2>/dev/null || true  # it may have finished on a fast machine
  wait "$pid" 2>/dev/null || true
  no_partial_files "writing-$signal"
  resume "writing-$signal" "$signal"
done

## SIGTERM removes its temporary files; SIGKILL cannot, but leaves only temporary names.
[ -z "$(find waiting-TERM writing-TERM -name '*.tmp[0-9]*')" ] && pass ||
  fail "SIGTERM left $(find waiting-TERM writing-TERM -name '*.tmp[0-9]*')"
[ -n "$(find waiting-KILL -name 'index.tsv.tmp[0-9]*')" ] && pass ||
  fail "SIGKILL: the pending index should be left under its temporary name"

finish
