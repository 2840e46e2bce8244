// SPDX-License-Identifier: MIT
// Dates: the date and time expressions of a bulletin, normalised to ISO 8601.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/export.hpp"
#include "jianbao/passage.hpp"

namespace jianbao {

enum class DateKind {
  day,            ///< 2017年11月10日, 十二月二十四日, 次日 → 2017-11-10
  month,          ///< 2017年12月, 12月初, 12月下旬 → 2017-12
  year,           ///< 2008年, 二〇一七年 → 2008
  range,          ///< 11月2日至4日, 10月31日-12月31日 → 2017-11-02/2017-11-04
  academic_year,  ///< 2016-2017年度, 109學年度 → 2016/2017
};

/// "day", "month", "year", "range", "academic-year".
JIANBAO_EXPORT std::string_view date_kind_name(DateKind kind);

/// One date expression as written, with its ISO 8601 value.
struct DateMention {
  DateKind kind = DateKind::day;
  std::string text;  ///< as written, qualifiers and time of day included (12月初, 24日上午)
  /// YYYY-MM-DD, YYYY-MM or YYYY; an interval is START/END. A year the text does not give and
  /// nothing lets us infer is written "XXXX" (XXXX-09-05).
  std::string iso;
  std::string time;  ///< time of day: HH:MM for a clock time, else as written (上午, 晚); or empty
  bool year_inferred = false;  ///< the year comes from the bulletin's period or an earlier date
  /// 次日, 当天, 同日, or a day alone at a clause start (19日上午，): resolved against the
  /// article's last date.
  bool relative = false;
  std::size_t passage = 0;  ///< index of the passage it was found in
  std::size_t begin = 0;    ///< byte offsets into that passage's text
  std::size_t end = 0;
  std::size_t line = 0;  ///< source line of the expression
  std::size_t article = 0;

  /// The first day (or month, or year) of the value: the part of `iso` before any '/'.
  std::string_view start() const { return std::string_view(iso).substr(0, iso.find('/')); }
};

/// Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real date (2019-02-29 is not).
JIANBAO_EXPORT bool is_iso_date(std::string_view text);

/// What a bulletin tells about the dates it does not spell out.
struct DateContext {
  std::optional<Period> period;  ///< for years the text omits (9月21日 in a 2017 bulletin)
  bool minguo = false;           ///< years count from 1912 (民國110年, 110年 in Taiwan)
};

/// The context of a bulletin: its masthead period, and the Minguo calendar when the bulletin
/// writes 民國 or its masthead uses the traditional characters of Taiwanese institutions.
JIANBAO_EXPORT DateContext date_context(const Bulletin& bulletin);

/// Finds the date expressions of a bulletin's passages, in order. Expressions that look like
/// dates but are not (十九大, 24号文件, 2017级, ISO9000) are left out; bare year numbers count
/// only with 年 or as a 年度 range.
JIANBAO_EXPORT std::vector<DateMention> find_dates(const std::vector<Passage>& passages,
                                                   const DateContext& context);

}  // namespace jianbao
