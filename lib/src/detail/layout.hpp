// SPDX-License-Identifier: MIT
// Line-level layout cues shared by the structure stages (private).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jianbao::detail {

/// One source line, trimmed, with its place in Text::content.
struct Line {
  std::size_t number = 0;  ///< 1-based
  std::string_view text;   ///< trimmed
  std::size_t begin = 0;   ///< byte offset of the trimmed text
  std::size_t length = 0;  ///< visible characters (spaces not counted)
  bool indented = false;   ///< the raw line started with spaces (a new paragraph in wrapped text)
  bool blank() const { return text.empty(); }
};

/// Ends a sentence: 。！？；… possibly followed by closing quotes or brackets.
bool ends_sentence(std::string_view text);

/// Ends with a character after which a paragraph cannot stop: a Han character, letter, digit,
/// comma or enumeration comma. Used to spot paragraphs cut by a page break.
bool ends_mid_sentence(std::string_view text);

/// Starts with an enumeration marker of a list item: 一、 （一） (一) 1. 1、 1．
bool starts_with_enumeration(std::string_view text);

/// Starts with a date such as 2017年11月10日 or 11月10日 (full-width digits too).
bool starts_with_date(std::string_view text);

/// Starts with a date or a time word and a comma, as the first sentence of a news report does:
/// 2017年11月10日， 11月2日至4日， 近日， 日前， 近期，
bool starts_with_time_lead(std::string_view text);

/// Contains a comma, full stop, semicolon or colon: a clause, not a label.
bool has_clause_punctuation(std::string_view text);

/// Whole text wrapped in one pair of quotes or brackets: “…” 「…」 『…』 【…】.
bool is_fully_quoted(std::string_view text);

/// A page number or a rule line: - 3 -, — 3 —, 第3页, 3/12, a bare number, ————.
bool is_page_number_or_rule(std::string_view text);

/// Removes spaces that sit between two non-ASCII characters (PDF extraction artifacts);
/// reports the code-point positions, in the result, where spaces were taken out.
std::string remove_stray_spaces(std::string_view text, std::vector<std::size_t>& positions);

/// The longest common subsequence of two code-point strings, as a length.
std::size_t common_subsequence_length(const std::u32string& a, const std::u32string& b);

/// Decodes UTF-8 into code points.
std::u32string to_u32(std::string_view text);

}  // namespace jianbao::detail
