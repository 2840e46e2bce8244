// SPDX-License-Identifier: MIT
// Passages: the blocks of text the extractors search, with where each sits in the bulletin.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

namespace detail {
struct CodePoints;
}

/// A block of text to search, with where it sits in the bulletin.
struct Passage {
  std::string_view text;
  std::size_t line = 0;
  std::size_t article = 0;
  const Block* block = nullptr;  ///< the block it comes from, for lines of joined text
  /// The text decoded once for all extractors, which read it by code point; set by
  /// bulletin_passages (a passage made without it is decoded by each extractor).
  std::shared_ptr<const detail::CodePoints> code_points = nullptr;

  /// Source line of the byte at `offset`: past a page-break or line-wrap join, the joined line.
  JIANBAO_EXPORT std::size_t line_at(std::size_t offset) const;
};

/// The passages of a bulletin in document order: masthead lines, TOC items, titles, headings,
/// paragraphs, and the lines after the last article (distribution list, print date).
JIANBAO_EXPORT std::vector<Passage> bulletin_passages(const Bulletin& bulletin);

}  // namespace jianbao
