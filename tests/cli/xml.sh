#!/usr/bin/env bash
## Show that jianbao-to-xml writes what its schema (lib/data/jianbao.rng) accepts, holding every
## block and repair of the split stream exactly; the same from raw text and from the stream,
## byte for byte on every run; and one file per source, written atomically, with -o DIR.
source "$(dirname "$0")/lib.sh"
: "${DATA_DIR:?set DATA_DIR to lib/data}" "${UNIT_TESTS:?set UNIT_TESTS to the unit test binary}"
TO_XML="$JIANBAO_BIN/jianbao-to-xml"
SCHEMA="$DATA_DIR/jianbao.rng"
BLOCKS="$(dirname "$0")/xml_blocks.py"
require xmllint python3
cd "$SAMPLES"

# valid FILE...: the schema accepts every file.
valid() {
  if xmllint --noout --relaxng "$SCHEMA" "$@" 2>"$SCRATCH/lint"; then pass; else
    fail "not valid against jianbao.rng: $(grep -v validates "$SCRATCH/lint" | head -3)"
  fi
}

# The sample bulletins, and the seed from ../shared when it is there.
inputs=(*.txt)
seed="${SHARED:-}/seeds/000_975756b90d344b24.txt"
[ -f "$seed" ] && inputs+=("$seed")
mkdir "$SCRATCH/xml"
for input in "${inputs[@]}"; do
  name=$(basename "$input" .txt)
  expect_status 0 "$name" -- "$TO_XML" -q "$input"
  cp "$SCRATCH/out" "$SCRATCH/xml/$name.xml"
  [ -f "expected/$name.xml" ] && expect_same "$SCRATCH/out" "expected/$name.xml" "XML of $name"
  ## Every block and repair of the stream, in order, its text exact once the markup is removed.
  "$SPLIT" -q "$input" >"$SCRATCH/$name.tsv"
  python3 "$BLOCKS" "$SCRATCH/xml/$name.xml" "$SCRATCH/$name.tsv" && pass ||
    fail "XML of $name does not hold the blocks of the stream"
  ## A second run writes the same bytes.
  "$TO_XML" -q "$input" | cmp -s - "$SCRATCH/xml/$name.xml" && pass || fail "$name: two runs differ"
  ## The stream gives the same XML, byte for byte: it records the source's encoding too.
  expect_status 0 "$name via the stream" -- "$TO_XML" -q "$SCRATCH/$name.tsv"
  expect_same "$SCRATCH/out" "$SCRATCH/xml/$name.xml" "$name: raw text and stream give different XML"
done
valid "$SCRATCH"/xml/*.xml

expect_status 0 "--tei" -- "$TO_XML" -q --tei county-training.txt
expect_same "$SCRATCH/out" expected/county-training.tei.xml "TEI of county-training"
expect_status 0 "--format tei" -- "$TO_XML" -q --format tei county-training.txt
expect_same "$SCRATCH/out" expected/county-training.tei.xml "--format tei is --tei"

## Dates and events, made by the unit tests, are valid too.
JIANBAO_XML_DIR="$SCRATCH" "$UNIT_TESTS" "[.xml-documents]" >/dev/null && pass ||
  fail "the unit tests did not write the annotated documents"
valid "$SCRATCH/annotated.xml"

## --no-entities: the same blocks, no person markup and no list of people.
expect_status 0 "--no-entities" -- "$TO_XML" -q --no-entities university-forum.txt
grep -q -e '<person' -e '<listPerson' "$SCRATCH/out" && fail "--no-entities left people" || pass
python3 "$BLOCKS" "$SCRATCH/out" "$SCRATCH/university-forum.tsv" && pass ||
  fail "--no-entities changed the blocks"
valid "$SCRATCH/out"

## Several inputs and bulletins make one document, identifiers numbered through it.
expect_status 0 "two inputs" -- "$TO_XML" -q no-toc.txt two-bulletins.txt
[ "$(grep -o '<bulletin id="b[0-9]*"' "$SCRATCH/out" | tr '\n' ' ')" = \
  '<bulletin id="b1" <bulletin id="b2" <bulletin id="b3" ' ] && pass ||
  fail "two inputs: bulletins b1 b2 b3 wanted"
valid "$SCRATCH/out"
cp "$SCRATCH/out" "$SCRATCH/two-inputs.xml"
expect_status 0 "-o FILE" -- "$TO_XML" -q -o "$SCRATCH/all.xml" no-toc.txt two-bulletins.txt
expect_same "$SCRATCH/all.xml" "$SCRATCH/two-inputs.xml" "-o FILE holds what stdout would"

## -o DIR/: one document per source, named after it; stdin is stdin.xml.
expect_status 0 "-o DIR/" -- "$TO_XML" -q -o "$SCRATCH/dir/" no-toc.txt two-bulletins.txt
[ "$(LC_ALL=C ls "$SCRATCH/dir" | tr '\n' ' ')" = "no-toc.xml two-bulletins.xml " ] && pass ||
  fail "-o DIR/: $(ls "$SCRATCH/dir")"
expect_same "$SCRATCH/dir/no-toc.xml" "$SCRATCH/xml/no-toc.xml" "-o DIR/: no-toc.xml"
expect_same "$SCRATCH/dir/two-bulletins.xml" "$SCRATCH/xml/two-bulletins.xml" \
  "-o DIR/: two-bulletins.xml numbers its own bulletins"
[ -z "$(find "$SCRATCH/dir" -name '*.tmp*')" ] && pass || fail "temporary files left"
expect_status 0 "-o DIR/ from stdin" -- "$TO_XML" -q -o "$SCRATCH/dir/" - <no-toc.txt
sed 's/source="no-toc.txt"/source="-"/' "$SCRATCH/xml/no-toc.xml" >"$SCRATCH/want"
expect_same "$SCRATCH/dir/stdin.xml" "$SCRATCH/want" "-o DIR/: stdin.xml"

## Bulletins are converted on several threads; numbering and order do not depend on how many.
expect_status 0 "-j 1" -- "$TO_XML" -q -j 1 ./*.txt two-bulletins.txt
cp "$SCRATCH/out" "$SCRATCH/one-thread.xml"
expect_status 0 "-j 4" -- "$TO_XML" -q -j 4 ./*.txt two-bulletins.txt
expect_same "$SCRATCH/out" "$SCRATCH/one-thread.xml" "-j 4 writes what -j 1 writes"
"$TO_XML" -q -j 1 -o "$SCRATCH/dir-1/" ./*.txt two-bulletins.txt
"$TO_XML" -q -j 4 -o "$SCRATCH/dir-4/" ./*.txt two-bulletins.txt
diff -r "$SCRATCH/dir-1" "$SCRATCH/dir-4" >/dev/null && pass || fail "-o DIR/: -j 4 differs from -j 1"

## An existing directory needs no '/'; one document per input, a stream's too, named after the
## input; two inputs with one name do not overwrite each other.
mkdir "$SCRATCH/existing"
"$SPLIT" -q no-toc.txt >"$SCRATCH/no-toc.tsv"
expect_status 0 "-o DIR, a stream and two inputs of one name" -- \
  "$TO_XML" -q -o "$SCRATCH/existing" "$SCRATCH/no-toc.tsv" no-toc.txt "$SAMPLES/no-toc.txt"
[ "$(LC_ALL=C ls "$SCRATCH/existing" | tr '\n' ' ')" = "no-toc-2.xml no-toc-3.xml no-toc.xml " ] &&
  pass || fail "-o DIR, one document per input: $(ls "$SCRATCH/existing")"
expect_same "$SCRATCH/existing/no-toc.xml" "$SCRATCH/xml/no-toc.xml" "-o DIR from a stream"
expect_same "$SCRATCH/existing/no-toc-2.xml" "$SCRATCH/xml/no-toc.xml" "-o DIR, the same name twice"

## --skip-existing leaves the documents there alone and converts the rest.
rm "$SCRATCH/existing/no-toc-2.xml"
echo stale >"$SCRATCH/existing/no-toc-3.xml"
expect_status 0 "--skip-existing" -- \
  "$TO_XML" -q --skip-existing -o "$SCRATCH/existing" "$SCRATCH/no-toc.tsv" no-toc.txt "$SAMPLES/no-toc.txt"
expect_same "$SCRATCH/existing/no-toc-2.xml" "$SCRATCH/xml/no-toc.xml" "--skip-existing converts what is missing"
[ "$(cat "$SCRATCH/existing/no-toc-3.xml")" = stale ] && pass || fail "--skip-existing rewrote a document"
expect_status 2 "--skip-existing without a directory" -- "$TO_XML" --skip-existing no-toc.txt

## Usage: --tei with --format, and the options that have no meaning for XML.
expect_status 2 "--tei --format xml" -- "$TO_XML" --tei --format xml no-toc.txt
expect_status 2 "--no-header" -- "$TO_XML" --no-header no-toc.txt

## A bad input is reported; the document stays well-formed and valid.
: >"$SCRATCH/empty.txt"
expect_status 1 "empty input" -- "$TO_XML" -q "$SCRATCH/empty.txt"
expect_in "$SCRATCH/err" "empty.txt: error: no bulletin found" "empty input message"
valid "$SCRATCH/out"

finish
