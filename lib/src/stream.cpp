// SPDX-License-Identifier: MIT
#include "jianbao/stream.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "detail/structure.hpp"

namespace jianbao {
namespace {

constexpr std::array<std::string_view, 6> column_names = {"source", "bulletin", "article",
                                                          "kind",   "line",     "text"};

std::string_view kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::masthead:
      return "masthead";
    case BlockKind::toc_section:
      return "toc-section";
    case BlockKind::toc_item:
      return "toc-item";
    case BlockKind::title:
      return "title";
    case BlockKind::heading:
      return "heading";
    case BlockKind::paragraph:
      return "para";
  }
  return "para";
}

/// Emits records for one bulletin; a block is followed by the records of its repairs.
class RecordBuilder {
 public:
  RecordBuilder(std::vector<Record>& out, std::size_t bulletin, std::string_view source)
      : out_(out), bulletin_(bulletin), source_(source) {}

  void block(const Block& block, std::size_t article) {
    out_.push_back({source_, bulletin_, article, std::string(kind_name(block.kind)),
                    block.span.first_line, block.text});
    for (const Repair& repair : block.repairs)
      out_.push_back({source_, bulletin_, article, "repair", repair.line, describe_repair(repair)});
  }

  void section(const Article& article) {
    out_.push_back(
        {source_, bulletin_, article.number, "section", article.section_line, article.section});
  }

 private:
  std::vector<Record>& out_;
  std::size_t bulletin_;
  std::string source_;
};

/// Appends the field escaped; runs without special characters are copied whole.
void append_escaped(std::string& out, std::string_view field) {
  // Every byte of every record passes here: a table lookup, not four comparisons.
  static constexpr auto special_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'\t', '\n', '\r', '\\'}) table[c] = true;
    return table;
  }();
  const auto is_special = [](char c) { return special_bytes[static_cast<unsigned char>(c)]; };
  for (;;) {
    const std::size_t special = static_cast<std::size_t>(
        std::find_if(field.begin(), field.end(), is_special) - field.begin());
    out.append(field.substr(0, special));
    if (special == field.size()) return;
    switch (field[special]) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += "\\\\";
    }
    field.remove_prefix(special + 1);
  }
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::optional<std::size_t> parse_number(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

}  // namespace

std::vector<Record> bulletin_records(const Bulletin& bulletin, std::size_t number,
                                     std::string_view source, std::optional<Encoding> encoding) {
  std::vector<Record> records;
  if (encoding)
    records.push_back({std::string(source), number, 0, "encoding", bulletin.span.first_line,
                       std::string(encoding_name(*encoding))});
  RecordBuilder builder(records, number, source);
  for (const Block& line : bulletin.masthead.lines) builder.block(line, 0);
  for (const TocSection& section : bulletin.toc) {
    if (section.block) builder.block(*section.block, 0);
    for (const TocItem& item : section.items) builder.block(item.block, item.article);
  }
  for (const Article& article : bulletin.articles) {
    for (const Block& lead : article.lead) builder.block(lead, 0);
    if (!article.section.empty()) builder.section(article);
    if (article.title.span.first_line != 0) builder.block(article.title, article.number);
    for (const Block& block : article.body) builder.block(block, article.number);
  }
  for (const Block& line : bulletin.trailer) builder.block(line, 0);
  return records;
}

std::string describe_repair(const Repair& repair) {
  std::string text = fmt::format("{} at {}", repair_kind_name(repair.kind), repair.position);
  if (!repair.removed.empty()) text += ": " + repair.removed;
  return text;
}

std::string escape_field(std::string_view field) {
  std::string out;
  append_escaped(out, field);
  return out;
}

std::string unescape_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out += field[i];
      continue;
    }
    switch (field[i + 1]) {
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case '\\':
        out += '\\';
        break;
      default:
        out += field[i];
        continue;  // not an escape: keep the backslash and what follows
    }
    ++i;
  }
  return out;
}

void append_record(std::string& out, const Record& record) {
  // Every record of every bulletin: numbers by format_int, not a format string through a
  // back_inserter (12% of jianbao-split's instructions).
  const auto append_field = [&out](std::size_t number) {
    const fmt::format_int digits(number);
    out += '\t';
    out.append(digits.data(), digits.size());
  };
  append_escaped(out, record.source);
  append_field(record.bulletin);
  append_field(record.article);
  out += '\t';
  out += record.kind;
  append_field(record.line);
  out += '\t';
  append_escaped(out, record.text);
  out += '\n';
}

bool is_stream_header(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::vector<std::string_view> fields = split_tabs(line);
  if (fields.size() < column_names.size()) return false;
  for (std::size_t i = 0; i < column_names.size(); ++i)
    if (fields[i] != column_names[i]) return false;
  return true;
}

RecordParser::RecordParser(std::string_view header_line) : header_(header_line) {
  if (!header_.empty() && header_.back() == '\r') header_.pop_back();  // a CRLF stream
  const std::vector<std::string_view> fields = split_tabs(header_);
  for (std::string_view name : column_names) {
    std::size_t index = 0;
    while (index < fields.size() && fields[index] != name) ++index;
    columns_.push_back(index);
  }
}

std::optional<Record> RecordParser::parse(std::string_view line, std::size_t line_number,
                                          Diagnostics& diagnostics) const {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty() || line == header_ || is_stream_header(line)) return std::nullopt;
  const std::vector<std::string_view> fields = split_tabs(line);
  const auto field = [&](std::size_t column) {
    const std::size_t index = columns_[column];
    return index < fields.size() ? fields[index] : std::string_view();
  };
  const auto bulletin = parse_number(field(1));
  const auto article = parse_number(field(2));
  const auto source_line = parse_number(field(4));
  if (!bulletin || !article || !source_line || field(3).empty()) {
    diagnostics.push_back({Severity::warning, line_number, "malformed stream record skipped"});
    return std::nullopt;
  }
  return Record{unescape_field(field(0)), *bulletin,    *article,
                std::string(field(3)),    *source_line, unescape_field(field(5))};
}

StreamReader::StreamReader(std::istream& input, std::string_view header_line)
    : input_(input), parser_(header_line) {}

std::optional<Record> StreamReader::next() {
  std::string line;
  while (std::getline(input_, line)) {
    if (auto record = parser_.parse(line, ++line_number_, diagnostics_)) return record;
  }
  return std::nullopt;
}

}  // namespace jianbao

namespace jianbao {
namespace {

std::optional<Repair> parse_repair(std::string_view text, std::size_t line) {
  const std::size_t at = text.find(" at ");
  if (at == std::string_view::npos) return std::nullopt;
  Repair repair;
  repair.line = line;
  const std::string_view kind = text.substr(0, at);
  bool known = false;
  for (RepairKind k : {RepairKind::page_break_join, RepairKind::line_wrap_join,
                       RepairKind::stray_space_removed, RepairKind::page_furniture_dropped}) {
    if (repair_kind_name(k) == kind) {
      repair.kind = k;
      known = true;
    }
  }
  std::string_view rest = text.substr(at + 4);
  const std::size_t colon = rest.find(": ");
  const auto position = parse_number(rest.substr(0, colon));
  if (!known || !position) return std::nullopt;
  repair.position = *position;
  if (colon != std::string_view::npos) repair.removed = std::string(rest.substr(colon + 2));
  return repair;
}

Block record_block(const Record& record, BlockKind kind) {
  Block block;
  block.kind = kind;
  block.text = record.text;
  block.span = {record.line, record.line, 0, 0};
  return block;
}

/// One bulletin's records back into the model; the TOC is re-read from its lines as written.
Bulletin rebuild_bulletin(const Record* begin, const Record* end, Diagnostics& diagnostics) {
  Bulletin bulletin;
  std::vector<detail::Line> toc_lines;
  std::vector<std::size_t> item_articles;
  std::vector<Block> lead;
  const Record* section = nullptr;
  Block* last = nullptr;
  const auto article_for = [&](const Record& record) -> Article& {
    if (bulletin.articles.empty() || bulletin.articles.back().number != record.article) {
      Article& article = bulletin.articles.emplace_back();
      article.number = record.article;
      article.title.kind = BlockKind::title;
      article.lead = std::move(lead);
      lead.clear();
      if (section != nullptr && section->article == record.article) {
        article.section = section->text;
        article.section_line = section->line;
      }
    }
    return bulletin.articles.back();
  };
  for (const Record* r = begin; r != end; ++r) {
    const std::string& kind = r->kind;
    if (kind == "masthead") {
      auto& lines = bulletin.articles.empty() && toc_lines.empty() ? bulletin.masthead.lines
                                                                   : bulletin.trailer;
      lines.push_back(record_block(*r, BlockKind::masthead));
      last = &lines.back();
    } else if (kind == "toc-section" || kind == "toc-item") {
      detail::Line line;
      line.number = r->line;
      line.text = r->text;
      toc_lines.push_back(line);
      if (kind == "toc-item") item_articles.push_back(r->article);
      last = nullptr;
    } else if (kind == "section") {
      section = &*r;
    } else if (kind == "title") {
      Article& article = article_for(*r);
      article.title = record_block(*r, BlockKind::title);
      last = &article.title;
    } else if ((kind == "heading" || kind == "para") && r->article == 0) {
      lead.push_back(record_block(*r, BlockKind::heading));
      last = &lead.back();
    } else if (kind == "heading" || kind == "para") {
      Article& article = article_for(*r);
      article.body.push_back(
          record_block(*r, kind == "heading" ? BlockKind::heading : BlockKind::paragraph));
      last = &article.body.back();
    } else if (kind == "repair") {
      const auto repair = parse_repair(r->text, r->line);
      if (!repair || last == nullptr) {
        diagnostics.push_back(
            {Severity::warning, r->line, "repair record not understood: " + r->text});
        continue;
      }
      last->span.last_line = std::max(last->span.last_line, r->line);
      last->repairs.push_back(*repair);
    }  // kinds from later versions are skipped, as the stream's readers promise
  }
  bulletin.toc = detail::build_toc(toc_lines);
  std::size_t next_item = 0;
  for (TocSection& toc_section : bulletin.toc)
    for (TocItem& item : toc_section.items)
      if (next_item < item_articles.size()) item.article = item_articles[next_item++];
  detail::describe_masthead(bulletin.masthead);
  return bulletin;
}

}  // namespace

std::vector<SourcedBulletin> bulletins_from_records(const std::vector<Record>& records) {
  Diagnostics ignored;
  std::vector<SourcedBulletin> bulletins;
  for (std::size_t i = 0; i < records.size();) {
    std::size_t j = i;
    while (j < records.size() && records[j].source == records[i].source &&
           records[j].bulletin == records[i].bulletin)
      ++j;
    std::optional<Encoding> encoding;
    if (records[i].kind == "encoding") encoding = parse_encoding_name(records[i].text);
    bulletins.push_back({records[i].source, records[i].bulletin,
                         rebuild_bulletin(records.data() + i, records.data() + j, ignored),
                         encoding});
    i = j;
  }
  return bulletins;
}

}  // namespace jianbao
