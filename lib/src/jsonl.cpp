// SPDX-License-Identifier: MIT
#include "jianbao/jsonl.hpp"

#include <fmt/format.h>

#include "detail/utf8.hpp"

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

// Deeper nesting than this in a skipped member is refused rather than risking the stack.
constexpr int max_depth = 64;

/// A recursive-descent reader for the one object of a JSON Lines line. It stops at the first
/// error, remembering where, since a document with bad JSON cannot be trusted at all.
class JsonLineReader {
 public:
  explicit JsonLineReader(std::string_view line) : line_(line) {}

  JsonDocumentResult read() {
    JsonDocumentResult result;
    JsonDocument document;
    const bool read = read_object(document);
    result.diagnostics = std::move(warnings_);
    if (read) {
      result.document = std::move(document);
    } else {
      result.diagnostics.push_back({Severity::error, 0, error_});
    }
    return result;
  }

 private:
  bool read_object(JsonDocument& document) {
    bool has_text = false;
    skip_space();
    if (!expect('{', "expected '{' (a JSON object)")) return false;
    skip_space();
    if (peek() == '}') {
      ++pos_;
    } else {
      for (;;) {
        skip_space();
        std::string name;
        if (peek() != '"') return fail("expected a member name");
        if (!read_string(name)) return false;
        skip_space();
        if (!expect(':', "expected ':'")) return false;
        skip_space();
        if (name == "text") {
          if (peek() != '"') return fail("\"text\" must be a string");
          document.text.clear();  // a repeated member: the last one counts
          if (!read_string(document.text)) return false;
          has_text = true;
        } else if (name == "id") {
          if (!read_id(document.id)) return false;
        } else if (!skip_value(0)) {
          return false;
        }
        skip_space();
        if (peek() != ',') break;
        ++pos_;
      }
      if (!expect('}', "expected ',' or '}'")) return false;
    }
    skip_space();
    if (pos_ < line_.size()) return fail("unexpected text after the object");
    return has_text || fail("no \"text\" member");
  }

  char peek() const { return pos_ < line_.size() ? line_[pos_] : '\0'; }

  void skip_space() {
    while (pos_ < line_.size() && (line_[pos_] == ' ' || line_[pos_] == '\t' ||
                                   line_[pos_] == '\r' || line_[pos_] == '\n'))
      ++pos_;
  }

  bool expect(char c, std::string_view message) {
    if (peek() != c) return fail(message);
    ++pos_;
    return true;
  }

  /// Records the first error with its 1-based column; returns false for the callers to pass on.
  bool fail(std::string_view message) {
    if (error_.empty()) error_ = fmt::format("invalid JSON at column {}: {}", pos_ + 1, message);
    return false;
  }

  bool read_id(std::optional<std::string>& id) {
    if (peek() == '"') {
      id.emplace();
      return read_string(*id);
    }
    if (peek() == 'n') {
      id.reset();
      return literal("null");
    }
    const std::size_t start = pos_;
    if (!skip_number()) return fail("\"id\" must be a string, a number or null");
    id = std::string(line_.substr(start, pos_ - start));
    return true;
  }

  bool literal(std::string_view word) {
    if (line_.substr(pos_, word.size()) != word) return fail("expected a JSON value");
    pos_ += word.size();
    return true;
  }

  bool skip_value(int depth) {
    if (depth > max_depth) return fail("nested too deeply");
    switch (peek()) {
      case '"': {
        std::string ignored;
        return read_string(ignored);
      }
      case '{':
      case '[':
        return skip_container(depth);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return skip_number() || fail("expected a JSON value");
    }
  }

  bool skip_container(int depth) {
    const char close = peek() == '{' ? '}' : ']';
    ++pos_;
    skip_space();
    if (peek() == close) return ++pos_, true;
    for (;;) {
      skip_space();
      if (close == '}') {
        std::string ignored;
        if (peek() != '"') return fail("expected a member name");
        if (!read_string(ignored)) return false;
        skip_space();
        if (!expect(':', "expected ':'")) return false;
        skip_space();
      }
      if (!skip_value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      return expect(close, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }

  bool skip_digits() {
    const std::size_t start = pos_;
    while (peek() >= '0' && peek() <= '9') ++pos_;
    return pos_ > start;
  }

  bool skip_number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (!skip_digits()) {
      pos_ = start;
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!skip_digits()) return fail("expected a digit");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!skip_digits()) return fail("expected a digit");
    }
    return true;
  }

  /// Four hex digits after \u, or nullopt after an error.
  std::optional<char32_t> read_hex4() {
    char32_t value = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      const char c = peek();
      int digit = 0;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        fail("expected four hex digits after \\u");
        return std::nullopt;
      }
      value = value * 16 + static_cast<char32_t>(digit);
    }
    return value;
  }

  /// The code point of a \u escape (pos_ just after the 'u'), joining a surrogate pair.
  std::optional<char32_t> read_unicode_escape() {
    const std::size_t escape_start = pos_ - 2;
    const std::optional<char32_t> unit = read_hex4();
    if (!unit) return std::nullopt;
    const bool high = *unit >= 0xD800 && *unit <= 0xDBFF;
    if (high && line_.substr(pos_, 2) == "\\u") {
      const std::size_t low_start = pos_;
      pos_ += 2;
      const std::optional<char32_t> low = read_hex4();
      if (!low) return std::nullopt;
      if (*low >= 0xDC00 && *low <= 0xDFFF)
        return 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
      pos_ = low_start;  // not a pair: the second escape is read on its own
    }
    if (*unit >= 0xD800 && *unit <= 0xDFFF) {
      warnings_.push_back({Severity::warning, 0,
                           fmt::format("lone surrogate {} at column {} replaced by U+FFFD",
                                       line_.substr(escape_start, 6), escape_start + 1)});
      return detail::replacement_character;
    }
    return unit;
  }

  /// Reads a string literal (pos_ on its opening quote) into `out`.
  bool read_string(std::string& out) {
    ++pos_;
    for (;;) {
      const std::size_t run = pos_;
      while (pos_ < line_.size() && line_[pos_] != '"' && line_[pos_] != '\\' &&
             static_cast<unsigned char>(line_[pos_]) >= 0x20)
        ++pos_;
      out.append(line_.substr(run, pos_ - run));
      if (pos_ >= line_.size()) return fail("unterminated string");
      const char c = line_[pos_++];
      if (c == '"') return true;
      if (c != '\\') return --pos_, fail("control character in a string");
      const char escape = peek();
      ++pos_;
      switch (escape) {
        case '"':
        case '\\':
        case '/':
          out += escape;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const std::optional<char32_t> c32 = read_unicode_escape();
          if (!c32) return false;
          detail::append_utf8(out, *c32);
          break;
        }
        default:
          pos_ -= 2;
          return fail("invalid escape");
      }
    }
  }

  std::string_view line_;
  std::size_t pos_ = 0;
  std::string error_;
  Diagnostics warnings_;
};

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

JsonDocumentResult parse_json_document(std::string_view line) {
  return JsonLineReader(line).read();
}

}  // namespace jianbao
