# Shared by the acceptance tests: the seed bulletin and its scorer from ../shared, or a skip
# (77) when they are absent, as on a user's clone; and a scratch directory.
set -euo pipefail
: "${JIANBAO_BIN:?}" "${SHARED:?}"
seed="$SHARED/seeds/000_975756b90d344b24.txt"
score="$SHARED/tools/score"
if [ ! -f "$seed" ] || [ ! -x "$score" ]; then
  echo "no ../shared with the seed bulletin and its scorer: skipped"
  exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
