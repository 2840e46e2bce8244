// SPDX-License-Identifier: MIT
#include "jianbao/jsonl.hpp"

#include <fmt/format.h>

namespace jianbao {
namespace {

void append_field(std::string& out, std::string_view name, std::string_view value) {
  append_json_string(out, name);
  out += ':';
  append_json_string(out, value);
}

void append_repairs(std::string& out, const Block& block, bool& first) {
  for (const Repair& repair : block.repairs) {
    out += first ? "" : ",";
    first = false;
    out += '{';
    append_field(out, "kind", repair_kind_name(repair.kind));
    fmt::format_to(std::back_inserter(out), ",\"line\":{},\"position\":{}", repair.line,
                   repair.position);
    if (!repair.removed.empty()) {
      out += ',';
      append_field(out, "removed", repair.removed);
    }
    out += '}';
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", byte);
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_article_json_lines(std::string& out, const Bulletin& bulletin, std::size_t number,
                               std::string_view source) {
  const Masthead& masthead = bulletin.masthead;
  for (const Article& article : bulletin.articles) {
    out += '{';
    append_field(out, "source", source);
    fmt::format_to(std::back_inserter(out), ",\"bulletin\":{},\"article\":{},", number,
                   article.number);
    append_field(out, "section", article.section);
    out += ',';
    append_field(out, "title", article.title.text);
    fmt::format_to(std::back_inserter(out), ",\"line\":{},\"masthead\":{{",
                   article.title.span.first_line);
    append_field(out, "institution", masthead.institution);
    out += ',';
    append_field(out, "title", masthead.title);
    out += ',';
    append_field(out, "issue", masthead.issue);
    out += ',';
    append_field(out, "period_start", masthead.period ? masthead.period->start : "");
    out += ',';
    append_field(out, "period_end", masthead.period ? masthead.period->end : "");
    out += "},\"blocks\":[";
    bool first = true;
    for (const Block& block : article.body) {
      out += first ? "{" : ",{";
      first = false;
      append_field(out, "kind", block.kind == BlockKind::heading ? "heading" : "para");
      fmt::format_to(std::back_inserter(out), ",\"line\":{},", block.span.first_line);
      append_field(out, "text", block.text);
      out += '}';
    }
    out += "],\"repairs\":[";
    first = true;
    append_repairs(out, article.title, first);
    for (const Block& block : article.body) append_repairs(out, block, first);
    out += "]}\n";
  }
}

}  // namespace jianbao
