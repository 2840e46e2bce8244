// SPDX-License-Identifier: MIT
// Passages: a bulletin's blocks in document order, and the source line of any byte in them.
#include "jianbao/passage.hpp"

#include "detail/passage_text.hpp"

namespace jianbao {

std::size_t Passage::line_at(std::size_t offset) const {
  if (block == nullptr || block->repairs.empty()) return line;
  // Repairs count characters; count the characters before `offset` once.
  const std::size_t chars = code_points ? code_points->index_at(offset)
                                        : detail::count_code_points(text.substr(0, offset));
  std::size_t found = line;
  std::size_t found_position = 0;
  for (const Repair& repair : block->repairs) {
    const bool join =
        repair.kind == RepairKind::page_break_join || repair.kind == RepairKind::line_wrap_join;
    if (join && repair.position <= chars && repair.position >= found_position) {
      found = repair.line;
      found_position = repair.position;
    }
  }
  return found;
}

namespace detail {

std::vector<Passage> undecoded_passages(const Bulletin& bulletin) {
  std::vector<Passage> passages;
  const auto add = [&](const Block& block, std::size_t article) {
    passages.push_back({block.text, block.span.first_line, article, &block});
  };
  for (const Block& line : bulletin.masthead.lines) add(line, 0);
  for (const TocSection& section : bulletin.toc)
    for (const TocItem& item : section.items) add(item.block, 0);
  for (const Article& article : bulletin.articles) {
    if (!article.title.text.empty()) add(article.title, article.number);
    for (const Block& block : article.body) add(block, article.number);
  }
  for (const Block& line : bulletin.trailer) add(line, 0);  // 2020年7月3日印发
  return passages;
}

}  // namespace detail

std::vector<Passage> bulletin_passages(const Bulletin& bulletin) {
  std::vector<Passage> passages = detail::undecoded_passages(bulletin);
  for (Passage& passage : passages)
    passage.code_points = std::make_shared<const detail::CodePoints>(passage.text);
  return passages;
}

}  // namespace jianbao
