// SPDX-License-Identifier: MIT
// iCalendar: all-day and timed events, TEXT escaping, folding at 75 octets, CRLF line ends.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "jianbao/events.hpp"
#include "jianbao/ics.hpp"

using namespace jianbao;

namespace {

Event event_on(const std::string& iso, const std::string& time = {}) {
  Event event;
  event.date.iso = iso;
  event.date.time = time;
  event.kind = "座谈会";
  event.title = "质量提升工作座谈会";
  event.sentence = "研究院召开质量提升工作座谈会。";
  return event;
}

std::string ics_of(const Event& event) {
  std::string out;
  REQUIRE(append_ics_event(out, event, "evt-1@jianbao", "20240101T000000Z"));
  return out;
}

/// The physical lines, without their CRLF; fails when a line does not end in CRLF.
std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < ics.size()) {
    const std::size_t crlf = ics.find("\r\n", begin);
    REQUIRE(crlf != std::string::npos);
    lines.push_back(ics.substr(begin, crlf - begin));
    begin = crlf + 2;
  }
  return lines;
}

/// The content lines: physical lines unfolded (a CRLF and one space removed).
std::vector<std::string> content_lines(const std::string& ics) {
  std::vector<std::string> lines;
  for (const std::string& line : physical_lines(ics)) {
    if (!line.empty() && line[0] == ' ' && !lines.empty())
      lines.back() += line.substr(1);
    else
      lines.push_back(line);
  }
  return lines;
}

bool has_line(const std::string& ics, const std::string& line) {
  for (const std::string& l : content_lines(ics))
    if (l == line) return true;
  return false;
}

/// The value of the first content line of `name` (before ':' or ';'); empty when none.
std::string property(const std::string& ics, const std::string& name) {
  for (const std::string& l : content_lines(ics))
    if (l.compare(0, name.size(), name) == 0 && (l[name.size()] == ':' || l[name.size()] == ';'))
      return l.substr(l.find(':') + 1);
  return {};
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

// ---- Dates ----

TEST_CASE("a day is an all-day event ending the next day", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-11-10"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20171110"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20171111"));
}

TEST_CASE("the day after the last of a month or a year is the next month or year",
          "[ics][calendar]") {
  CHECK(has_line(ics_of(event_on("2017-11-30")), "DTEND;VALUE=DATE:20171201"));
  CHECK(has_line(ics_of(event_on("2017-12-31")), "DTEND;VALUE=DATE:20180101"));
  CHECK(has_line(ics_of(event_on("2020-02-28")), "DTEND;VALUE=DATE:20200229"));
  CHECK(has_line(ics_of(event_on("2019-02-28")), "DTEND;VALUE=DATE:20190301"));
}

TEST_CASE("a month-only date spans the whole month", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-12"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20171201"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20180101"));
}

TEST_CASE("a range of days ends the day after its last day", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-11-02/2017-11-04"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20171102"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20171105"));
}

TEST_CASE("a range of months runs from the first month's start to the last month's end",
          "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2020-05/2020-06"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20200501"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20200701"));
}

TEST_CASE("a clock time gives a timed DTSTART and no DTEND", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-11-24", "15:00"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART:20171124T150000"));
  CHECK(property(ics, "DTEND").empty());
  CHECK(ics.find("VALUE=DATE") == std::string::npos);
}

TEST_CASE("a time of day as written (上午) leaves the event all-day", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-11-24", "上午"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20171124"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20171125"));
}

TEST_CASE("a clock time on a range leaves the event all-day over the range", "[ics][calendar]") {
  const std::string ics = ics_of(event_on("2017-11-02/2017-11-04", "09:30"));
  INFO(ics);
  CHECK(has_line(ics, "DTSTART;VALUE=DATE:20171102"));
  CHECK(has_line(ics, "DTEND;VALUE=DATE:20171105"));
}

TEST_CASE("a date without a year writes nothing and returns false", "[ics][calendar]") {
  std::string out = "BEGIN:VCALENDAR\r\n";
  const std::string before = out;
  CHECK_FALSE(append_ics_event(out, event_on("XXXX-09-05"), "evt-1@jianbao", "20240101T000000Z"));
  CHECK_FALSE(append_ics_event(out, event_on("XXXX-12-28/XXXX-01-03"), "evt-2@jianbao",
                               "20240101T000000Z"));
  CHECK(out == before);
}

TEST_CASE("a bare year has no place in a calendar", "[ics][calendar]") {
  std::string out;
  CHECK_FALSE(append_ics_event(out, event_on("2008"), "evt-1@jianbao", "20240101T000000Z"));
  CHECK(out.empty());
}

// ---- Properties ----

TEST_CASE("an event is one VEVENT with its uid, stamp, summary, place and kind",
          "[ics][calendar]") {
  Event event = event_on("2017-11-10");
  event.place = "研究院报告厅";
  const std::string ics = ics_of(event);
  INFO(ics);
  const auto lines = content_lines(ics);
  REQUIRE(lines.size() >= 2);
  CHECK(lines.front() == "BEGIN:VEVENT");
  CHECK(lines.back() == "END:VEVENT");
  CHECK(has_line(ics, "UID:evt-1@jianbao"));
  CHECK(has_line(ics, "DTSTAMP:20240101T000000Z"));
  CHECK(has_line(ics, "SUMMARY:质量提升工作座谈会"));
  CHECK(has_line(ics, "LOCATION:研究院报告厅"));
  CHECK(has_line(ics, "DESCRIPTION:研究院召开质量提升工作座谈会。"));
  CHECK(has_line(ics, "CATEGORIES:座谈会"));
}

TEST_CASE("without a title the summary is the kind, and without a place no LOCATION",
          "[ics][calendar]") {
  Event event = event_on("2017-11-10");
  event.title.clear();
  event.kind = "出台";
  const std::string ics = ics_of(event);
  INFO(ics);
  CHECK(has_line(ics, "SUMMARY:出台"));
  CHECK(ics.find("LOCATION") == std::string::npos);
}

TEST_CASE("commas, semicolons, backslashes and newlines are escaped in TEXT values",
          "[ics][calendar]") {
  Event event = event_on("2017-11-10");
  event.title = "质量,标准;计量\\检测";
  event.kind = "会议;研讨会";
  event.sentence = "第一行\n第二行\r\n第三行";
  const std::string ics = ics_of(event);
  INFO(ics);
  CHECK(has_line(ics, "SUMMARY:质量\\,标准\\;计量\\\\检测"));
  CHECK(has_line(ics, "CATEGORIES:会议\\;研讨会"));
  CHECK(has_line(ics, "DESCRIPTION:第一行\\n第二行\\n第三行"));
}

// ---- Lines ----

TEST_CASE("every line ends in CRLF and no bare CR or LF is written", "[ics][calendar]") {
  Event event = event_on("2017-11-10");
  event.sentence = "上午\n下午\r晚上";
  std::string ics;
  append_ics_header(ics, "1.2.3");
  REQUIRE(append_ics_event(ics, event, "evt-1@jianbao", "20240101T000000Z"));
  append_ics_footer(ics);
  REQUIRE(ics.size() >= 2);
  CHECK(ics.substr(ics.size() - 2) == "\r\n");
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\r') CHECK(ics[i + 1] == '\n');
    if (ics[i] == '\n') CHECK((i > 0 && ics[i - 1] == '\r'));
  }
}

TEST_CASE("long lines are folded at 75 octets, never inside a UTF-8 sequence", "[ics][calendar]") {
  // Mixed widths so the folds fall at every offset into a three-byte character.
  std::string sentence;
  for (int i = 0; i < 12; ++i)
    sentence += "2017年11月10日上午，研究院在东江国际会议中心召开第" + std::to_string(i) +
                "次质量提升工作座谈会，A" + std::string(static_cast<std::size_t>(i % 3), 'x') +
                "。";
  sentence += "𠀀𠀁";  // four-byte characters too
  Event event = event_on("2017-11-10");
  event.sentence = sentence;
  const std::string ics = ics_of(event);

  const auto lines = physical_lines(ics);
  std::size_t folded = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    INFO("line " << i << ": " << line);
    CHECK(line.size() <= 75);
    REQUIRE_FALSE(line.empty());
    if (line[0] == ' ') {
      ++folded;
      REQUIRE(line.size() > 1);
      CHECK_FALSE(is_continuation_byte(line[1]));
    }
    CHECK_FALSE(is_continuation_byte(line[0]));
    // A line is cut only where the next one could not have taken one more character.
    if (i + 1 < lines.size() && lines[i + 1][0] == ' ') {
      const auto lead = static_cast<unsigned char>(lines[i + 1][1]);
      const std::size_t next = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      CHECK(line.size() + next > 75);
    }
  }
  CHECK(folded > 5);
  CHECK(property(ics, "DESCRIPTION") == sentence);
}

TEST_CASE("a line of exactly 75 octets is not folded", "[ics][calendar]") {
  Event event = event_on("2017-11-10");
  event.sentence = std::string(75 - std::string("DESCRIPTION:").size(), 'a');
  const std::string ics = ics_of(event);
  CHECK(ics.find("\r\nDESCRIPTION:" + event.sentence + "\r\n") != std::string::npos);
  event.sentence += "b";
  const std::string longer = ics_of(event);
  CHECK(longer.find("\r\nDESCRIPTION:" + event.sentence.substr(0, 63) + "\r\n b\r\n") !=
        std::string::npos);
}

// ---- The calendar ----

TEST_CASE("the header opens a calendar with version, product and scale", "[ics][calendar]") {
  std::string out;
  append_ics_header(out, "1.2.3");
  CHECK(out ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jianbao//jianbao-list-events 1.2.3//ZH\r\n"
        "CALSCALE:GREGORIAN\r\n");
}

TEST_CASE("the footer closes the calendar", "[ics][calendar]") {
  std::string out = "X";
  append_ics_footer(out);
  CHECK(out == "XEND:VCALENDAR\r\n");
}

TEST_CASE("a calendar of two events has two VEVENTs between header and footer", "[ics][calendar]") {
  std::string ics;
  append_ics_header(ics, "0.1");
  REQUIRE(append_ics_event(ics, event_on("2017-11-10"), "a@jianbao", "20240101T000000Z"));
  CHECK_FALSE(append_ics_event(ics, event_on("XXXX-11-11"), "b@jianbao", "20240101T000000Z"));
  REQUIRE(append_ics_event(ics, event_on("2017-11-12", "14:30"), "c@jianbao", "20240101T000000Z"));
  append_ics_footer(ics);
  const auto lines = content_lines(ics);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  std::size_t begins = 0;
  std::size_t ends = 0;
  for (const std::string& l : lines) {
    begins += l == "BEGIN:VEVENT";
    ends += l == "END:VEVENT";
  }
  CHECK(begins == 2);
  CHECK(ends == 2);
  CHECK(has_line(ics, "UID:a@jianbao"));
  CHECK(has_line(ics, "UID:c@jianbao"));
  CHECK(has_line(ics, "DTSTART:20171112T143000"));
}
