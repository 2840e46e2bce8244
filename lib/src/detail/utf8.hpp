// SPDX-License-Identifier: MIT
// Small UTF-8 helpers shared by the library's stages (private).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jianbao::detail {

constexpr char32_t replacement_character = 0xFFFD;

/// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

/// Decodes the code point at `pos` of valid UTF-8 and advances `pos`; U+FFFD on a bad byte.
char32_t next_code_point(std::string_view text, std::size_t& pos);

/// Decodes the last code point before `end`; returns 0 for empty text.
char32_t last_code_point(std::string_view text);

/// Decodes the first code point; returns 0 for empty text.
char32_t first_code_point(std::string_view text);

/// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

/// Blank for layout: ASCII space and controls, NBSP, U+3000 ideographic space, other Zs spaces.
bool is_space(char32_t c);

/// CJK unified ideographs (with extensions and compatibility ideographs) and 〇.
bool is_han(char32_t c);

/// The text without leading and trailing spaces (is_space).
std::string_view trim(std::string_view text);

/// True when the text has nothing but spaces.
bool is_blank(std::string_view text);

/// Number of non-space code points, counting stops past `cap` (callers compare with a bound,
/// and paragraphs can be megabytes long).
std::size_t visible_length(std::string_view text, std::size_t cap = static_cast<std::size_t>(-1));

}  // namespace jianbao::detail
