// SPDX-License-Identifier: MIT
// Gregorian calendar arithmetic and ISO 8601 dates, for dates and their writers (private).
#pragma once

#include <optional>
#include <string_view>

namespace jianbao::detail {

/// A date as far as it is known: month 0 or day 0 when not given (2017, 2017-12).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

inline bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// Days in `month` (1-12) of `year`; February of an unknown year (0) has 29.
inline int days_in_month(int year, int month) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && (year == 0 || is_leap_year(year)) ? 29 : days[month - 1];
}

/// The day after a full date.
CalendarDate next_day(CalendarDate date);

/// YYYY, YYYY-MM or YYYY-MM-DD naming a real date (year 0001-9999, a day the month has);
/// nullopt for anything else, XXXX years included.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

}  // namespace jianbao::detail
