// SPDX-License-Identifier: MIT
// Masthead: institution, publication title, issue number and period.
#include <array>

#include "detail/layout.hpp"

#include "detail/structure.hpp"
#include "detail/utf8.hpp"
#include "jianbao/bulletin.hpp"

namespace jianbao {
namespace detail {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool has_sentence_punctuation(std::string_view text) {
  for (std::string_view mark : {"，", "。", "；", "！", "？"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

/// 第3期, 总第27期, 2020年第３期: 第, a number, 期.
bool is_issue_line(std::string_view text) {
  if (visible_length(text, 40) > 40 || has_sentence_punctuation(text)) return false;
  const std::u32string chars = to_u32(text);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (chars[i] != U'第') continue;
    std::size_t j = i + 1;
    while (j < chars.size() && is_space(chars[j])) ++j;
    const std::size_t digits = j;
    while (j < chars.size() && (is_decimal_digit(chars[j]) || is_chinese_numeral(chars[j]))) ++j;
    if (j == digits) continue;
    while (j < chars.size() && is_space(chars[j])) ++j;
    if (j < chars.size() && chars[j] == U'期') return true;
  }
  return false;
}

bool is_date_line(std::string_view text) {
  return visible_length(text, 40) <= 40 && !has_sentence_punctuation(text) &&
         parse_period(text).has_value();
}

}  // namespace

bool is_publication_title(std::string_view text) {
  static constexpr std::array<std::string_view, 16> names = {
      "简报", "快报", "通讯", "动态",     "周报",     "月报", "专报", "要报",
      "简讯", "信息", "通报", "工作情况", "情况反映", "参考", "要情", "汇报"};
  text = trim(text);
  if (visible_length(text, 24) > 24 || has_sentence_punctuation(text)) return false;
  // 一、工作动态 and —— 工作动态 open a table of contents, not a masthead.
  const char32_t first = first_code_point(text);
  if (!is_han(first) || starts_with_enumeration(text)) return false;
  for (std::string_view name : names) {
    if (ends_with(text, name)) return true;
  }
  return false;
}

bool is_masthead_line(std::string_view text) {
  static constexpr std::array<std::string_view, 12> credits = {
      "目录", "本期目录", "本期要目", "本期导读", "内部资料", "主办",
      "编印", "主编",     "编辑部",   "内部刊物", "注意保存", "内部交流"};
  text = trim(text);
  if (is_publication_title(text) || is_issue_line(text) || is_date_line(text)) return true;
  if (visible_length(text, 30) > 30 || has_sentence_punctuation(text)) return false;
  std::string packed;  // 目 录 is 目录 spaced out
  for (char c : text)
    if (c != ' ') packed += c;
  for (std::string_view word : credits) {
    if (starts_with(packed, word)) return true;
  }
  return false;
}

bool is_colophon_line(std::string_view text) {
  static constexpr std::string_view labels[] = {
      "报送", "抄送", "抄报", "分送", "发送", "印发",   "责任编辑", "编辑",
      "审核", "审稿", "签发", "核稿", "校对", "联系人", "联系电话", "主编",
      "供稿", "撰稿", "本期", "报",   "送",   "发"};
  text = trim(text);
  if (text.size() > 240) return false;
  for (std::string_view label : labels) {
    if (!starts_with(text, label)) continue;
    const std::string_view rest = trim(text.substr(label.size()));
    if (starts_with(rest, "：") || starts_with(rest, ":")) return true;
  }
  // （本期共印50份）
  std::string packed;
  for (char c : text)
    if (c != ' ') packed += c;
  const std::size_t print = packed.find("共印");
  return print != std::string::npos && print <= 9 && packed.find("份", print) != std::string::npos;
}

void describe_masthead(Masthead& masthead) {
  for (const Block& line : masthead.lines) {
    const std::string_view text = line.text;
    if (masthead.title.empty() && is_publication_title(text)) {
      masthead.title = std::string(text);
    } else if (masthead.issue.empty() && is_issue_line(text)) {
      masthead.issue = std::string(text);
    } else if (!masthead.period && is_date_line(text)) {
      masthead.period = parse_period(text);
    } else if (masthead.institution.empty() && !is_masthead_line(text)) {
      masthead.institution = std::string(text);
    }
  }
  // An issue line often carries the date too: 2020年第3期 gives no day, but 2020年6月30日 does.
  if (!masthead.period && !masthead.issue.empty()) masthead.period = parse_period(masthead.issue);
}

}  // namespace detail

std::optional<Period> parse_period(std::string_view text) {
  // Full-width digits fold to ASCII; only digits and separators matter here.
  std::string folded;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = detail::next_code_point(text, pos);
    if (c >= U'０' && c <= U'９') {
      folded += static_cast<char>('0' + (c - U'０'));
    } else {
      folded.append(text.substr(start, pos - start));
    }
  }
  // Numbers with their units, read left to right: 2017年10月31日, 12月31日, 2020.06.30.
  std::vector<std::array<int, 3>> dates;  // year, month, day (0 = not given)
  std::array<int, 3> current{0, 0, 0};
  const auto flush = [&] {
    if (current[0] == 0 && !dates.empty()) current[0] = dates.front()[0];  // 至12月31日
    if (current[0] > 0 && current[1] >= 1 && current[1] <= 12 && current[2] <= 31 &&
        dates.size() < 2)
      dates.push_back(current);
    current = {0, 0, 0};
  };
  const auto is_digit = [&](std::size_t i) {
    return i < folded.size() && folded[i] >= '0' && folded[i] <= '9';
  };
  const auto unit_at = [&](std::size_t i, std::string_view unit) {
    return folded.compare(i, unit.size(), unit) == 0;
  };
  for (std::size_t i = 0; i < folded.size();) {
    if (!is_digit(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    int value = 0;
    while (is_digit(j) && j - i < 6) value = value * 10 + (folded[j++] - '0');
    const std::size_t digits = j - i;
    while (j < folded.size() && folded[j] == ' ') ++j;
    const char separator = j < folded.size() ? folded[j] : '\0';
    if (digits == 4 && (separator == '.' || separator == '-' || separator == '/') &&
        is_digit(j + 1)) {  // 2020.06.30
      std::size_t k = j + 1;
      int month = 0, day = 0;
      while (is_digit(k) && k - j <= 2) month = month * 10 + (folded[k++] - '0');
      if (k < folded.size() && folded[k] == separator && is_digit(k + 1)) {
        ++k;
        const std::size_t day_start = k;
        while (is_digit(k) && k - day_start < 2) day = day * 10 + (folded[k++] - '0');
        if (current[1] != 0) flush();
        current = {value, month, day};
        flush();
        i = k;
        continue;
      }
    }
    if (unit_at(j, "年") && digits == 4) {
      if (current[0] != 0 || current[1] != 0) flush();
      current[0] = value;
      i = j + 3;
    } else if (unit_at(j, "月") && digits <= 2) {
      if (current[1] != 0) flush();
      current[1] = value;
      i = j + 3;
    } else if ((unit_at(j, "日") || unit_at(j, "号")) && digits <= 2 && current[1] != 0) {
      current[2] = value;
      flush();
      i = j + 3;
    } else {
      i = j;
    }
  }
  if (current[1] != 0) flush();
  if (dates.empty()) return std::nullopt;
  const auto iso = [](const std::array<int, 3>& ymd) {
    char buffer[16];
    if (ymd[2] == 0) {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", ymd[0], ymd[1]);
    } else {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
    }
    return std::string(buffer);
  };
  return Period{iso(dates.front()), iso(dates.back())};
}

}  // namespace jianbao
