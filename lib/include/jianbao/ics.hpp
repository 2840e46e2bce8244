// SPDX-License-Identifier: MIT
// iCalendar (RFC 5545): events as a calendar file that calendar programs import.
#pragma once

#include <string>
#include <string_view>

#include "jianbao/events.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// BEGIN:VCALENDAR and the calendar's properties.
JIANBAO_EXPORT void append_ics_header(std::string& out, std::string_view product_version);

/// One VEVENT: all-day (DTSTART;VALUE=DATE) unless the event has a clock time; a month-only
/// date spans the month, a range its days. `uid` must be unique and stable for the event;
/// `stamp` is the DTSTAMP in UTC (YYYYMMDDTHHMMSSZ). Returns false, writing nothing, when the
/// date has no year (XXXX-09-05) and so no place in a calendar.
JIANBAO_EXPORT bool append_ics_event(std::string& out, const Event& event, std::string_view uid,
                                     std::string_view stamp);

/// END:VCALENDAR.
JIANBAO_EXPORT void append_ics_footer(std::string& out);

}  // namespace jianbao
