// SPDX-License-Identifier: MIT
#include "detail/utf8.hpp"

namespace jianbao::detail {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  std::size_t pos = text.size() - 1;
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return next_code_point(text, pos);
}

char32_t first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  std::size_t pos = 0;
  return next_code_point(text, pos);
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t next = begin;
    if (!is_space(next_code_point(text, next))) break;
    begin = next;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t probe = start;
    if (!is_space(next_code_point(text, probe))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

bool is_blank(std::string_view text) {
  return trim(text).empty();
}

std::size_t visible_length(std::string_view text, std::size_t cap) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size() && count <= cap;) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // ASCII needs no decoding
      ++pos;
      count += byte > 0x20 && byte != 0x7F;
    } else if (byte >= 0xE3 && byte <= 0xEE && pos + 2 < text.size() &&
               !(byte == 0xE3 && static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
                 static_cast<unsigned char>(text[pos + 2]) == 0x80)) {
      pos += 3;  // U+3000..U+EFFF, CJK: never a space except U+3000 itself, excluded above
      ++count;
    } else {
      count += !is_space(next_code_point(text, pos));
    }
  }
  return count;
}

}  // namespace jianbao::detail
