// SPDX-License-Identifier: MIT
#include "detail/calendar.hpp"

namespace jianbao::detail {

CalendarDate next_day(CalendarDate date) {
  if (++date.day > days_in_month(date.year, date.month)) {
    date.day = 1;
    if (++date.month > 12) {
      date.month = 1;
      ++date.year;
    }
  }
  return date;
}

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  CalendarDate date;
  date.year = number(0, 4);
  if (date.year < 1) return std::nullopt;
  if (text.size() == 4) return date;
  date.month = text[4] == '-' ? number(5, 2) : -1;
  if (date.month < 1 || date.month > 12) return std::nullopt;
  if (text.size() == 7) return date;
  date.day = text[7] == '-' ? number(8, 2) : -1;
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
  return date;
}

}  // namespace jianbao::detail
