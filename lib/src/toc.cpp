// SPDX-License-Identifier: MIT
// Table of contents: section and item lines, and matching items to articles.
#include <algorithm>
#include <limits>

#include "detail/structure.hpp"
#include "detail/utf8.hpp"
#include "jianbao/text.hpp"

namespace jianbao::detail {
namespace {

constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

bool is_section_kind(MarkerKind kind) {
  return kind == MarkerKind::dash || kind == MarkerKind::bracket || kind == MarkerKind::symbol;
}

bool is_enumerated_kind(MarkerKind kind) {
  return kind == MarkerKind::circled || kind == MarkerKind::numeral || kind == MarkerKind::paren ||
         kind == MarkerKind::arabic;
}

std::string encode(std::u32string_view chars) {
  std::string out;
  for (char32_t c : chars) append_utf8(out, c);
  return out;
}

// Above this, a TOC item names the candidate; below, it is a different article or none.
constexpr double match_threshold = 0.6;
// Past this many item-candidate pairs, align by a greedy scan to keep time linear.
constexpr std::size_t max_aligned_pairs = 250000;
// Titles longer than this are compared by their first characters only.
constexpr std::size_t max_compared_chars = 80;

/// Characters two sorted strings have in common, counted with repeats: an upper bound of their
/// common subsequence, found in linear time.
std::size_t common_characters(const std::u32string& a, const std::u32string& b) {
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return common;
}

std::u32string sorted(std::u32string key) {
  std::sort(key.begin(), key.end());
  return key;
}

/// Common subsequence over the shorter title; 0 below four characters in common. The sorted
/// keys rule out most pairs before the quadratic subsequence count.
double title_similarity(const std::u32string& a, const std::u32string& b,
                        const std::u32string& a_sorted, const std::u32string& b_sorted) {
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter == 0) return 0.0;
  const std::size_t bound = common_characters(a_sorted, b_sorted);
  if (bound < std::min<std::size_t>(4, shorter) ||
      static_cast<double>(bound) < match_threshold * static_cast<double>(shorter))
    return 0.0;
  const std::size_t common = common_subsequence_length(a, b);
  if (common < std::min<std::size_t>(4, shorter)) return 0.0;
  return static_cast<double>(common) / static_cast<double>(shorter);
}

std::u32string comparison_key(const std::string& title) {
  std::u32string key = to_u32(matching_key(title));
  if (key.size() > max_compared_chars) key.resize(max_compared_chars);
  return key;
}

/// True when a marker may start with `c`, the first character: most lines, running text,
/// are told at once, without decoding them. Every branch of read_toc_marker starts with one
/// of these characters; a new kind of marker adds its first characters here.
bool may_start_marker(char32_t c) {
  return std::u32string_view(U"-•·*●○—－─【■◆▲★◇□（(").find(c) != std::u32string_view::npos ||
         (c >= 0x2460 && c <= 0x2487) || (c >= 0x2776 && c <= 0x2793) || is_chinese_numeral(c) ||
         is_decimal_digit(c);
}

}  // namespace

TocMarker read_toc_marker(std::string_view line) {
  TocMarker result;
  line = trim(line);
  if (!may_start_marker(first_code_point(line))) {
    result.rest = std::string(line);
    return result;
  }
  std::u32string chars = to_u32(line);
  std::size_t i = 0;
  const auto skip_spaces = [&] {
    while (i < chars.size() && is_space(chars[i])) ++i;
  };
  // A list bullet ("- ", "• ") may stand before the real marker.
  const bool bulleted = chars.size() > 1 &&
                        (chars[0] == U'-' || chars[0] == U'•' || chars[0] == U'·' ||
                         chars[0] == U'*' || chars[0] == U'●' || chars[0] == U'○') &&
                        is_space(chars[1]);
  if (bulleted) {
    i = 1;
    skip_spaces();
    result.kind = MarkerKind::bullet;
  }
  const std::size_t start = i;
  const char32_t c = i < chars.size() ? chars[i] : 0;
  if (!bulleted && (c == U'—' || c == U'－' || c == U'─') && i + 1 < chars.size() &&
      chars[i + 1] == c) {
    while (i < chars.size() && chars[i] == c) ++i;
    result.kind = MarkerKind::dash;
  } else if (!bulleted && c == U'【' && chars.back() == U'】') {
    result.kind = MarkerKind::bracket;
    result.marker = "【】";
    result.rest = std::string(trim(encode(std::u32string_view(chars).substr(1, chars.size() - 2))));
    return result;
  } else if (!bulleted &&
             (c == U'■' || c == U'◆' || c == U'▲' || c == U'★' || c == U'◇' || c == U'□')) {
    ++i;
    result.kind = MarkerKind::symbol;
  } else if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2474 && c <= 0x2487) ||
             (c >= 0x2776 && c <= 0x277F) || (c >= 0x2780 && c <= 0x2793)) {
    ++i;
    result.kind = MarkerKind::circled;
  } else if (c == U'（' || c == U'(') {
    std::size_t j = i + 1;
    while (j < chars.size() && (is_chinese_numeral(chars[j]) || is_decimal_digit(chars[j]))) ++j;
    if (j > i + 1 && j < chars.size() && (chars[j] == U'）' || chars[j] == U')')) {
      i = j + 1;
      result.kind = MarkerKind::paren;
    }
  } else if (is_chinese_numeral(c) || is_decimal_digit(c)) {
    std::size_t j = i;
    while (j < chars.size() && (is_chinese_numeral(chars[j]) || is_decimal_digit(chars[j]))) ++j;
    const char32_t after = j < chars.size() ? chars[j] : 0;
    if (is_chinese_numeral(c) && after == U'、') {
      i = j + 1;
      result.kind = MarkerKind::numeral;
    } else if (is_decimal_digit(c) && (after == U'.' || after == U'、' || after == U'．') &&
               !(j + 1 < chars.size() && is_decimal_digit(chars[j + 1]))) {
      i = j + 1;
      result.kind = MarkerKind::arabic;
    }
  }
  result.marker = encode(std::u32string_view(chars).substr(start, i - start));
  skip_spaces();
  result.rest = encode(std::u32string_view(chars).substr(i));
  return result;
}

Block line_block(const Line& line, BlockKind kind) {
  Block block;
  block.kind = kind;
  block.text = std::string(line.text);
  block.span = {line.number, line.number, line.begin, line.begin + line.text.size()};
  return block;
}

std::vector<TocSection> build_toc(const std::vector<Line>& lines) {
  std::vector<TocMarker> markers;
  markers.reserve(lines.size());
  for (const Line& line : lines) markers.push_back(read_toc_marker(line.text));

  // Sections are dash, bracket or symbol lines; failing those, the first enumeration style
  // when a second style appears below it (一、 sections holding 1. items).
  MarkerKind section_kind = MarkerKind::none;
  MarkerKind first_enumerated = MarkerKind::none;
  for (const TocMarker& m : markers) {
    if (is_section_kind(m.kind)) {
      section_kind = m.kind;
      break;
    }
    if (!is_enumerated_kind(m.kind)) continue;
    if (first_enumerated == MarkerKind::none) {
      first_enumerated = m.kind;
    } else if (m.kind != first_enumerated && section_kind == MarkerKind::none) {
      section_kind = first_enumerated;
    }
  }

  std::vector<TocSection> sections;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TocMarker& m = markers[i];
    const bool is_section = m.kind == section_kind && section_kind != MarkerKind::none;
    if (is_section || is_section_kind(m.kind)) {
      TocSection section;
      section.block = line_block(lines[i], BlockKind::toc_section);
      section.name = m.rest;
      sections.push_back(std::move(section));
      continue;
    }
    if (sections.empty()) sections.emplace_back();
    TocItem item;
    item.block = line_block(lines[i], BlockKind::toc_item);
    item.marker = m.kind == MarkerKind::bullet ? std::string() : m.marker;
    item.title = m.rest;
    sections.back().items.push_back(std::move(item));
  }
  return sections;
}

std::vector<std::size_t> align_toc_items(const std::vector<std::string>& item_titles,
                                         const std::vector<std::string>& candidates) {
  const std::size_t n = item_titles.size();
  const std::size_t m = candidates.size();
  std::vector<std::size_t> result(n, npos);
  if (n == 0 || m == 0) return result;
  std::vector<std::u32string> items, titles;
  for (const auto& t : item_titles) items.push_back(comparison_key(t));
  for (const auto& t : candidates) titles.push_back(comparison_key(t));
  std::vector<std::u32string> items_sorted, titles_sorted;
  for (const auto& key : items) items_sorted.push_back(sorted(key));
  for (const auto& key : titles) titles_sorted.push_back(sorted(key));

  if (n * m > max_aligned_pairs) {
    std::size_t next = 0;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = next; j < m && j < next + 64; ++j) {
        if (title_similarity(items[i], titles[j], items_sorted[i], titles_sorted[j]) >=
            match_threshold) {
          result[i] = j;
          next = j + 1;
          break;
        }
      }
    }
    return result;
  }

  // Order-preserving alignment maximising total similarity (like a sequence alignment): bodies
  // follow the TOC, some items have no body, and a duplicated item must not steal a match.
  std::vector<std::vector<double>> sim(n, std::vector<double>(m, 0.0));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      const double s = title_similarity(items[i], titles[j], items_sorted[i], titles_sorted[j]);
      sim[i][j] = s >= match_threshold ? s : 0.0;
    }
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m + 1, 0.0));
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      double value = std::max(best[i - 1][j], best[i][j - 1]);
      if (sim[i - 1][j - 1] > 0) value = std::max(value, best[i - 1][j - 1] + sim[i - 1][j - 1]);
      best[i][j] = value;
    }
  for (std::size_t i = n, j = m; i > 0 && j > 0;) {
    if (sim[i - 1][j - 1] > 0 && best[i][j] == best[i - 1][j - 1] + sim[i - 1][j - 1]) {
      result[i - 1] = j - 1;
      --i;
      --j;
    } else if (best[i][j] == best[i - 1][j]) {
      --i;
    } else {
      --j;
    }
  }
  return result;
}

}  // namespace jianbao::detail
