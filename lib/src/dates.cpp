// SPDX-License-Identifier: MIT
// Dates: a hand-written scanner for the ways Chinese officialese writes dates (2017年11月10日,
// 十二月二十四日, 12月初, 11月2日至4日, 2016-2017年度, 民國75年), then a pass that fills in
// the years the text leaves out and resolves 次日 and 当天.
#include "jianbao/dates.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

#include "detail/calendar.hpp"
#include "detail/passage_text.hpp"
#include "detail/utf8.hpp"

namespace jianbao {
namespace {

using detail::days_in_month;

using Chars = detail::CodePoints;

constexpr int minguo_offset = 1911;

/// A number as dates write it, and where it ends.
struct Number {
  int value = 0;
  int digits = 0;  ///< digits written (二〇一七 has four)
  std::size_t end = 0;
};

int chinese_digit(char32_t c) {
  switch (c) {  // asked of nearly every character: a jump, not a search
    case U'〇':
    case U'零':
    case U'○':
    case U'Ｏ':
    case U'О':
      return 0;
    case U'一':
      return 1;
    case U'二':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int arabic_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

/// Digits one by one from `i`, as `digit` reads them (-1 for none), at most four: longer runs
/// are phone numbers and amounts, never dates.
template <typename Digit>
std::optional<Number> read_digits(const Chars& chars, std::size_t i, Digit digit) {
  Number n;
  for (n.end = i; digit(chars.at(n.end)) >= 0; ++n.end, ++n.digits) {
    if (n.digits == 4) return std::nullopt;
    n.value = n.value * 10 + digit(chars.at(n.end));
  }
  if (n.digits == 0) return std::nullopt;
  return n;
}

/// Arabic digits (ASCII or full width), or Chinese digits written one by one (二〇一七), or a
/// Chinese number up to 99 (十二, 二十四, 三十一).
std::optional<Number> read_number(const Chars& chars, std::size_t i) {
  if (arabic_digit(chars.at(i)) >= 0) return read_digits(chars, i, arabic_digit);
  std::optional<Number> n;
  if (chars.at(i) == U'十') {
    n = Number{1, 1, i};  // 十 is 一十
  } else {
    n = read_digits(chars, i, chinese_digit);
    if (!n || n->digits > 1 || chars.at(n->end) != U'十') return n;
  }
  n->value *= 10;  // 十, 十二, 二十, 三十一
  n->digits = 2;
  if (const int units = chinese_digit(chars.at(++n->end)); units > 0) {
    n->value += units;
    ++n->end;
  }
  return n;
}

bool is_digit_like(char32_t c) {
  return arabic_digit(c) >= 0 || chinese_digit(c) >= 0 || c == U'十';
}

/// Spaces that PDF extraction puts between digits and characters (2017 年 11 月).
std::size_t skip_space(const Chars& chars, std::size_t i) {
  return chars.at(i) == U' ' || chars.at(i) == U'\u3000' ? i + 1 : i;
}

bool is_range_separator(char32_t c) {
  return std::u32string_view(U"-－—–―~～至到").find(c) != std::u32string_view::npos;
}

/// A calendar point as far as the text gives it: year 0, month 0 or day 0 when not written.
using Point = detail::CalendarDate;

std::string iso(const Point& p) {
  const std::string year = p.year > 0 ? fmt::format("{:04}", p.year) : "XXXX";
  if (p.month == 0) return year;
  if (p.day == 0) return fmt::format("{}-{:02}", year, p.month);
  return fmt::format("{}-{:02}-{:02}", year, p.month, p.day);
}

/// Days since 0000-03-01 of a full date, for differences and day arithmetic.
long day_number(const Point& p) {
  const int y = p.month <= 2 ? p.year - 1 : p.year;
  const int m = p.month <= 2 ? p.month + 9 : p.month - 3;
  return 365L * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + p.day - 1;
}

/// Qualifiers that narrow a month or a year without giving a day (初, 上旬, 年底 …).
constexpr std::array<std::u32string_view, 9> month_parts = {
    U"初", U"上旬", U"中旬", U"下旬", U"底", U"末", U"中下旬", U"上中旬", U"份"};
constexpr std::array<std::u32string_view, 6> year_parts = {U"初",     U"底",     U"末",
                                                           U"上半年", U"下半年", U"度"};
constexpr std::array<std::u32string_view, 14> day_times = {
    U"上午", U"下午", U"中午", U"晚上", U"晚间", U"晚",   U"早上",
    U"早晨", U"凌晨", U"傍晚", U"夜间", U"全天", U"深夜", U"夜"};
constexpr std::array<std::u32string_view, 4> academic_year_words = {U"年度", U"学年度", U"學年度",
                                                                    U"学年"};
constexpr std::array<std::u32string_view, 8> relative_days = {U"次日", U"翌日", U"第二天", U"当天",
                                                              U"当日", U"同日", U"同一天", U"是日"};
constexpr std::array<std::u32string_view, 2> minguo_words = {U"民国", U"民國"};

/// One expression found by the scanner, before years are filled in.
struct Found {
  DateKind kind = DateKind::day;
  Point start;
  Point end;                       ///< ranges only
  bool relative_next_day = false;  ///< 次日: the day after the anchor
  int bare_day = 0;                ///< 19日 written alone: that day after the anchor
  bool relative = false;
  std::size_t begin = 0;
  std::size_t finish = 0;
  std::string time;
};

/// The first character of every expression: a digit, 民 of 民国, or a relative day's. A table,
/// since the scanner asks for every character of every passage.
bool may_start_expression(char32_t c) {
  static const std::vector<bool> starts = [] {
    std::vector<bool> table(0x10000, false);
    for (char32_t d = 0; d < table.size(); ++d) table[d] = is_digit_like(d);
    for (char32_t d : std::u32string_view(U"民次翌第当同是")) table[d] = true;
    return table;
  }();
  return c < starts.size() && starts[c];
}

class Scanner {
 public:
  Scanner(const Chars& chars, bool minguo) : chars_(chars), minguo_(minguo) {}

  std::vector<Found> scan() const {
    std::vector<Found> found;
    const std::size_t size = chars_.text.size();
    for (std::size_t i = 0; i < size;) {
      if (!may_start_expression(chars_.at(i))) {  // most characters: digits start expressions
        ++i;
        continue;
      }
      std::optional<Found> f = expression_at(i);
      if (f) {
        i = f->finish;
        found.push_back(std::move(*f));
      } else if (is_digit_like(chars_.at(i))) {
        while (i < size && is_digit_like(chars_.at(i))) ++i;  // not inside a number
      } else {
        ++i;
      }
    }
    return found;
  }

 private:
  std::optional<Found> expression_at(std::size_t i) const {
    if (chars_.word_at(i, relative_days).size()) return relative_at(i);
    bool minguo = minguo_;
    std::size_t j = i;
    if (const auto w = chars_.word_at(i, minguo_words); !w.empty()) {
      minguo = true;
      j += w.size();
    }
    if (!is_digit_like(chars_.at(j))) return std::nullopt;
    if (auto years = year_range_at(i, j, minguo)) return years;
    std::size_t end = 0;
    const std::optional<Point> start = point_at(j, minguo, Point{}, end);
    if (!start) return j == i ? bare_day_at(i) : std::nullopt;
    Found f;
    f.begin = i;
    f.start = *start;
    f.kind = start->day ? DateKind::day : start->month ? DateKind::month : DateKind::year;
    end = read_parts(end, f);
    if (auto range_end = range_end_at(end, *start, minguo, f)) {
      f.kind = DateKind::range;
      f.end = *range_end;
    }
    if (f.kind == DateKind::day || f.kind == DateKind::range) f.finish = read_time(f.finish, f);
    return f;
  }

  /// 18日上午，… 19日，…: a day alone at the start of a clause, in the month of the article's
  /// last date (or the next, when it counts back). Elsewhere a day alone is too often
  /// something else (每月15日, 24日电).
  std::optional<Found> bare_day_at(std::size_t i) const {
    const char32_t before = i > 0 ? chars_.at(i - 1) : U'。';
    if (std::u32string_view(U"。；，：;,:").find(before) == std::u32string_view::npos)
      return std::nullopt;
    const auto day = read_number(chars_, i);
    if (!day || day->digits > 2 || day->value < 1 || day->value > 31 ||
        chars_.at(day->end) != U'日')
      return std::nullopt;
    const char32_t after = chars_.at(day->end + 1);
    if (after != U'，' && after != U',' && chars_.word_at(day->end + 1, day_times).empty())
      return std::nullopt;
    Found f;
    f.begin = i;
    f.relative = true;
    f.bare_day = day->value;
    f.finish = read_time(day->end + 1, f);
    return f;
  }

  /// 次日, 当天: resolved later against the last date of the article.
  std::optional<Found> relative_at(std::size_t i) const {
    const std::u32string_view word = chars_.word_at(i, relative_days);
    // 此次日程, 每次日均, 两次日: 次 counts occasions there, and 日 begins another word.
    if (word == U"次日" && i > 0 &&
        (is_digit_like(chars_.at(i - 1)) ||
         std::u32string_view(U"本此这這该該每首上下各多几幾两兩").find(chars_.at(i - 1)) !=
             std::u32string_view::npos))
      return std::nullopt;
    Found f;
    f.begin = i;
    f.relative = true;
    f.relative_next_day = word == U"次日" || word == U"翌日" || word == U"第二天";
    f.finish = read_time(i + word.size(), f);
    return f;
  }

  /// 2016-2017年度, 2016—2017学年, 109學年度: spans of years. Not 至 or 到, which join
  /// counts of years (3至5年).
  std::optional<Found> year_range_at(std::size_t begin, std::size_t j, bool minguo) const {
    const auto first = read_number(chars_, j);
    if (!first) return std::nullopt;
    Found f;
    f.begin = begin;
    std::size_t k = skip_space(chars_, first->end);
    if (is_range_separator(chars_.at(k)) && chars_.at(k) != U'至' && chars_.at(k) != U'到') {
      const auto second = read_number(chars_, skip_space(chars_, k + 1));
      if (!second) return std::nullopt;
      k = skip_space(chars_, second->end);
      const std::u32string_view word = chars_.word_at(k, academic_year_words);
      const bool plain_years = word.empty() && chars_.at(k) == U'年' && chars_.at(k + 1) != U'代';
      const int y1 = year_value(*first, minguo);
      const int y2 = year_value(*second, minguo);
      if ((word.empty() && !plain_years) || y1 == 0 || y2 <= y1 || y2 - y1 > 10)
        return std::nullopt;
      // 3-5年内 in a Minguo text counts years, as 10年来 does.
      if (plain_years && is_not_a_year(second->digits, chars_.at(k + 1))) return std::nullopt;
      f.kind = plain_years ? DateKind::range : DateKind::academic_year;
      f.start.year = y1;
      f.end.year = y2;
      f.finish = k + (plain_years ? 1 : word.size());
      return f;
    }
    // A single academic year (109學年度, 2017学年度) runs into the next calendar year.
    const std::u32string_view word = chars_.word_at(k, academic_year_words);
    if (word.size() < 3 && word != U"学年") return std::nullopt;
    const int year = year_value(*first, minguo);
    if (year == 0) return std::nullopt;
    f.kind = DateKind::academic_year;
    f.start.year = year;
    f.end.year = year + 1;
    f.finish = k + word.size();
    return f;
  }

  /// A year as written before 年: four digits, or a Minguo year; 0 when it is a count of
  /// years (5年, 三十年) rather than a year.
  static int year_value(const Number& n, bool minguo) {
    if (n.digits == 4 && n.value >= 1000 && n.value <= 2199) return n.value;
    if (minguo && n.digits <= 3 && n.value >= 1 && n.value <= 200) return n.value + minguo_offset;
    return 0;
  }

  /// 1990年代 is a decade, 2017年级 a cohort, and in a Minguo text 10年来 or 30年间 a count of
  /// years, not the year 1921 or 1941.
  static bool is_not_a_year(int digits, char32_t next) {
    if (next == U'代' || next == U'级' || next == U'級') return true;
    return digits < 4 &&
           std::u32string_view(U"来來内內间間多后後前以左").find(next) != std::u32string_view::npos;
  }

  /// Year, month and day from `j`; `inherited` supplies the year and month a range's second
  /// half leaves out (11月2日至4日). Sets `end` past what was read.
  std::optional<Point> point_at(std::size_t j, bool minguo, const Point& inherited,
                                std::size_t& end) const {
    Point p;
    auto number = read_number(chars_, j);
    if (!number) return std::nullopt;
    std::size_t k = skip_space(chars_, number->end);
    if (chars_.at(k) == U'年') {
      p.year = year_value(*number, minguo);
      if (p.year == 0 || is_not_a_year(number->digits, chars_.at(k + 1))) return std::nullopt;
      end = k + 1;
      const std::size_t m = skip_space(chars_, k + 1);
      number = is_digit_like(chars_.at(m)) ? read_number(chars_, m) : std::nullopt;
      if (!number) return p;
      k = skip_space(chars_, number->end);
      if (chars_.at(k) != U'月') return p;
    } else if (numeric_date_at(*number, k, p, end)) {
      return p;
    }
    if (chars_.at(k) == U'月') {
      if (number->value < 1 || number->value > 12 || number->digits > 2) return std::nullopt;
      p.month = number->value;
      end = k + 1;
    } else if ((chars_.at(k) == U'日' || chars_.at(k) == U'号' || chars_.at(k) == U'號') &&
               inherited.month) {
      p.month = inherited.month;  // the 4日 of 11月2日至4日
      end = j;
    } else {
      return std::nullopt;
    }
    if (p.year == 0) p.year = inherited.year;
    const std::size_t d = skip_space(chars_, end);
    if (const auto day = read_number(chars_, d)) {
      const std::size_t unit = skip_space(chars_, day->end);
      const char32_t c = chars_.at(unit);
      if ((c == U'日' || c == U'号' || c == U'號') && day->digits <= 2 && day->value >= 1 &&
          day->value <= days_in_month(p.year, p.month)) {
        p.day = day->value;
        end = unit + 1;
      }
    }
    if (end == j) return std::nullopt;  // an inherited month needs a day
    return p;
  }

  /// 2017-11-10, 2017.11.10, 2017/11/10: a four-digit year, then month and day.
  bool numeric_date_at(const Number& year, std::size_t k, Point& p, std::size_t& end) const {
    const char32_t separator = chars_.at(k);
    if (year.digits != 4 || arabic_digit(chars_.at(k - 1)) < 0 ||
        (separator != U'-' && separator != U'.' && separator != U'/'))
      return false;
    const auto month = read_number(chars_, k + 1);
    if (!month || chars_.at(month->end) != separator || month->digits > 2) return false;
    const auto day = read_number(chars_, month->end + 1);
    if (!day || day->digits > 2 || is_digit_like(chars_.at(day->end))) return false;
    if (year.value < 1900 || year.value > 2199 || month->value < 1 || month->value > 12 ||
        day->value < 1 || day->value > days_in_month(year.value, month->value))
      return false;
    p = {year.value, month->value, day->value};
    end = day->end;
    return true;
  }

  /// 初, 上旬, 年底: kept in the text; the value stays the month or the year.
  std::size_t read_parts(std::size_t end, Found& f) const {
    f.finish = end;
    if (f.kind == DateKind::month) f.finish += chars_.word_at(end, month_parts).size();
    if (f.kind == DateKind::year) f.finish += chars_.word_at(end, year_parts).size();
    return f.finish;
  }

  /// The second half of a range after 至, -, —: a full point or only the parts that change.
  std::optional<Point> range_end_at(std::size_t end, const Point& start, bool minguo,
                                    Found& f) const {
    std::size_t k = skip_space(chars_, end);
    if (!is_range_separator(chars_.at(k))) return std::nullopt;
    k = skip_space(chars_, k + 1);
    if (chars_.word_at(k, minguo_words).size()) k += 2;
    std::size_t range_end = 0;
    const std::optional<Point> last = point_at(k, minguo, start, range_end);
    if (!last) return std::nullopt;
    // Both ends give the same precision, and the range runs forwards.
    if ((start.day == 0) != (last->day == 0) || (start.month == 0) != (last->month == 0))
      return std::nullopt;
    if (start.year && last->year && start.day && day_number(*last) <= day_number(start))
      return std::nullopt;
    if (!start.year && last->year) return std::nullopt;
    f.finish = range_end;
    return last;
  }

  /// 上午, 下午3点, 14:30, 上午9时30分 after a day.
  std::size_t read_time(std::size_t end, Found& f) const {
    std::size_t k = end;
    std::u32string_view word = chars_.word_at(k, day_times);
    if (word == U"晚" && (chars_.at(k + 1) == U'会' || chars_.at(k + 1) == U'宴'))
      word = {};  // 晚会
    k += word.size();
    const std::size_t clock = skip_space(chars_, k);
    const auto hour = read_number(chars_, clock);
    int minute = -1;
    std::size_t after = 0;
    if (hour && hour->value <= 24 && hour->digits <= 2) {
      const char32_t c = chars_.at(hour->end);
      if (c == U':' || c == U'：') {
        const auto m = read_number(chars_, hour->end + 1);
        if (m && m->digits == 2 && m->value < 60) {
          minute = m->value;
          after = m->end;
        }
      } else if (c == U'时' || c == U'点' || c == U'時' || c == U'點') {
        after = hour->end + 1;
        minute = 0;
        if (chars_.at(after) == U'半') {
          minute = 30;
          ++after;
        } else if (const auto m = read_number(chars_, after);
                   m && m->value < 60 && chars_.at(m->end) == U'分') {
          minute = m->value;
          after = m->end + 1;
        }
      }
    }
    if (minute >= 0) {
      int h = hour->value;
      const bool afternoon = word == U"下午" || word == U"晚上" || word == U"晚" ||
                             word == U"傍晚" || word == U"晚间" || word == U"夜间";
      if (afternoon && h < 12) h += 12;
      f.time = fmt::format("{:02}:{:02}", h, minute);
      return after;
    }
    if (!word.empty()) {
      std::string written;
      for (char32_t c : word) detail::append_utf8(written, c);
      f.time = written;
    }
    return k;
  }

  const Chars& chars_;
  bool minguo_;
};

/// Fills in years the text leaves out and resolves relative days, passage by passage.
class YearResolver {
 public:
  explicit YearResolver(const DateContext& context) : context_(context) {}

  void start_article(std::size_t article) {
    if (article == article_) return;
    article_ = article;
    article_year_ = 0;
    article_month_ = 0;
    anchor_.reset();
  }

  /// Gives `found` its years; false when a relative day has nothing to resolve against.
  bool resolve(Found& found, DateMention& mention) {
    if (found.relative) {
      if (!anchor_) return false;
      found.start = found.relative_next_day ? detail::next_day(*anchor_) : *anchor_;
      if (found.bare_day) {
        Point day{anchor_->year, anchor_->month, found.bare_day};
        if (day.day < anchor_->day && ++day.month > 12) {  // 30日 … 2日: the next month
          day.month = 1;
          ++day.year;
        }
        if (day.day > days_in_month(day.year, day.month)) return false;
        found.start = day;
      }
      found.kind = DateKind::day;
      mention.relative = true;
      anchor_ = found.start;
      return true;
    }
    if (found.start.year == 0 && found.start.month) {
      found.start.year = infer_year(found.start);
      mention.year_inferred = found.start.year != 0;
      if (found.kind == DateKind::range && found.end.year == 0) {
        found.end.year = found.start.year;
        if (found.end.month < found.start.month) ++found.end.year;  // 12月28日至1月3日
      }
    } else if (found.start.month) {
      article_year_ = found.start.year;
    }
    if (!mention.year_inferred && found.start.year) bulletin_year_ = found.start.year;
    if (found.start.month) article_month_ = found.start.month;
    // The last date of a range is its end: 次日 after 11月2日至4日 is 11月5日.
    if (found.start.day && found.start.year)
      anchor_ = found.kind == DateKind::range && found.end.day && found.end.year ? found.end
                                                                                 : found.start;
    return true;
  }

 private:
  /// The article's own last year when the narrative goes forwards from it; else the year
  /// that puts the date nearest the bulletin's period (a later date counts three times as
  /// far: bulletins report what happened more than what will); else the last year written.
  int infer_year(const Point& p) const {
    if (article_year_ && p.month >= article_month_) return article_year_;
    const int fallback = article_year_ ? article_year_ : bulletin_year_;
    if (!context_.period) return fallback;
    const std::optional<Point> start = parse_bound(context_.period->start);
    const std::optional<Point> end = parse_bound(context_.period->end);
    if (!start || !end) return fallback;
    int best_year = 0;
    long best_distance = 0;
    for (int year = end->year + 1; year >= start->year - 1; --year) {
      const Point candidate{year, p.month,
                            p.day ? std::min(p.day, days_in_month(year, p.month)) : 1};
      const long n = day_number(candidate);
      const long distance = n < day_number(*start) ? day_number(*start) - n
                            : n > day_number(*end) ? 3 * (n - day_number(*end))
                                                   : 0;
      if (best_year == 0 || distance < best_distance) {
        best_year = year;
        best_distance = distance;
      }
    }
    return best_year;
  }

  /// A period bound as a full date: a month alone (2020-06) stands for its first day.
  static std::optional<Point> parse_bound(std::string_view text) {
    std::optional<Point> date = detail::parse_iso_date(text);
    if (!date || date->month == 0) return std::nullopt;
    if (date->day == 0) date->day = 1;
    return date;
  }

  const DateContext& context_;
  std::size_t article_ = static_cast<std::size_t>(-1);
  int article_year_ = 0;
  int article_month_ = 0;
  int bulletin_year_ = 0;
  std::optional<Point> anchor_;
};

std::string iso_value(const Found& f) {
  if (f.kind == DateKind::range || f.kind == DateKind::academic_year)
    return iso(f.start) + "/" + iso(f.end);
  return iso(f.start);
}

/// Whether a passage may hold a date at all, in one pass over its bytes before any decoding:
/// a unit (年 月 日 号 號 天), or for numeric dates (2018.03.05) a digit and a separator.
bool may_hold_date(std::string_view text) {
  bool digit = false;
  bool separator = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= '0' && byte <= '9') {
      digit = true;
    } else if (byte == '-' || byte == '.' || byte == '/') {
      separator = true;
    } else if ((byte == 0xE5 || byte == 0xE6 || byte == 0xE8) && i + 2 < text.size()) {
      const std::string_view unit = text.substr(i, 3);
      if (unit == "年" || unit == "月" || unit == "日" || unit == "号" || unit == "號" ||
          unit == "天")
        return true;
      i += 2;
    }
  }
  return digit && separator;
}

}  // namespace

std::string_view date_kind_name(DateKind kind) {
  switch (kind) {
    case DateKind::day:
      return "day";
    case DateKind::month:
      return "month";
    case DateKind::year:
      return "year";
    case DateKind::range:
      return "range";
    case DateKind::academic_year:
      return "academic-year";
  }
  return "day";
}

bool is_iso_date(std::string_view text) {
  return detail::parse_iso_date(text).has_value();
}

DateContext date_context(const Bulletin& bulletin) {
  DateContext context;
  context.period = bulletin.masthead.period;
  // Without a period, the year of the issue (2021年第2期) stands for it.
  if (!context.period && !bulletin.masthead.issue.empty()) {
    const std::vector<DateMention> issue = find_dates({Passage{bulletin.masthead.issue}}, {});
    if (!issue.empty() && issue.front().kind == DateKind::year)
      context.period = Period{issue.front().iso + "-01-01", issue.front().iso + "-12-31"};
  }
  // Characters only the traditional script of Taiwanese institutions writes this way.
  constexpr std::string_view traditional[] = {"民國", "臺", "國立", "學", "會", "簡報", "處"};
  for (const Block& line : bulletin.masthead.lines)
    for (std::string_view mark : traditional)
      if (line.text.find(mark) != std::string::npos) context.minguo = true;
  return context;
}

std::vector<DateMention> find_dates(const std::vector<Passage>& passages,
                                    const DateContext& context) {
  std::vector<DateMention> dates;
  YearResolver resolver(context);
  std::deque<Chars> decoded;
  for (std::size_t index = 0; index < passages.size(); ++index) {
    const Passage& passage = passages[index];
    resolver.start_article(passage.article);
    if (!may_hold_date(passage.text)) continue;
    const Chars& chars = detail::code_points_of(passage, decoded);
    for (Found& found : Scanner(chars, context.minguo).scan()) {
      DateMention mention;
      if (!resolver.resolve(found, mention)) continue;
      mention.kind = found.kind;
      mention.begin = chars.offsets[found.begin];
      mention.end = chars.offsets[found.finish];
      mention.text = std::string(passage.text.substr(mention.begin, mention.end - mention.begin));
      mention.iso = iso_value(found);
      mention.time = std::move(found.time);
      mention.passage = index;
      mention.line = passage.line_at(mention.begin);
      mention.article = passage.article;
      dates.push_back(std::move(mention));
    }
  }
  return dates;
}

}  // namespace jianbao
