#!/usr/bin/env bash
## Show that jianbao-list-events gives the expected events and date expressions on every
## sample, the same from raw text and from the split stream; that its JSON Lines and iCalendar
## outputs parse back; and that --since/--until filter as documented.
source "$(dirname "$0")/lib.sh"
EVENTS="$JIANBAO_BIN/jianbao-list-events"
cd "$SAMPLES"

for sample in *.txt; do
  name=${sample%.txt}
  "$SPLIT" -q "$sample" >"$SCRATCH/stream.tsv"
  for mode in events dates; do
    flag=(); [ "$mode" = dates ] && flag=(--dates)
    expect_status 0 "$mode of $sample" -- "$EVENTS" -q "${flag[@]}" "$sample"
    expect_same "$SCRATCH/out" "expected/$name.$mode.tsv" "$mode of $sample"
    expect_status 0 "$mode of $sample via the stream" -- "$EVENTS" -q "${flag[@]}" "$SCRATCH/stream.tsv"
    expect_same "$SCRATCH/out" "expected/$name.$mode.tsv" "$mode of $sample via the stream"
  done
done

## JSON Lines: one valid object per event, the same events as the TSV.
expect_status 0 "--format jsonl" -- "$EVENTS" -q --format jsonl university-forum.txt
python3 - "$SCRATCH/out" expected/university-forum.events.tsv <<'PY' && pass || fail "jsonl events differ from tsv"
import csv, json, sys
got = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
want = list(csv.DictReader(open(sys.argv[2], encoding="utf-8"), delimiter="\t"))
assert len(got) == len(want), (len(got), len(want))
for g, w in zip(got, want):
    assert (g["date"], g["kind"], g["place"], str(g["line"])) == (w["date"], w["kind"], w["place"], w["line"]), (g, w)
PY

## iCalendar: CRLF lines of at most 75 octets; one VEVENT per event; all-day events where no
## clock time is given; read back by a real iCalendar library when Debian's is installed.
export SOURCE_DATE_EPOCH=1700000000
expect_status 0 "--format ics" -- "$EVENTS" -q --format ics university-forum.txt two-bulletins.txt
cp "$SCRATCH/out" "$SCRATCH/calendar.ics"
events=$(($(wc -l <expected/university-forum.events.tsv) + $(wc -l <expected/two-bulletins.events.tsv) - 2))
[ "$(grep -c $'^BEGIN:VEVENT\r$' "$SCRATCH/calendar.ics")" -eq "$events" ] && pass ||
  fail "ics: one VEVENT per event ($events)"
[ "$(grep -vc $'\r$' "$SCRATCH/calendar.ics")" -eq 0 ] && pass || fail "ics: every line ends in CRLF"
[ "$(LC_ALL=C awk '{ if (length($0) > 76) n++ } END { print n + 0 }' "$SCRATCH/calendar.ics")" -eq 0 ] &&
  pass || fail "ics: a line longer than 75 octets"
expect_in "$SCRATCH/calendar.ics" $'DTSTART;VALUE=DATE:20190312\r' "ics all-day start"
expect_in "$SCRATCH/calendar.ics" $'DTEND;VALUE=DATE:20180326\r' "ics range ends the day after"
expect_in "$SCRATCH/calendar.ics" $'DTSTAMP:20231114T221320Z\r' "ics DTSTAMP from SOURCE_DATE_EPOCH"
"$EVENTS" -q --format ics university-forum.txt two-bulletins.txt >"$SCRATCH/again.ics"
expect_same "$SCRATCH/again.ics" "$SCRATCH/calendar.ics" "ics is reproducible"
if /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  /usr/bin/python3 - "$SCRATCH/calendar.ics" "$events" <<'PY' && pass || fail "icalendar cannot read the file"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = cal.walk("VEVENT")
assert len(events) == int(sys.argv[2]), len(events)
assert len({str(e["UID"]) for e in events}) == len(events), "UIDs not unique"
first = events[0]
assert str(first["SUMMARY"]) == "第三届长三角标准化创新高峰论坛", first["SUMMARY"]
assert first.decoded("DTSTART").isoformat() == "2019-03-12"
assert str(first["LOCATION"]) == "学校思源会堂"
PY
else
  echo "note: Debian's python3-icalendar is not installed; the file was checked structurally only"
fi

## --since / --until keep the dates that overlap the bounds, at the precision both give.
expect_status 0 "--since/--until" -- "$EVENTS" -q --no-header --since 2019-04 --until 2019-04-20 university-forum.txt
[ "$(cut -f1 "$SCRATCH/out" | tr '\n' ' ')" = "2019-04 2019-04-17 " ] && pass ||
  fail "--since 2019-04 --until 2019-04-20 kept: $(cut -f1 "$SCRATCH/out" | tr '\n' ' ')"
expect_status 0 "--since with a range" -- "$EVENTS" -q --no-header --dates --since 2018-03-25 --until 2018-03-25 two-bulletins.txt
[ "$(cut -f2 "$SCRATCH/out" | tr '\n' ' ')" = "2018 2018-03-01/2018-04-30 2018-03-24/2018-03-25 " ] &&
  pass || fail "the year, the period and the range around 2018-03-25 are kept: $(cut -f2 "$SCRATCH/out" | tr '\n' ' ')"
expect_status 2 "bad --since" -- "$EVENTS" --since 2019-4 university-forum.txt
expect_in "$SCRATCH/err" "jianbao-list-events: error: --since: expected YYYY, YYYY-MM or YYYY-MM-DD" "bad --since message"
expect_status 2 "--dates with ics" -- "$EVENTS" --dates --format ics university-forum.txt
expect_in "$SCRATCH/err" "--dates cannot go with --format ics" "--dates with ics message"

## --lexicon adds event nouns and verbs: a made-up ceremony becomes an event of its kind.
printf '某单位\n\n工作简报\n\n第1期\n\n某单位举行植树仪典\n\n2021年3月12日，某单位职工在后山举行植树仪典。\n' >"$SCRATCH/tree.txt"
printf 'event-noun 植树仪典\n' >"$SCRATCH/nouns.txt"
expect_status 0 "--lexicon event-noun" -- "$EVENTS" -q --no-header --lexicon "$SCRATCH/nouns.txt" "$SCRATCH/tree.txt"
[ "$(cut -f1,4,5 "$SCRATCH/out")" = $'2021-03-12\t后山\t植树仪典' ] && pass ||
  fail "--lexicon event noun: got $(cut -f1,4,5 "$SCRATCH/out")"
printf 'event 植树\n' >"$SCRATCH/bad.txt"
expect_status 2 "malformed --lexicon" -- "$EVENTS" --lexicon "$SCRATCH/bad.txt" "$SCRATCH/tree.txt"
expect_in "$SCRATCH/err" "bad.txt:1: error: expected 'KIND WORD'" "malformed lexicon message"

## Bad input: reported, the other files still processed, status 1.
: >"$SCRATCH/empty.txt"
expect_status 1 "empty among good" -- "$EVENTS" -q "$SCRATCH/empty.txt" no-toc.txt
expect_in "$SCRATCH/err" "empty.txt: error: no bulletin found" "empty input message"
expect_same "$SCRATCH/out" expected/no-toc.events.tsv "good file processed after a bad one"

finish
