// SPDX-License-Identifier: MIT
#include "detail/layout.hpp"

#include <algorithm>

#include "detail/utf8.hpp"

namespace jianbao::detail {
namespace {

bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U')' ||
         c == U'》' || c == U'】' || c == U'"' || c == U'\'';
}

bool is_terminal(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'…' || c == U'!' ||
         c == U'?' || c == U'.' || c == U';' || c == U'：' || c == U':';
}

bool is_dash(char32_t c) {
  return c == U'-' || c == U'－' || c == U'—' || c == U'–' || c == U'─' || c == U'━' || c == U'_' ||
         c == U'＿' || c == U'=' || c == U'*' || c == U'·';
}

}  // namespace

std::u32string to_u32(std::string_view text) {
  std::u32string out(detail::count_code_points(text), 0);
  detail::decode_utf8(text, out.data(), nullptr);
  return out;
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  // Walk back over closing quotes and brackets, one code point at a time, no allocation.
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    const char32_t c = next_code_point(text, pos);
    if (!is_closing(c)) return is_terminal(c);
    text.remove_suffix(text.size() - start);
  }
  return false;
}

bool ends_mid_sentence(std::string_view text) {
  text = trim(text);
  const char32_t c = last_code_point(text);
  if (is_han(c) || is_decimal_digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
      c == U'，' || c == U'、' || c == U',' || c == U'（' || c == U'“' || c == U'《')
    return true;
  // …的“四个围绕” or …《指导意见》 at a page's end: a closing mark with no full stop before it
  // closes a phrase, not the sentence (。” does end one).
  if (c == U'”' || c == U'》' || c == U'）' || c == U'’') {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const char32_t before = last_code_point(text.substr(0, start));
    return is_han(before) || is_decimal_digit(before);
  }
  return false;
}

bool starts_with_enumeration(std::string_view text) {
  text = trim(text);
  const char32_t first = first_code_point(text);  // running text is told without decoding it
  if (first != U'（' && first != U'(' && !is_chinese_numeral(first) && !is_decimal_digit(first))
    return false;
  const std::u32string chars = to_u32(text.substr(0, 24));
  std::size_t i = 0;
  const bool paren = !chars.empty() && (chars[0] == U'（' || chars[0] == U'(');
  if (paren) ++i;
  const std::size_t digits_begin = i;
  while (i < chars.size() && (is_chinese_numeral(chars[i]) || is_decimal_digit(chars[i]))) ++i;
  if (i == digits_begin || i >= chars.size()) return false;
  if (paren) return chars[i] == U'）' || chars[i] == U')';
  const bool numeral = is_chinese_numeral(chars[digits_begin]);
  if (numeral) return chars[i] == U'、' || chars[i] == U'是';  // 一是…、二是… lists too
  return chars[i] == U'、' || chars[i] == U'．' ||
         (chars[i] == U'.' && i + 1 < chars.size() && !is_decimal_digit(chars[i + 1]));
}

bool starts_with_date(std::string_view text) {
  const std::u32string chars = to_u32(trim(text).substr(0, 48));
  std::size_t i = 0;
  while (i < chars.size() && is_decimal_digit(chars[i])) ++i;
  if (i == 0 || i >= chars.size()) return false;
  if (chars[i] == U'年') return i == 4;
  return chars[i] == U'月' && i <= 2;
}

bool starts_with_time_lead(std::string_view text) {
  text = trim(text);
  const std::size_t comma = text.substr(0, 64).find("，");
  if (comma == std::string_view::npos) return false;
  if (starts_with_date(text)) return true;
  for (std::string_view word :
       {"近日", "日前", "近期", "前不久", "当天", "同日", "次日", "今年以来"}) {
    if (text.substr(0, word.size()) == word) return true;
  }
  return false;
}

bool has_clause_punctuation(std::string_view text) {
  for (std::string_view mark : {"，", "。", "；", "：", ",", ";"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

bool is_fully_quoted(std::string_view text) {
  if (text.size() > 1024) return false;  // a heading, not a paragraph
  text = trim(text);
  const char32_t open = first_code_point(text);
  const char32_t close = last_code_point(text);
  const bool pair = (open == U'“' && close == U'”') || (open == U'「' && close == U'」') ||
                    (open == U'『' && close == U'』') || (open == U'【' && close == U'】');
  if (!pair || count_code_points(text) < 3) return false;
  // The opening quote must close at the very end, not earlier (“a”说“b” is not one quote).
  int depth = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = next_code_point(text, pos);
    if (c == open) ++depth;
    if (c == close && --depth == 0 && pos != text.size()) return false;
  }
  return true;
}

bool is_page_number_or_rule(std::string_view text) {
  if (text.size() > 120) return false;
  text = trim(text);
  if (text.empty()) return false;
  std::size_t digits = 0, dashes = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = next_code_point(text, pos);
    if (is_decimal_digit(c)) {
      ++digits;
    } else if (is_dash(c)) {
      ++dashes;
    } else if (!is_space(c) && c != U'/' && c != U'第' && c != U'页' && c != U'共') {
      return false;  // any other character: running text
    }
  }
  if (digits == 0) return dashes >= 3;  // a rule line
  return digits <= 4;
}

std::string remove_stray_spaces(std::string_view text, std::vector<std::size_t>& positions) {
  const std::u32string chars = to_u32(text);
  std::string out;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (is_space(chars[i]) && i > 0) {
      std::size_t j = i;
      while (j < chars.size() && is_space(chars[j])) ++j;
      if (j < chars.size() && chars[i - 1] >= 0x80 && chars[j] >= 0x80) {
        positions.push_back(kept);
        i = j - 1;
        continue;
      }
    }
    append_utf8(out, chars[i]);
    ++kept;
  }
  return out;
}

std::size_t common_subsequence_length(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (char32_t ca : a) {
    std::size_t diagonal = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = ca == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace jianbao::detail
