// SPDX-License-Identifier: MIT
// Gregorian calendar arithmetic for dates and their writers (private).
#pragma once

namespace jianbao::detail {

inline bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// Days in `month` (1-12) of `year`; February of an unknown year (0) has 29.
inline int days_in_month(int year, int month) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && (year == 0 || is_leap_year(year)) ? 29 : days[month - 1];
}

}  // namespace jianbao::detail
