// SPDX-License-Identifier: MIT
// Structure: bulletins in a text, each split into masthead, table of contents, body and trailer.
#include "jianbao/bulletin.hpp"

#include <algorithm>
#include <optional>

#include "detail/structure.hpp"
#include "detail/utf8.hpp"

namespace jianbao {
namespace {

using detail::Line;
using detail::MarkerKind;

// A line this long is running text, never a masthead line, TOC entry or title.
constexpr std::size_t paragraph_length = 60;
// Line lengths are compared with bounds at most this high (paragraph_length, wrap widths);
// counting stops here, since a line can be megabytes long.
constexpr std::size_t line_length_cap = 64;
// A completed sentence this long, without a TOC marker, is running text too.
constexpr std::size_t sentence_length = 15;
// Hard-wrapped lines are at least this wide and within this many characters of each other.
constexpr std::size_t wrap_min_width = 20;
constexpr std::size_t wrap_tolerance = 3;

// Line::length when it was not counted (boundary scans need it for a few lines only).
constexpr std::size_t uncounted = static_cast<std::size_t>(-1);

std::vector<Line> split_lines(const Text& text, bool count_lengths = true) {
  std::vector<Line> lines;
  lines.reserve(text.line_count());
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    const std::string_view raw = text.line(n);
    const std::string_view trimmed = detail::trim(raw);
    Line line;
    line.number = text.first_line + n - 1;
    line.text = trimmed;
    line.begin = text.line_starts[n - 1] + static_cast<std::size_t>(trimmed.data() - raw.data());
    line.length = count_lengths ? detail::visible_length(trimmed, line_length_cap) : uncounted;
    line.indented = !trimmed.empty() && trimmed.data() != raw.data();
    lines.push_back(line);
  }
  return lines;
}

bool has_toc_marker(const Line& line) {
  return detail::read_toc_marker(line.text.substr(0, 64)).kind != MarkerKind::none;
}

std::size_t length_of(const Line& line) {
  return line.length != uncounted ? line.length
                                  : detail::visible_length(line.text, line_length_cap);
}

bool is_paragraph_line(const Line& line) {
  const std::size_t length = length_of(line);
  if (length >= paragraph_length) return true;
  return length >= sentence_length && detail::ends_sentence(line.text) && !has_toc_marker(line);
}

/// Lines of near-equal width ending a sentence, up to a blank or indented line: one
/// hard-wrapped paragraph.
bool starts_wrapped_paragraph(const std::vector<Line>& lines, std::size_t i, std::size_t end) {
  std::size_t j = i;
  std::size_t width = 0;
  while (j < end && !lines[j].blank() && (j == i || !lines[j].indented)) {
    if (has_toc_marker(lines[j])) return false;
    width = std::max(width, lines[j].length);
    ++j;
  }
  if (j - i < 2 || width < wrap_min_width || !detail::ends_sentence(lines[j - 1].text))
    return false;
  for (std::size_t k = i; k + 1 < j; ++k) {
    if (lines[k].length + wrap_tolerance < width) return false;
  }
  return true;
}

std::optional<std::size_t> previous_nonblank(const std::vector<Line>& lines, std::size_t i,
                                             std::size_t floor) {
  while (i > floor) {
    --i;
    if (!lines[i].blank()) return i;
  }
  return std::nullopt;
}

/// A publication title line confirmed by an issue or date line just below it.
bool opens_masthead(const std::vector<Line>& lines, std::size_t i) {
  if (!detail::is_publication_title(lines[i].text)) return false;
  std::size_t seen = 0;
  for (std::size_t j = i + 1; j < lines.size() && seen < 3; ++j) {
    if (lines[j].blank()) continue;
    ++seen;
    if (detail::is_masthead_line(lines[j].text) && !detail::is_publication_title(lines[j].text))
      return true;
  }
  return false;
}

/// Indices of the lines where each bulletin starts: a new masthead after some running text.
std::vector<std::size_t> find_bulletin_starts(const std::vector<Line>& lines) {
  std::vector<std::size_t> starts{0};
  bool body_seen = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (!body_seen) {  // until running text, no masthead can open a new bulletin
      body_seen = is_paragraph_line(lines[i]);
      continue;
    }
    if (!opens_masthead(lines, i)) continue;  // running text is never a publication title
    std::size_t start = i;
    // The institution usually stands just above the publication title.
    if (const auto above = previous_nonblank(lines, i, starts.back());
        above && i - *above <= 3 && !is_paragraph_line(lines[*above]) &&
        !detail::ends_sentence(lines[*above].text) &&
        !detail::is_colophon_line(lines[*above].text) && length_of(lines[*above]) <= 30) {
      start = *above;
    }
    starts.push_back(start);
    body_seen = false;
  }
  return starts;
}

/// The masthead lines from `begin`; returns the index after them.
std::size_t read_masthead(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                          Masthead& masthead) {
  std::size_t i = begin;
  bool first = true;
  for (; i < end; ++i) {
    if (lines[i].blank()) continue;
    bool accept = detail::is_masthead_line(lines[i].text);
    if (!accept && first && !is_paragraph_line(lines[i])) {
      // The first line is the institution, unless it is the first article's title.
      std::size_t next = i + 1;
      while (next < end && lines[next].blank()) ++next;
      accept = next < end && !is_paragraph_line(lines[next]) &&
               !starts_wrapped_paragraph(lines, next, end);
    }
    if (!accept) break;
    masthead.lines.push_back(detail::line_block(lines[i], BlockKind::masthead));
    first = false;
  }
  detail::describe_masthead(masthead);
  return i;
}

/// Start of the distribution list and credits that close a bulletin; `end` when there are none.
std::size_t find_trailer(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  std::size_t trailer = end;
  for (std::size_t i = end; i > begin; --i) {
    const Line& line = lines[i - 1];
    if (line.blank()) continue;
    if (detail::is_colophon_line(line.text)) {
      trailer = i - 1;
    } else if (!detail::is_page_number_or_rule(line.text)) {
      break;
    }
  }
  return trailer;
}

Span span_of(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  Span span;
  for (std::size_t i = begin; i < end; ++i) {
    if (lines[i].blank()) continue;
    if (span.first_line == 0) {
      span.first_line = lines[i].number;
      span.begin = lines[i].begin;
    }
    span.last_line = lines[i].number;
    span.end = lines[i].begin + lines[i].text.size();
  }
  return span;
}

Bulletin parse_bulletin(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                        Diagnostics& diagnostics) {
  Bulletin bulletin;
  bulletin.span = span_of(lines, begin, end);
  const std::size_t masthead_end = read_masthead(lines, begin, end, bulletin.masthead);
  const std::size_t trailer_begin = find_trailer(lines, masthead_end, end);

  // The body starts with the title standing over the first paragraph; the TOC is what lies
  // between the masthead and that title.
  std::size_t first_paragraph = masthead_end;
  while (first_paragraph < trailer_begin &&
         (lines[first_paragraph].blank() ||
          !(is_paragraph_line(lines[first_paragraph]) ||
            starts_wrapped_paragraph(lines, first_paragraph, trailer_begin))))
    ++first_paragraph;
  std::size_t body_begin = masthead_end;
  bool first_is_title = false;
  if (first_paragraph < trailer_begin) {
    body_begin = first_paragraph;
    const auto title = previous_nonblank(lines, first_paragraph, masthead_end);
    if (title && !has_toc_marker(lines[*title])) {
      body_begin = *title;
      first_is_title = true;
    }
  }

  std::vector<Line> toc_lines, body_lines;
  for (std::size_t i = masthead_end; i < body_begin; ++i)
    if (!lines[i].blank()) toc_lines.push_back(lines[i]);
  bulletin.toc = detail::build_toc(toc_lines);
  body_lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(body_begin),
                    lines.begin() + static_cast<std::ptrdiff_t>(trailer_begin));
  bulletin.articles = detail::build_articles(body_lines, bulletin.toc, bulletin.masthead,
                                             first_is_title, diagnostics);
  for (std::size_t i = trailer_begin; i < end; ++i)
    if (!lines[i].blank())
      bulletin.trailer.push_back(detail::line_block(lines[i], BlockKind::masthead));
  return bulletin;
}

}  // namespace

std::string_view repair_kind_name(RepairKind kind) {
  switch (kind) {
    case RepairKind::page_break_join:
      return "page-break-join";
    case RepairKind::line_wrap_join:
      return "line-wrap-join";
    case RepairKind::stray_space_removed:
      return "stray-space-removed";
    case RepairKind::page_furniture_dropped:
      return "page-furniture-dropped";
  }
  return "page-break-join";
}

namespace detail {

std::vector<std::size_t> bulletin_start_lines(const Text& text) {
  return find_bulletin_starts(split_lines(text, false));
}

ParseResult parse_one_bulletin(const Text& text) {
  ParseResult result;
  const std::vector<Line> lines = split_lines(text);
  if (span_of(lines, 0, lines.size()).first_line != 0)
    result.bulletins.push_back(parse_bulletin(lines, 0, lines.size(), result.diagnostics));
  return result;
}

}  // namespace detail

ParseResult parse_bulletins(const Text& text) {
  ParseResult result;
  const std::vector<Line> lines = split_lines(text);
  const std::vector<std::size_t> starts = find_bulletin_starts(lines);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : lines.size();
    if (span_of(lines, starts[k], end).first_line == 0) continue;  // nothing but blank lines
    result.bulletins.push_back(parse_bulletin(lines, starts[k], end, result.diagnostics));
  }
  return result;
}

}  // namespace jianbao
