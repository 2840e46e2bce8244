// SPDX-License-Identifier: MIT
// Body: from lines to articles, repairing hard wraps, page breaks, stray spaces and furniture.
#include <algorithm>
#include <limits>
#include <unordered_map>

#include "detail/structure.hpp"
#include "detail/utf8.hpp"
#include "jianbao/text.hpp"

namespace jianbao::detail {
namespace {

constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
// Titles and sub-headings are short; a longer line is a paragraph.
constexpr std::size_t max_title_length = 60;
// An enumerated label (一、加强组织领导) this short is a sub-heading, longer it is a list item.
constexpr std::size_t max_label_length = 24;
// The first half of a paragraph cut by a page break runs to the page's end: at least a line.
constexpr std::size_t min_split_half = 20;

/// A block in the making, with the cues that decide what it is.
struct Piece {
  Block block;
  std::size_t chars = 0;  ///< code points in block.text
  bool title_candidate = false;
  bool section_line = false;
};

bool ends_with_clause_mark(std::string_view text) {
  const char32_t c = last_code_point(trim(text));
  return c == U'。' || c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U',' ||
         c == U';' || c == U':';
}

/// A sub-heading inside an article: a short line wholly in quotes or 【】 (“高质量发展阶段要有新
/// 质量观”), or a short enumerated label without clause punctuation (一、加强组织领导).
/// `length` is visible_length(text, max_title_length), or any count capped at a greater
/// bound (Line::length): callers have it already.
bool is_heading(std::string_view text, std::size_t length) {
  if (length > max_title_length) return false;
  if (is_fully_quoted(text)) return text.find("。") == std::string_view::npos;
  return length <= max_label_length && starts_with_enumeration(text) &&
         !has_clause_punctuation(text) && !ends_sentence(text);
}

bool is_title_candidate(std::string_view text, std::size_t length) {
  return length >= 4 && length <= max_title_length && !ends_with_clause_mark(text) &&
         !starts_with_enumeration(text) && !starts_with_time_lead(text) &&
         !is_heading(text, length);
}

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

/// Appends `text` from `line` to the piece, recording the join.
void append_joined(Piece& piece, std::string_view text, std::size_t line, RepairKind kind,
                   std::size_t end_offset) {
  // Latin words wrapped across lines need their space back; Chinese needs none.
  if (is_ascii_alnum(last_code_point(piece.block.text)) && is_ascii_alnum(first_code_point(text))) {
    piece.block.text += ' ';
    ++piece.chars;
  }
  piece.block.repairs.push_back({kind, piece.chars, line, {}});
  piece.block.text += text;
  piece.chars += count_code_points(text);
  piece.block.span.last_line = line;
  piece.block.span.end = end_offset;
}

/// Moves `next` onto the end of `piece` (page-break join), keeping both pieces' repairs.
void join_pieces(Piece& piece, Piece&& next) {
  const std::size_t shift = piece.chars;
  std::vector<Repair> moved = std::move(next.block.repairs);
  append_joined(piece, next.block.text, next.block.span.first_line, RepairKind::page_break_join,
                next.block.span.end);
  piece.block.span.last_line = std::max(piece.block.span.last_line, next.block.span.last_line);
  for (Repair& r : moved) {
    r.position += shift;
    piece.block.repairs.push_back(std::move(r));
  }
}

/// Inside a run of non-blank lines, does `line` carry on the paragraph of `previous`?
bool continues_paragraph(const Line& previous, const Line& line, std::size_t run_width,
                         bool previous_starts_piece) {
  if (line.indented) return false;
  const std::size_t previous_length = previous.length;
  // A list item starts a block, unless the line before runs full width: then the wrap only
  // happened to fall before 二是 or 2. in the middle of a paragraph.
  // (A list item before it, 一、… then 二、…, means a list, whatever its width.)
  const bool previous_full = previous_length + 2 >= run_width && !ends_sentence(previous.text) &&
                             !starts_with_enumeration(previous.text);
  if (!previous_full && (starts_with_enumeration(line.text) ||
                         read_toc_marker(line.text.substr(0, 64)).kind != MarkerKind::none))
    return false;
  if (is_heading(previous.text, previous.length) || is_heading(line.text, line.length))
    return false;
  if (ends_sentence(previous.text) && previous_length * 10 < run_width * 9) return false;
  // A short line standing over a longer one at the start of a block is a title over its text.
  if (previous_starts_piece && previous_length * 10 < line.length * 6) return false;
  return true;
}

void attach_furniture(Piece& owner, std::size_t position, std::vector<Repair>& furniture) {
  for (Repair& r : furniture) {
    r.position = position;
    owner.block.repairs.push_back(std::move(r));
  }
  furniture.clear();
}

Piece paragraph_piece(const Line& line) {
  Piece piece;
  piece.block = line_block(line, BlockKind::paragraph);
  piece.chars = count_code_points(line.text);
  return piece;
}

std::vector<Piece> make_pieces(const std::vector<Line>& body, const Masthead& masthead) {
  std::vector<Piece> pieces;
  std::vector<Repair> furniture;   // dropped lines waiting for the block they sit after
  const Line* previous = nullptr;  // previous line of the current run
  std::size_t run_width = 0;
  bool previous_starts_piece = false;

  // Run width: the longest line of the run, which hard-wrapped lines come close to.
  const auto width_from = [&](std::size_t index) {
    std::size_t width = 0;
    for (std::size_t k = index; k < body.size() && !body[k].blank(); ++k)
      width = std::max(width, body[k].length);
    return width;
  };

  for (std::size_t i = 0; i < body.size(); ++i) {
    const Line& line = body[i];
    if (line.blank()) {
      previous = nullptr;
      continue;
    }
    if (is_page_furniture(line, masthead)) {
      furniture.push_back(
          {RepairKind::page_furniture_dropped, 0, line.number, std::string(line.text)});
      previous = nullptr;
      continue;
    }
    if (previous == nullptr) run_width = width_from(i);
    if (previous != nullptr && !pieces.empty() &&
        continues_paragraph(*previous, line, run_width, previous_starts_piece)) {
      append_joined(pieces.back(), line.text, line.number, RepairKind::line_wrap_join,
                    line.begin + line.text.size());
      previous_starts_piece = false;
    } else {
      pieces.push_back(paragraph_piece(line));
      previous_starts_piece = true;
    }
    if (!furniture.empty()) {
      // Furniture is recorded after the block it followed; before the first block, at its start.
      if (pieces.size() > 1) {
        Piece& owner = pieces[pieces.size() - 2];
        attach_furniture(owner, owner.chars, furniture);
      } else {
        attach_furniture(pieces.back(), 0, furniture);
      }
    }
    previous = &line;
  }
  if (!pieces.empty()) {
    attach_furniture(pieces.back(), pieces.back().chars, furniture);
  } else {
    // No text, so no page for these lines to be furniture of: a lone "5" is what was written.
    for (const Line& line : body)
      if (!line.blank()) pieces.push_back(paragraph_piece(line));
  }
  return pieces;
}

void remove_title_spaces(Block& block) {
  std::vector<std::size_t> positions;
  std::string cleaned = remove_stray_spaces(block.text, positions);
  if (positions.empty()) return;
  block.text = std::move(cleaned);
  for (std::size_t position : positions)
    block.repairs.push_back({RepairKind::stray_space_removed, position, block.span.first_line, {}});
}

struct TocIndex {
  std::vector<TocItem*> items;
  std::unordered_map<std::string, std::size_t> section_by_key;  // matching key -> section index
};

TocIndex index_toc(std::vector<TocSection>& toc) {
  TocIndex index;
  for (std::size_t s = 0; s < toc.size(); ++s) {
    if (toc[s].block) {
      index.section_by_key.emplace(matching_key(toc[s].name), s);
      index.section_by_key.emplace(matching_key(toc[s].block->text), s);
    }
    for (TocItem& item : toc[s].items) index.items.push_back(&item);
  }
  return index;
}

std::size_t section_of(const std::vector<TocSection>& toc, const TocItem* item) {
  for (std::size_t s = 0; s < toc.size(); ++s)
    for (const TocItem& candidate : toc[s].items)
      if (&candidate == item) return s;
  return npos;
}

}  // namespace

bool is_page_furniture(const Line& line, const Masthead& masthead) {
  const std::string_view text = line.text;
  if (is_page_number_or_rule(text)) return true;
  if (line.length > 40 || ends_sentence(text)) return false;
  const auto contains = [&](const std::string& part) {
    return !part.empty() && text.find(part) != std::string_view::npos;
  };
  // A running header repeats the masthead: 某某研究院工作简报, or one of its lines alone.
  return (contains(masthead.institution) && contains(masthead.title)) ||
         (!masthead.title.empty() && text == masthead.title) ||
         (!masthead.institution.empty() && text == masthead.institution);
}

std::vector<Article> build_articles(const std::vector<Line>& body, std::vector<TocSection>& toc,
                                    const Masthead& masthead, bool first_is_title,
                                    Diagnostics& diagnostics) {
  std::vector<Piece> pieces = make_pieces(body, masthead);
  TocIndex index = index_toc(toc);

  std::vector<std::size_t> candidate_pieces;
  std::vector<std::string> candidate_texts;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& piece = pieces[i];
    const std::string_view text = piece.block.text;
    // Running text (most pieces) is too long for a section line, heading or title.
    const std::size_t length = visible_length(text, max_title_length);
    if (length > max_title_length) continue;
    // A TOC section repeated in the body (一、工作动态) opens its articles; checked before
    // headings, which such a line would also pass for.
    if (!index.section_by_key.empty() && index.section_by_key.count(matching_key(text))) {
      piece.section_line = true;
      piece.block.kind = BlockKind::heading;
      continue;
    }
    if (is_heading(text, length)) {
      piece.block.kind = BlockKind::heading;
      continue;
    }
    piece.title_candidate = is_title_candidate(text, length);
    if (piece.title_candidate) {
      candidate_pieces.push_back(i);
      candidate_texts.push_back(piece.block.text);
    }
  }

  std::vector<std::string> item_titles;
  for (const TocItem* item : index.items) item_titles.push_back(item->title);
  const std::vector<std::size_t> matches = align_toc_items(item_titles, candidate_texts);
  std::vector<TocItem*> item_of_piece(pieces.size(), nullptr);
  for (std::size_t k = 0; k < matches.size(); ++k) {
    if (matches[k] == npos) continue;
    const std::size_t p = candidate_pieces[matches[k]];
    pieces[p].block.kind = BlockKind::title;
    item_of_piece[p] = index.items[k];
  }
  if (first_is_title && !pieces.empty() && !pieces.front().section_line)
    pieces.front().block.kind = BlockKind::title;
  // Without a TOC entry, a title shows itself by the dated report under it.
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    Piece& piece = pieces[i];
    if (!piece.title_candidate || piece.block.kind == BlockKind::title) continue;
    const bool after_complete_block = i == 0 || pieces[i - 1].block.kind != BlockKind::paragraph ||
                                      !ends_mid_sentence(pieces[i - 1].block.text);
    const Piece& next = pieces[i + 1];
    if (after_complete_block && next.block.kind == BlockKind::paragraph && !next.title_candidate &&
        starts_with_time_lead(next.block.text))
      piece.block.kind = BlockKind::title;
  }

  // Rejoin paragraphs cut by a page break: the first half stops mid-sentence, and being the text
  // up to the end of a page, fills at least a line.
  std::vector<Piece> joined;
  std::vector<TocItem*> joined_items;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& piece = pieces[i];
    if (!joined.empty() && piece.block.kind == BlockKind::paragraph && !piece.section_line &&
        joined.back().block.kind == BlockKind::paragraph && !joined.back().section_line &&
        joined.back().chars >= min_split_half && ends_mid_sentence(joined.back().block.text) &&
        !starts_with_enumeration(piece.block.text)) {
      join_pieces(joined.back(), std::move(piece));
      continue;
    }
    joined.push_back(std::move(piece));
    joined_items.push_back(item_of_piece[i]);
  }

  std::vector<Article> articles;
  std::vector<Block> lead;
  std::size_t current_section = npos;
  for (std::size_t i = 0; i < joined.size(); ++i) {
    Piece& piece = joined[i];
    if (piece.section_line) {
      current_section = index.section_by_key.at(matching_key(piece.block.text));
      lead.push_back(std::move(piece.block));
      continue;
    }
    if (piece.block.kind == BlockKind::title || articles.empty()) {
      Article article;
      article.number = articles.size() + 1;
      article.lead = std::move(lead);
      lead.clear();
      if (const TocItem* item = joined_items[i]) current_section = section_of(toc, item);
      if (current_section != npos) {
        article.section = toc[current_section].name;
        if (toc[current_section].block)
          article.section_line = toc[current_section].block->span.first_line;
      }
      if (piece.block.kind == BlockKind::title) {
        remove_title_spaces(piece.block);
        article.title = std::move(piece.block);
        articles.push_back(std::move(article));
        if (TocItem* item = joined_items[i]) item->article = articles.back().number;
        continue;
      }
      article.title.kind = BlockKind::title;  // text before any title: an untitled article
      articles.push_back(std::move(article));
    }
    if (piece.block.kind == BlockKind::heading) remove_title_spaces(piece.block);
    articles.back().body.push_back(std::move(piece.block));
  }
  if (!lead.empty()) {
    // Section lines after the last article stay in the text as headings of that article.
    if (articles.empty()) articles.emplace_back().number = 1;
    for (Block& block : lead) articles.back().body.push_back(std::move(block));
  }

  for (const TocItem* item : index.items) {
    if (item->article == 0 && !articles.empty())
      diagnostics.push_back({Severity::warning, item->block.span.first_line,
                             "table of contents item has no article: " + item->title});
  }
  if (!index.items.empty()) {
    for (const Article& article : articles) {
      const bool listed =
          std::any_of(index.items.begin(), index.items.end(),
                      [&](const TocItem* item) { return item->article == article.number; });
      if (!listed && !article.title.text.empty())
        diagnostics.push_back({Severity::warning, article.title.span.first_line,
                               "article has no table of contents item: " + article.title.text});
    }
  }
  return articles;
}

}  // namespace jianbao::detail
