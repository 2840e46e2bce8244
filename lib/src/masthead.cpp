// SPDX-License-Identifier: MIT
// Masthead: institution, publication title, issue number and period.
#include <array>
#include <regex>

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

bool is_number_character(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"一二三四五六七八九十〇零百").find(c) != std::u32string_view::npos;
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
    while (j < chars.size() && is_number_character(chars[j])) ++j;
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
      "报送", "抄送", "抄报", "分送", "发送", "印发", "责任编辑", "编辑", "审核", "审稿", "签发",
      "核稿", "校对", "联系人", "联系电话", "主编", "供稿", "撰稿", "本期", "报", "送", "发"};
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
  // The regex is the slow part: most lines have no digits and are no dates.
  if (folded.find_first_of("0123456789") == std::string::npos) return std::nullopt;
  static const std::regex date(
      R"((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?|(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2}))");
  std::vector<std::array<int, 3>> dates;  // year, month, day (0 = not given)
  for (auto it = std::sregex_iterator(folded.begin(), folded.end(), date);
       it != std::sregex_iterator() && dates.size() < 2; ++it) {
    const std::smatch& m = *it;
    const bool numeric = m[4].matched;
    const auto number = [&](int index) { return m[index].matched ? std::stoi(m[index]) : 0; };
    std::array<int, 3> ymd = numeric ? std::array<int, 3>{number(4), number(5), number(6)}
                                     : std::array<int, 3>{number(1), number(2), number(3)};
    if (ymd[0] == 0 && !dates.empty()) ymd[0] = dates.front()[0];  // 10月31日至12月31日
    if (ymd[0] == 0 || ymd[1] < 1 || ymd[1] > 12 || ymd[2] > 31) continue;
    dates.push_back(ymd);
  }
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
