// SPDX-License-Identifier: MIT
// Small UTF-8 helpers shared by the library's stages (private).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jianbao::detail {

constexpr char32_t replacement_character = 0xFFFD;

/// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

/// Decodes the code point at `pos` of valid UTF-8 and advances `pos`; U+FFFD on a bad byte.
/// Inline: every stage walks text with it.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 2;
  char32_t c = lead & 0x1F;
  if (lead >= 0xF0) {
    length = 4;
    c = lead & 0x07;
  } else if (lead >= 0xE0) {
    length = 3;
    c = lead & 0x0F;
  } else if (lead < 0xC0) {
    ++pos;
    return replacement_character;
  }
  if (pos + length > text.size()) {
    pos = text.size();
    return replacement_character;
  }
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(pos + i) & 0x3F);
  pos += length;
  return c;
}

/// Text as code points, with the byte offset of each (and of the end), for scanners that
/// match by character and report byte spans.
/// Number of code points in valid UTF-8.
inline std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

/// Decodes valid UTF-8 (as decode() yields it) into `out`, which has room for text.size()
/// code points, and returns how many it wrote; `offsets`, when given, receives the byte offset
/// of each. CJK takes the three-byte path without a call: every stage decodes passages.
inline std::size_t decode_utf8(std::string_view text, char32_t* out, std::size_t* offsets) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (offsets) offsets[count] = pos;
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      out[count++] = lead;
      ++pos;
    } else if ((lead & 0xF0) == 0xE0 && pos + 2 < text.size()) {
      out[count++] = (static_cast<char32_t>(lead & 0x0F) << 12) |
                     (static_cast<char32_t>(bytes[pos + 1] & 0x3F) << 6) | (bytes[pos + 2] & 0x3F);
      pos += 3;
    } else {
      out[count++] = next_code_point(text, pos);
    }
  }
  return count;
}

/// Text as code points, with the byte offset of each (and of the end), for scanners that
/// match by character and report byte spans.
struct CodePoints {
  std::u32string text;
  std::vector<std::size_t> offsets;

  explicit CodePoints(std::string_view utf8)
      : text(count_code_points(utf8), 0), offsets(text.size() + 1) {
    decode_utf8(utf8, text.data(), offsets.data());
    offsets.back() = utf8.size();
  }

  /// The index of the code point starting at byte `offset` (or the next one).
  std::size_t index_at(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), offset) -
                                    offsets.begin());
  }

  char32_t at(std::size_t i) const { return i < text.size() ? text[i] : 0; }
  bool has(std::size_t i, std::u32string_view word) const {
    return i <= text.size() && text.compare(i, word.size(), word) == 0;
  }
  /// The word of `words` written at `i` (the longest), or an empty view.
  template <std::size_t N>
  std::u32string_view word_at(std::size_t i,
                              const std::array<std::u32string_view, N>& words) const {
    std::u32string_view best;
    for (std::u32string_view w : words)
      if (w.size() > best.size() && has(i, w)) best = w;
    return best;
  }
};

/// Decodes the last code point before `end`; returns 0 for empty text.
char32_t last_code_point(std::string_view text);

/// Decodes the first code point; returns 0 for empty text.
char32_t first_code_point(std::string_view text);

/// Blank for layout: ASCII space and controls, NBSP, U+3000 ideographic space, other Zs spaces.
inline bool is_space(char32_t c) {
  return c <= 0x20 || c == 0x7F || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/// 0-9 in ASCII or full width.
inline bool is_decimal_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

/// A Chinese numeral character as list markers and issue numbers write them (一 … 十, 〇, 零, 百).
inline bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十〇零百").find(c) != std::u32string_view::npos;
}

/// CJK unified ideographs (with extensions and compatibility ideographs) and 〇.
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

/// The text without leading and trailing spaces (is_space).
std::string_view trim(std::string_view text);

/// True when the text has nothing but spaces.
bool is_blank(std::string_view text);

/// Number of non-space code points, counting stops past `cap` (callers compare with a bound,
/// and paragraphs can be megabytes long).
std::size_t visible_length(std::string_view text, std::size_t cap = static_cast<std::size_t>(-1));

}  // namespace jianbao::detail
