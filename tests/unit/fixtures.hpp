// SPDX-License-Identifier: MIT
// Test fixtures shared by the unit tests and the fuzz targets.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/passage.hpp"

namespace jianbao::testing {

/// An invented bulletin in the layout of samples/university-forum.txt: masthead on lines 3, 5
/// and 7, one TOC section on 9 with items on 11 and 12, articles on 14-16 and 18-20.
inline constexpr const char* small_bulletin =
    "\n"
    "\n"
    "青禾农业科学研究院\n"
    "\n"
    "工作简报\n"
    "\n"
    "【2019年5月1日-2019年5月31日】\n"
    "\n"
    "—— 学术活动\n"
    "\n"
    "- ① 青禾农业科学研究院举办盐碱地改良学术报告会\n"
    "- ② 青年科研人员赴石泉试验站开展田间调研\n"
    "\n"
    "青禾农业科学研究院举办盐碱地改良学术报告会\n"
    "\n"
    "2019年5月8日，青禾农业科学研究院在本部报告厅举办盐碱地改良学术报告会，八十余名科研人员参加。\n"
    "\n"
    "青年科研人员赴石泉试验站开展田间调研\n"
    "\n"
    "2019年5月15日，研究院组织十二名青年科研人员赴石泉试验站，围绕小麦耐盐品种筛选开展田间调研。\n";

/// Non-blank code points, sorted: the multiset a lossless split must preserve.
inline std::u32string visible_characters(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    // The same blanks as the library's is_space: they carry no content.
    const bool blank = c <= 0x20 || c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == 0x7F ||
                       c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
    if (!blank) out += c;
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// Passages as a bulletin would give them: one per string, line i + 1, in the given article
/// (1 for all when no articles are given). The strings must outlive the passages.
inline std::vector<Passage> passages_of(const std::vector<std::string>& texts,
                                        const std::vector<std::size_t>& articles = {}) {
  std::vector<Passage> passages;
  for (std::size_t i = 0; i < texts.size(); ++i)
    passages.push_back(Passage{texts[i], i + 1, i < articles.size() ? articles[i] : 1});
  return passages;
}

}  // namespace jianbao::testing
