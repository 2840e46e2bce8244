// SPDX-License-Identifier: MIT
// Structure: a decoded text as bulletins -> table of contents, articles -> paragraphs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"
#include "jianbao/text.hpp"

namespace jianbao {

/// Where a block came from: 1-based source lines and byte offsets into Text::content.
struct Span {
  std::size_t first_line = 0;
  std::size_t last_line = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

enum class RepairKind {
  page_break_join,        ///< a paragraph split by a page break was rejoined
  line_wrap_join,         ///< hard-wrapped lines of one paragraph were joined
  stray_space_removed,    ///< an extraction space inside a title was removed
  page_furniture_dropped  ///< a running header or page number was dropped
};

/// "page-break-join", "line-wrap-join", "stray-space-removed", "page-furniture-dropped".
JIANBAO_EXPORT std::string_view repair_kind_name(RepairKind kind);

/// One repair of an extraction scar, with its evidence.
struct Repair {
  RepairKind kind = RepairKind::page_break_join;
  std::size_t position = 0;  ///< in characters (code points) into the repaired block text
  std::size_t line = 0;      ///< source line of the repair (the dropped line, the joined line)
  std::string removed;       ///< the text taken out (page furniture); empty for joins
};

enum class BlockKind { masthead, toc_section, toc_item, title, heading, paragraph };

/// A unit of text after repair, with its source span and the repairs made to it.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;
  Span span;
  std::vector<Repair> repairs;
};

/// An ISO 8601 date (YYYY-MM-DD, or YYYY-MM when the day is not given).
struct Period {
  std::string start;
  std::string end;
};

struct Masthead {
  std::vector<Block> lines;  ///< every masthead line as written
  std::string institution;
  std::string title;  ///< the publication, e.g. 工作简报
  std::string issue;  ///< e.g. 2020年第3期（总第27期）; empty when not given
  std::optional<Period> period;
};

struct TocItem {
  Block block;              ///< the line as written, marker included
  std::string marker;       ///< "①", "1.", "（一）" …; empty for an unmarked item
  std::string title;        ///< the item's wording without marker and bullet
  std::size_t article = 0;  ///< number of the article it points to; 0 when none matches
};

struct TocSection {
  std::optional<Block> block;  ///< the section line; absent for items before any section
  std::string name;            ///< e.g. 高峰论坛, without marker
  std::vector<TocItem> items;
};

struct Article {
  std::size_t number = 0;        ///< 1-based within the bulletin
  std::string section;           ///< name of the TOC section it belongs to; empty when unknown
  std::size_t section_line = 0;  ///< line of that section's TOC entry; 0 when unknown
  std::vector<Block> lead;  ///< bulletin-level lines just before it (a section line in the body)
  Block title;
  std::vector<Block> body;  ///< headings and paragraphs in order
};

struct Bulletin {
  Masthead masthead;
  std::vector<TocSection> toc;
  std::vector<Article> articles;
  std::vector<Block> trailer;  ///< bulletin-level lines after the last article (distribution list)
  Span span;
};

/// The result of structuring one text, pugixml-style: values plus diagnostics.
struct ParseResult {
  std::vector<Bulletin> bulletins;
  Diagnostics diagnostics;  ///< e.g. TOC items with no article, articles with no TOC item
};

/// Finds the bulletins in a decoded text and structures each one, repairing extraction scars.
/// Every non-blank character of the text ends up in exactly one block or one dropped-furniture
/// repair. An empty or blank text yields no bulletin.
JIANBAO_EXPORT ParseResult parse_bulletins(const Text& text);

/// Parses a masthead period such as 【2017年10月31日-2017年12月31日】 or 2020年6月.
JIANBAO_EXPORT std::optional<Period> parse_period(std::string_view text);

}  // namespace jianbao
