// SPDX-License-Identifier: MIT
// iCalendar writer: CRLF lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values
// escaped as RFC 5545 section 3.3.11 says.
#include "jianbao/ics.hpp"

#include <fmt/format.h>

#include "detail/calendar.hpp"

namespace jianbao {
namespace {

using detail::days_in_month;

/// Appends one content line, folded: continuation lines start with a space.
void append_line(std::string& out, std::string_view line) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0)
      length = 4;
    else if (lead >= 0xE0)
      length = 3;
    else if (lead >= 0xC0)
      length = 2;
    length = std::min(length, line.size() - i);
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, length);
    width += length;
    i += length;
  }
  out += "\r\n";
}

std::string escaped_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out += c;
  }
  return out;
}

using Day = detail::CalendarDate;

/// A day or a month of the value (YYYY-MM-DD, YYYY-MM); nullopt for a bare or unknown year.
std::optional<Day> parse_day(std::string_view iso) {
  const std::optional<Day> day = detail::parse_iso_date(iso);
  return day && day->month != 0 ? day : std::nullopt;
}

/// The day after `last` (or after the month, when `last` has no day), as DTEND wants it.
Day day_after(Day last) {
  if (last.day != 0) return detail::next_day(last);
  return last.month == 12 ? Day{last.year + 1, 1, 1} : Day{last.year, last.month + 1, 1};
}

std::string ics_date(const Day& day) {
  return fmt::format("{:04}{:02}{:02}", day.year, day.month, day.day ? day.day : 1);
}

}  // namespace

void append_ics_header(std::string& out, std::string_view product_version) {
  append_line(out, "BEGIN:VCALENDAR");
  append_line(out, "VERSION:2.0");
  append_line(out, fmt::format("PRODID:-//jianbao//jianbao-list-events {}//ZH", product_version));
  append_line(out, "CALSCALE:GREGORIAN");
}

bool append_ics_event(std::string& out, const Event& event, std::string_view uid,
                      std::string_view stamp) {
  const std::string& iso = event.date.iso;
  const std::size_t slash = iso.find('/');
  const std::optional<Day> first = parse_day(std::string_view(iso).substr(0, slash));
  const std::optional<Day> last =
      slash == std::string::npos ? first : parse_day(std::string_view(iso).substr(slash + 1));
  if (!first || !last) return false;

  append_line(out, "BEGIN:VEVENT");
  append_line(out, fmt::format("UID:{}", uid));
  append_line(out, fmt::format("DTSTAMP:{}", stamp));
  const std::string& time = event.date.time;
  const bool clock =
      time.size() == 5 && time[2] == ':' && first->day != 0 && slash == std::string::npos;
  if (clock) {
    append_line(out, fmt::format("DTSTART:{}T{}{}00", ics_date(*first), time.substr(0, 2),
                                 time.substr(3, 2)));
  } else {
    append_line(out, fmt::format("DTSTART;VALUE=DATE:{}", ics_date(*first)));
    append_line(out, fmt::format("DTEND;VALUE=DATE:{}", ics_date(day_after(*last))));
  }
  const std::string& summary = !event.title.empty() ? event.title : event.kind;
  append_line(out, "SUMMARY:" + escaped_text(summary));
  if (!event.place.empty()) append_line(out, "LOCATION:" + escaped_text(event.place));
  append_line(out, "DESCRIPTION:" + escaped_text(event.sentence));
  if (!event.kind.empty()) append_line(out, "CATEGORIES:" + escaped_text(event.kind));
  append_line(out, "END:VEVENT");
  return true;
}

void append_ics_footer(std::string& out) {
  append_line(out, "END:VCALENDAR");
}

}  // namespace jianbao
