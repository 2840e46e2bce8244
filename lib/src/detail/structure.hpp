// SPDX-License-Identifier: MIT
// Internal interfaces between the structure stages: masthead, table of contents, body.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "detail/layout.hpp"
#include "jianbao/bulletin.hpp"

namespace jianbao::detail {

// --- bulletin.cpp ---

/// Structures a text known to hold one bulletin (cut at bulletin_start_lines), without
/// looking for mastheads again.
ParseResult parse_one_bulletin(const Text& text);

/// Indices (0-based) of the lines of `text` where bulletins start; the first is always 0.
std::vector<std::size_t> bulletin_start_lines(const Text& text);

// --- masthead.cpp ---

/// A publication name line: 工作简报, 学院动态, 质量快报 … (short, no sentence punctuation).
bool is_publication_title(std::string_view text);

/// A line that belongs in a masthead: publication title, issue number, date or period,
/// 目录, 主办/编印 credits.
bool is_masthead_line(std::string_view text);

/// A distribution or credits line at a bulletin's end: 报送：… 抄送：… 编辑：… 共印50份.
bool is_colophon_line(std::string_view text);

/// Fills institution, title, issue and period from the masthead's lines.
void describe_masthead(Masthead& masthead);

// --- toc.cpp ---

enum class MarkerKind { none, bullet, dash, bracket, symbol, circled, numeral, paren, arabic };

struct TocMarker {
  MarkerKind kind = MarkerKind::none;
  std::string marker;  ///< as written, without the bullet
  std::string rest;    ///< the wording after it, trimmed
};

/// Recognises a TOC line's marker: "—— 高峰论坛", "- ① …", "一、…", "（一）…", "1. …", "【…】".
TocMarker read_toc_marker(std::string_view line);

/// Groups TOC lines into sections and items.
std::vector<TocSection> build_toc(const std::vector<Line>& lines);

/// For each TOC item title, the index of the candidate title it names, in order, or npos.
/// Matching is by content (TOC wording drops subjects and changes verbs), order-preserving.
std::vector<std::size_t> align_toc_items(const std::vector<std::string>& item_titles,
                                         const std::vector<std::string>& candidates);

/// Makes a block of one line.
Block line_block(const Line& line, BlockKind kind);

// --- body.cpp ---

/// A running header or page number: page furniture to drop from the body.
bool is_page_furniture(const Line& line, const Masthead& masthead);

/// Structures body lines into articles: paragraphs (hard wraps and page breaks rejoined),
/// sub-headings, titles (the TOC items are matched to them and get their article numbers).
/// `first_is_title`: the first non-blank body line is known to be an article title.
std::vector<Article> build_articles(const std::vector<Line>& body, std::vector<TocSection>& toc,
                                    const Masthead& masthead, bool first_is_title,
                                    Diagnostics& diagnostics);

}  // namespace jianbao::detail
