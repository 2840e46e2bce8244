// SPDX-License-Identifier: MIT
#include "jianbao/stream.hpp"

#include <fmt/format.h>

#include <array>

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
  for (;;) {
    const std::size_t special = field.find_first_of("\t\n\r\\");
    out.append(field.substr(0, special));
    if (special == std::string_view::npos) return;
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
                                     std::string_view source) {
  std::vector<Record> records;
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
  append_escaped(out, record.source);
  fmt::format_to(std::back_inserter(out), "\t{}\t{}\t", record.bulletin, record.article);
  out += record.kind;
  fmt::format_to(std::back_inserter(out), "\t{}\t", record.line);
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

StreamReader::StreamReader(std::istream& input, std::string_view header_line)
    : input_(input), header_(header_line) {
  if (!header_.empty() && header_.back() == '\r') header_.pop_back();  // a CRLF stream
  header_line = header_;
  const std::vector<std::string_view> fields = split_tabs(header_line);
  for (std::string_view name : column_names) {
    std::size_t index = 0;
    while (index < fields.size() && fields[index] != name) ++index;
    columns_.push_back(index);
  }
}

std::optional<Record> StreamReader::next() {
  std::string line;
  while (std::getline(input_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line == header_ || is_stream_header(line)) continue;
    const std::vector<std::string_view> fields = split_tabs(line);
    const auto field = [&](std::size_t column) {
      const std::size_t index = columns_[column];
      return index < fields.size() ? fields[index] : std::string_view();
    };
    const auto bulletin = parse_number(field(1));
    const auto article = parse_number(field(2));
    const auto source_line = parse_number(field(4));
    if (!bulletin || !article || !source_line || field(3).empty()) {
      diagnostics_.push_back({Severity::warning, line_number_, "malformed stream record skipped"});
      continue;
    }
    return Record{unescape_field(field(0)), *bulletin,    *article,
                  std::string(field(3)),    *source_line, unescape_field(field(5))};
  }
  return std::nullopt;
}

}  // namespace jianbao
