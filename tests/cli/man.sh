#!/usr/bin/env bash
## Show that the man pages format without a warning, and that every long option a tool's
## --help prints is documented in its page (the drift check: the page is hand-written).
set -euo pipefail
: "${JIANBAO_BIN:?set JIANBAO_BIN to the directory of the built tools}"
: "${MAN_DIR:?set MAN_DIR to the man page directory}"

if ! command -v groff >/dev/null; then
  echo "SKIP: groff is not installed, so the man pages cannot be checked" >&2
  exit 77
fi

shopt -s nullglob
failures=0
pages=("$MAN_DIR"/*.[157])
if [ "${#pages[@]}" -eq 0 ]; then
  echo "FAIL: no man pages (*.1, *.5, *.7) in $MAN_DIR" >&2
  exit 1
fi

## groff -ww -z formats without output: anything it prints is a warning or an error.
for page in "${pages[@]}"; do
  messages=$(groff -man -ww -z "$page" 2>&1) || true
  if [ -n "$messages" ]; then
    echo "FAIL: groff -man -ww -z $(basename "$page") is not silent:" >&2
    printf '%s\n' "$messages" | sed 's/^/  /' >&2
    failures=$((failures + 1))
  fi
done

## Each tool with a page: every long option of --help appears in the page. roff writes a
## hyphen as \-, so the page is searched with \- turned back into -.
for tool in "$JIANBAO_BIN"/jianbao-*; do
  [ -f "$tool" ] && [ -x "$tool" ] || continue
  name=$(basename "$tool")
  page="$MAN_DIR/$name.1"
  if [ ! -f "$page" ]; then
    echo "note: $name has no man page $name.1" >&2
    continue
  fi
  if ! help=$("$tool" --help 2>&1); then
    echo "FAIL: $name --help exited with a non-zero status" >&2
    failures=$((failures + 1))
    continue
  fi
  text=$(sed 's/\\-/-/g' "$page")
  missing=()
  while read -r option; do
    # Not followed by a letter or hyphen, so --output is not found inside --output-dir.
    grep -qE -- "${option}([^a-z-]|\$)" <<<"$text" || missing+=("$option")
  done < <(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "FAIL: $name.1 does not document: ${missing[*]}" >&2
    failures=$((failures + 1))
  fi
done

[ "$failures" -eq 0 ]
