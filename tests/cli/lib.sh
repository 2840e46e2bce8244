# Shared by the CLI tests: tool paths, a scratch directory, and assertions that say what broke.
set -euo pipefail
: "${JIANBAO_BIN:?set JIANBAO_BIN to the directory of the built tools}"
: "${SAMPLES:?set SAMPLES to the samples directory}"
SPLIT="$JIANBAO_BIN/jianbao-split"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
failures=0
checks=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

pass() { checks=$((checks + 1)); }

# expect_status WANT DESCRIPTION -- COMMAND...: runs COMMAND, keeping stdout and stderr in
# $SCRATCH/out and $SCRATCH/err.
expect_status() {
  local want=$1 what=$2
  shift 3
  local got=0
  "$@" >"$SCRATCH/out" 2>"$SCRATCH/err" || got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$what: exit status $got, want $want"
    sed 's/^/  stderr: /' "$SCRATCH/err" | head -5 >&2
  else
    pass
  fi
}

# expect_in FILE TEXT DESCRIPTION: FILE contains TEXT (fixed string).
expect_in() {
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $(basename "$1")"; sed 's/^/  /' "$1" | head -5 >&2; fi
}

# expect_same FILE EXPECTED DESCRIPTION: byte-identical, else show the diff.
expect_same() {
  if diff -u "$2" "$1" >"$SCRATCH/diff"; then pass; else fail "$3"; head -20 "$SCRATCH/diff" >&2; fi
}

# require TOOL...: skips the test (status 77) unless every TOOL is installed.
require() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      echo "SKIP: $tool is not installed" >&2
      exit 77
    fi
  done
}

finish() {
  echo "$checks passed, $failures failed"
  [ "$failures" -eq 0 ]
}
