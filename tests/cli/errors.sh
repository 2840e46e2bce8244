#!/usr/bin/env bash
## Show that bad inputs get a clear message and the right exit status, and that the other
## inputs of the same call are still processed.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
good="$SAMPLES/no-toc.txt"

: >empty.txt
expect_status 1 "empty file" -- "$SPLIT" empty.txt
expect_in err "jianbao-split: empty.txt: error: no bulletin found" "empty file message"

head -c 4096 /dev/urandom >binary.bin
printf '\0\1\2\3\0\0\0\0' >>binary.bin
expect_status 1 "binary file" -- "$SPLIT" binary.bin
expect_in err "binary.bin: error: binary input" "binary file message"

{ head -n 9 "$good"; printf 'bad byte \xff here\n'; tail -n +10 "$good"; } >invalid.txt
expect_status 0 "invalid UTF-8" -- "$SPLIT" invalid.txt
expect_in err "invalid.txt:10: warning: invalid UTF-8 sequence replaced by U+FFFD" "invalid UTF-8 message"
expect_in out $'bad byte \xef\xbf\xbd here' "replacement character in the output"

expect_status 0 "invalid UTF-8 with -q" -- "$SPLIT" -q invalid.txt
[ -s err ] && fail "-q still printed warnings" || pass

# A truncated GB18030 file: the sample ends with 。 CR LF; cutting 3 bytes leaves half of 。.
size=$(wc -c <"$SAMPLES/institute-gb18030.txt")
head -c $((size - 3)) "$SAMPLES/institute-gb18030.txt" >truncated.txt
expect_status 0 "truncated GB18030" -- "$SPLIT" truncated.txt
expect_in err "warning: truncated GB18030 sequence at end of input" "truncated GB18030 message"

# 50 MB on one line: processed as one paragraph, without a crash or a quadratic blow-up.
head -c 50000000 /dev/zero | tr '\0' 'x' >huge.txt
expect_status 0 "50 MB single line" -- timeout 120 "$SPLIT" huge.txt
[ "$(grep -vc $'\tencoding\t' out)" -eq 2 ] && pass || fail "50 MB line: want header and one record"

expect_status 1 "directory" -- "$SPLIT" "$SCRATCH"
expect_in err "jianbao-split: $SCRATCH: error: is a directory" "directory message"

expect_status 1 "missing file" -- "$SPLIT" missing.txt
expect_in err "jianbao-split: missing.txt: error: cannot open: No such file or directory" "missing file message"

## One bad file among good ones: status 1, message, and the good files' records all there.
expect_status 1 "bad among good" -- "$SPLIT" -q missing.txt "$good" empty.txt "$good"
[ "$(grep -c $'\ttitle\t' out)" -eq 4 ] && pass || fail "good files not all processed"
expect_in err "missing.txt: error" "bad among good names the missing file"
expect_in err "empty.txt: error" "bad among good names the empty file"

## A closed pipe ends quietly with status 0 (-q: the samples' warnings could race the close).
set +e
"$SPLIT" -q huge.txt "$SAMPLES"/*.txt 2>pipe-err | head -n 1 >/dev/null
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] && pass || fail "broken pipe: exit status $status, want 0"
[ -s pipe-err ] && fail "broken pipe printed: $(cat pipe-err)" || pass

finish
