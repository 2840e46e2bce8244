#!/usr/bin/env bash
## Show that a batch killed in the middle (SIGTERM or SIGKILL) leaves no partial output file,
## and that a rerun with --skip-existing completes it, identical to an uninterrupted run: for
## jianbao-split --output-dir and jianbao-to-xml -o DIR alike.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

mkdir -p archive
for i in 1 2 3 4; do
  for sample in "$SAMPLES"/*.txt; do cp "$sample" "archive/$i-$(basename "$sample")"; done
done

# convert DIR: sets cmd to the batch command of the tool under test, writing into DIR (a
# command, not a function, so that a background job's $! is the tool itself).
convert() {
  case $tool in
    split) cmd=("$SPLIT" -r --output-dir "$1") ;;
    xml) cmd=("$JIANBAO_BIN/jianbao-to-xml" -r -o "$1/") ;;
  esac
}

# no_partial_files DIR: every file of DIR but a temporary is the same as in the whole run
# (DIR may not exist: a slow build, under sanitizers, can be killed before it begins).
no_partial_files() {
  local file partial=0
  [ -d "$1" ] || { pass; return; }
  while IFS= read -r -d '' file; do
    cmp -s "$1/$file" "whole/$file" || { partial=1; echo "  partial: $1/$file" >&2; }
  done < <(cd "$1" && find . -type f ! -name '*.tmp[0-9]*' -print0)
  [ "$partial" -eq 0 ] && pass || fail "$tool: $1 holds partial files"
}

# resume DIR SIGNAL [skips]: the rerun converts what is missing, and with "skips" it must
# have found converted inputs to skip.
resume() {
  convert "$1"
  expect_status 0 "$tool: rerun after SIG$2" -- "${cmd[@]}" --skip-existing archive last.txt
  if [ "${3:-}" = skips ]; then
    expect_in "$SCRATCH/err" " skipped, 0 failed" "$tool: rerun after SIG$2 skips converted inputs"
  fi
  if diff -r --exclude='*.tmp[0-9]*' whole "$1" >/dev/null; then pass; else
    fail "$tool: rerun after SIG$2 differs from the whole run"
  fi
}

for tool in split xml; do
  rm -rf whole waiting-* writing-* last.txt
  cp "$SAMPLES/no-toc.txt" last.txt
  convert whole
  expect_status 0 "$tool: uninterrupted run" -- "${cmd[@]}" -q archive last.txt

  for signal in TERM KILL; do
    ## Killed while it waits for its last input: every input before it is complete.
    rm -f last.txt
    mkfifo last.txt
    convert "waiting-$signal"
    "${cmd[@]}" -q archive last.txt 2>/dev/null &
    pid=$!
    exec 3>last.txt  # returns once the tool has opened the FIFO: the archive is done
    kill -"$signal" "$pid"
    status=0
    wait "$pid" 2>/dev/null || status=$?
    exec 3>&-
    want=$([ "$signal" = TERM ] && echo 130 || echo 137)
    [ "$status" -eq "$want" ] && pass || fail "$tool: SIG$signal: exit status $status, want $want"
    [ ! -e "waiting-$signal/index.tsv" ] && pass ||
      fail "$tool: SIG$signal: the index of all inputs exists"
    no_partial_files "waiting-$signal"
    rm last.txt
    cp "$SAMPLES/no-toc.txt" last.txt
    resume "waiting-$signal" "$signal" skips

    ## Killed at a moment left to chance, most likely while it writes.
    convert "writing-$signal"
    "${cmd[@]}" -q archive last.txt 2>/dev/null &
    pid=$!
    sleep 0.2
    kill -"$signal" "$pid" 2>/dev/null || true  # it may have finished on a fast machine
    wait "$pid" 2>/dev/null || true
    no_partial_files "writing-$signal"
    resume "writing-$signal" "$signal"
  done

  ## SIGTERM removes its temporary files; SIGKILL cannot, but leaves only temporary names.
  [ -z "$(find waiting-TERM writing-TERM -name '*.tmp[0-9]*' 2>/dev/null)" ] && pass ||
    fail "$tool: SIGTERM left $(find waiting-TERM writing-TERM -name '*.tmp[0-9]*')"
  if [ "$tool" = split ]; then
    [ -n "$(find waiting-KILL -name 'index.tsv.tmp[0-9]*')" ] && pass ||
      fail "SIGKILL: the pending index should be left under its temporary name"
  fi
done

finish
