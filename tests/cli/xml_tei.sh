#!/usr/bin/env bash
## Show that jianbao-to-xml --tei writes TEI P5 that TEI's tei_all schema accepts, for every
## sample, the seed, and the dates and events the unit tests mark up; that it holds the
## paragraphs of the split stream; and that the stream gives the same TEI as the raw text.
## Skipped (77) when ../shared, which holds tei_all.rng, is absent.
source "$(dirname "$0")/lib.sh"
: "${UNIT_TESTS:?set UNIT_TESTS to the unit test binary}"
TO_XML="$JIANBAO_BIN/jianbao-to-xml"
tei_all="${SHARED:-}/schemas/tei_all.rng"
if [ ! -f "$tei_all" ]; then
  echo "no ../shared with schemas/tei_all.rng: skipped"
  exit 77
fi
require xmllint python3
cd "$SAMPLES"

inputs=(*.txt)
seed="$SHARED/seeds/000_975756b90d344b24.txt"
[ -f "$seed" ] && inputs+=("$seed")
mkdir "$SCRATCH/tei"
for input in "${inputs[@]}"; do
  name=$(basename "$input" .txt)
  expect_status 0 "--tei $name" -- "$TO_XML" -q --tei "$input"
  cp "$SCRATCH/out" "$SCRATCH/tei/$name.xml"
  "$SPLIT" -q "$input" >"$SCRATCH/$name.tsv"
  python3 "$(dirname "$0")/xml_blocks.py" --tei "$SCRATCH/tei/$name.xml" "$SCRATCH/$name.tsv" &&
    pass || fail "TEI of $name does not hold the paragraphs of the stream"
  ## From the stream: the same bytes, the source's encoding included.
  expect_status 0 "--tei $name via the stream" -- "$TO_XML" -q --tei "$SCRATCH/$name.tsv"
  expect_same "$SCRATCH/out" "$SCRATCH/tei/$name.xml" "$name: raw text and stream give different TEI"
done
expect_status 0 "--tei, two inputs" -- "$TO_XML" -q --tei no-toc.txt two-bulletins.txt
cp "$SCRATCH/out" "$SCRATCH/tei/two-inputs.xml"
JIANBAO_XML_DIR="$SCRATCH/tei" "$UNIT_TESTS" "[.xml-documents]" >/dev/null && pass ||
  fail "the unit tests did not write the annotated documents"
rm -f "$SCRATCH/tei/annotated.xml"  # our vocabulary; xml.sh checks it

## One xmllint run for all: compiling tei_all takes seconds.
if xmllint --noout --relaxng "$tei_all" "$SCRATCH"/tei/*.xml 2>"$SCRATCH/lint"; then pass; else
  fail "not valid against tei_all.rng:"
  grep -v validates "$SCRATCH/lint" | head -5 >&2
fi

finish
