// SPDX-License-Identifier: MIT
// JSON Lines: string escapes and one well-formed object per article.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/jsonl.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::small_bulletin;

namespace {

/// A strict little JSON checker (RFC 8259 grammar, no semantic checks): enough to tell
/// whether a line is one well-formed value.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  /// True when the whole text is exactly one JSON value (white space around allowed).
  bool whole_value() {
    skip_space();
    if (!value()) return false;
    skip_space();
    return pos_ == text_.size();
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      ++pos_;
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool value() {
    if (++depth_ > 64) return false;
    bool ok = false;
    switch (peek()) {
      case '{':
        ok = object();
        break;
      case '[':
        ok = array();
        break;
      case '"':
        ok = string();
        break;
      case 't':
        ok = literal("true");
        break;
      case 'f':
        ok = literal("false");
        break;
      case 'n':
        ok = literal("null");
        break;
      default:
        ok = number();
    }
    --depth_;
    return ok;
  }

  bool object() {
    ++pos_;  // {
    skip_space();
    if (peek() == '}') return ++pos_, true;
    for (;;) {
      skip_space();
      if (peek() != '"' || !string()) return false;
      skip_space();
      if (peek() != ':') return false;
      ++pos_;
      skip_space();
      if (!value()) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') return ++pos_, true;
      return false;
    }
  }

  bool array() {
    ++pos_;  // [
    skip_space();
    if (peek() == ']') return ++pos_, true;
    for (;;) {
      skip_space();
      if (!value()) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == ']') return ++pos_, true;
      return false;
    }
  }

  static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  bool string() {
    ++pos_;  // "
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(text_[pos_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;  // raw control characters are not allowed in strings
      if (c != '\\') continue;
      if (at_end()) return false;
      const char e = text_[pos_++];
      if (e == 'u') {
        for (int i = 0; i < 4; ++i)
          if (at_end() || !is_hex(text_[pos_++])) return false;
      } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
        return false;
      }
    }
    return false;
  }

  bool number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') ++pos_;
    } else {
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return false;
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return false;
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    return pos_ > start;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

bool is_json(std::string_view text) {
  return JsonChecker(text).whole_value();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

TEST_CASE("the JSON checker used here accepts JSON and rejects broken JSON", "[jsonl][self]") {
  CHECK(is_json(R"({"a":[1,-2.5e3,"x\"y",{},[],true,null],"b":"\u00e9"})"));
  CHECK_FALSE(is_json(R"({"a":1)"));
  CHECK_FALSE(is_json(R"({"a":1}})"));
  CHECK_FALSE(is_json("\"a\nb\""));
  CHECK_FALSE(is_json(R"("\x")"));
  CHECK_FALSE(is_json(R"({"a":1,})"));
}

TEST_CASE("a JSON string escapes quote and backslash", "[jsonl][string]") {
  CHECK(json_string("say \"hi\"") == R"("say \"hi\"")");
  CHECK(json_string("a\\b") == R"("a\\b")");
  CHECK(json_string("") == R"("")");
}

TEST_CASE("a JSON string escapes newline, CR, tab and other control characters",
          "[jsonl][string]") {
  CHECK(json_string("甲\n乙") == R"("甲\n乙")");
  CHECK(json_string("甲\r乙") == R"("甲\r乙")");
  CHECK(json_string("甲\t乙") == R"("甲\t乙")");
  CHECK(json_string("\x01") == R"("\u0001")");
  CHECK(json_string("\x1f") == R"("\u001f")");
  CHECK(json_string("\x7f") == R"("\u007f")");
  CHECK(json_string(std::string_view("a\0b", 3)) == R"("a\u0000b")");
  const std::string all_controls = [] {
    std::string s;
    for (char c = 1; c < 0x20; ++c) s += c;
    return s;
  }();
  const std::string escaped = json_string(all_controls);
  CHECK(is_json(escaped));
  for (char c : escaped) CHECK(static_cast<unsigned char>(c) >= 0x20);
}

TEST_CASE("a JSON string leaves UTF-8 Chinese as it is", "[jsonl][string]") {
  CHECK(json_string("研究院召开会议。") == "\"研究院召开会议。\"");
  CHECK(json_string("“标准化”——《指南》") == "\"“标准化”——《指南》\"");
  CHECK(json_string("\xF0\xA0\x80\x80") == "\"\xF0\xA0\x80\x80\"");
}

TEST_CASE("a JSON string is appended to what is already there", "[jsonl][string]") {
  std::string out = "{\"k\":";
  append_json_string(out, "值");
  CHECK(out == "{\"k\":\"值\"");
}

TEST_CASE("there is one well-formed JSON line per article", "[jsonl][articles]") {
  const ParseResult result = parse_bulletins(decode(small_bulletin));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins[0];
  REQUIRE(bulletin.articles.size() == 2);

  std::string out;
  append_article_json_lines(out, bulletin, 1, "qinghe.txt");
  REQUIRE_FALSE(out.empty());
  CHECK(out.back() == '\n');
  const std::vector<std::string> lines = split_lines(out);
  REQUIRE(lines.size() == bulletin.articles.size());

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const Article& article = bulletin.articles[i];
    INFO(line);
    CHECK(line.rfind("{\"source\":", 0) == 0);
    CHECK(line.back() == '}');
    CHECK(is_json(line));
    CHECK(contains(line, "\"source\":\"qinghe.txt\""));
    CHECK(contains(line, "\"bulletin\":1,"));
    CHECK(contains(line, "\"article\":" + std::to_string(article.number) + ","));
    CHECK(contains(line, "\"title\":" + json_string(article.title.text)));
    CHECK(contains(line, "\"section\":\"学术活动\""));
    CHECK(contains(line, "\"blocks\":["));
    CHECK(contains(line, "\"repairs\":["));
    CHECK(contains(line, "\"institution\":\"青禾农业科学研究院\""));
    CHECK(contains(line, "\"period_start\":\"2019-05-01\""));
    CHECK(contains(line, "\"period_end\":\"2019-05-31\""));
    for (const Block& block : article.body) CHECK(contains(line, json_string(block.text)));
  }
  CHECK(contains(lines[0], "\"title\":\"青禾农业科学研究院举办盐碱地改良学术报告会\""));
  CHECK(contains(lines[0], "\"line\":14"));
  CHECK(contains(lines[1], "\"title\":\"青年科研人员赴石泉试验站开展田间调研\""));
  CHECK(contains(lines[1], "\"line\":18"));
}

TEST_CASE("JSON lines are appended after existing output", "[jsonl][articles]") {
  const ParseResult result = parse_bulletins(decode(small_bulletin));
  REQUIRE(result.bulletins.size() == 1);
  std::string out;
  append_article_json_lines(out, result.bulletins[0], 1, "a.txt");
  append_article_json_lines(out, result.bulletins[0], 2, "b.txt");
  const std::vector<std::string> lines = split_lines(out);
  REQUIRE(lines.size() == 4);
  for (const std::string& line : lines) CHECK(is_json(line));
  CHECK(contains(lines[3], "\"source\":\"b.txt\",\"bulletin\":2,\"article\":2"));
}

TEST_CASE("special characters in article text keep each article on one valid line",
          "[jsonl][articles]") {
  Bulletin bulletin;
  bulletin.masthead.institution = "研究院\t\"甲\"";
  for (std::size_t n = 1; n <= 3; ++n) {
    Article article;
    article.number = n;
    article.title.kind = BlockKind::title;
    article.title.text = "标题\"" + std::to_string(n) + "\"\\";
    article.title.span = {n * 10, n * 10, 0, 0};
    Block heading;
    heading.kind = BlockKind::heading;
    heading.text = "一、小标题\n续";
    heading.span = {n * 10 + 1, n * 10 + 1, 0, 0};
    Block para;
    para.kind = BlockKind::paragraph;
    para.text = "正文{[\x01\r\n]}。";
    para.span = {n * 10 + 2, n * 10 + 3, 0, 0};
    Repair dropped;
    dropped.kind = RepairKind::page_furniture_dropped;
    dropped.position = 2;
    dropped.line = n * 10 + 3;
    dropped.removed = "- \"2\" -";
    para.repairs.push_back(dropped);
    article.body = {heading, para};
    bulletin.articles.push_back(article);
  }

  std::string out;
  append_article_json_lines(out, bulletin, 1, "源\n文件.txt");
  const std::vector<std::string> lines = split_lines(out);
  REQUIRE(lines.size() == 3);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(line.rfind("{\"source\":", 0) == 0);
    CHECK(is_json(line));
    CHECK(contains(line, "\"kind\":\"heading\""));
    CHECK(contains(line, "\"kind\":\"para\""));
    CHECK(contains(line, "\"kind\":\"page-furniture-dropped\""));
    CHECK(contains(line, R"("removed":"- \"2\" -")"));
  }
  CHECK(contains(lines[1], R"("title":"标题\"2\"\\")"));
  CHECK(contains(lines[2], R"("text":"正文{[\u0001\r\n]}。")"));
}

TEST_CASE("a bulletin without articles gives no JSON line", "[jsonl][articles]") {
  Bulletin bulletin;
  bulletin.masthead.institution = "青禾农业科学研究院";
  std::string out;
  append_article_json_lines(out, bulletin, 1, "a.txt");
  CHECK(out.empty());
}

namespace {

/// The error message of a line that is not a document, or "" when it is one.
std::string document_error(std::string_view line) {
  const JsonDocumentResult result = parse_json_document(line);
  for (const Diagnostic& d : result.diagnostics)
    if (d.severity == Severity::error) return d.message;
  return "";
}

}  // namespace

TEST_CASE("a JSON document gives its id and text", "[jsonl][document]") {
  const JsonDocumentResult result =
      parse_json_document(R"({"id": "2019/03.txt", "text": "研究院\n工作简报"})");
  REQUIRE(result.document);
  CHECK(result.diagnostics.empty());
  CHECK(result.document->id == "2019/03.txt");
  CHECK(result.document->text == "研究院\n工作简报");
}

TEST_CASE("a JSON document without an id, or with a null id, has none", "[jsonl][document]") {
  const JsonDocumentResult absent = parse_json_document(R"({"text":"甲"})");
  REQUIRE(absent.document);
  CHECK_FALSE(absent.document->id);
  const JsonDocumentResult null = parse_json_document(R"({"id":null,"text":"甲"})");
  REQUIRE(null.document);
  CHECK_FALSE(null.document->id);
}

TEST_CASE("a numeric JSON document id is kept as written", "[jsonl][document]") {
  const JsonDocumentResult result = parse_json_document(R"({"id":-12.50e3,"text":"甲"})");
  REQUIRE(result.document);
  CHECK(result.document->id == "-12.50e3");
}

TEST_CASE("a JSON document's other members are skipped whatever their type", "[jsonl][document]") {
  const JsonDocumentResult result = parse_json_document(
      R"( { "lang" : "zh", "pages": 12, "ok": true, "no": false, "x": null,)"
      R"( "meta": {"a": [1, {"b": "}"}, []], "c": {}}, "text": "乙", "tail": [] } )");
  REQUIRE(result.document);
  CHECK(result.document->text == "乙");
  CHECK_FALSE(result.document->id);
}

TEST_CASE("JSON string escapes are decoded", "[jsonl][document]") {
  const JsonDocumentResult result =
      parse_json_document(R"({"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4E2D\u0000z"})");
  REQUIRE(result.document);
  CHECK(result.document->text == std::string("a\"b\\c/d\b\f\n\r\t\xC3\xA9\xE4\xB8\xAD\0z", 19));
}

TEST_CASE("a JSON surrogate pair is one code point", "[jsonl][document]") {
  const JsonDocumentResult result = parse_json_document(R"({"text":"\ud83d\ude00 \uD840\uDC00"})");
  REQUIRE(result.document);
  CHECK(result.document->text == "\xF0\x9F\x98\x80 \xF0\xA0\x80\x80");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a lone JSON surrogate becomes U+FFFD with a warning", "[jsonl][document]") {
  const JsonDocumentResult result = parse_json_document(R"({"text":"a\ud800b\udc00\ud800\u0041"})");
  REQUIRE(result.document);
  CHECK(result.document->text ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD\xEF\xBF\xBD"
        "A");
  REQUIRE(result.diagnostics.size() == 3);
  CHECK(result.diagnostics[0].severity == Severity::warning);
  CHECK(result.diagnostics[0].message == "lone surrogate \\ud800 at column 11 replaced by U+FFFD");
}

TEST_CASE("whatever append_json_string writes reads back the same", "[jsonl][document]") {
  std::string text = "“标准化”\t\"引号\"\\ \r\n";
  for (char c = 1; c < 0x20; ++c) text += c;
  text += std::string("\0\x7f\xF0\xA0\x80\x80", 6);
  std::string line = "{\"text\":";
  append_json_string(line, text);
  line += ",\"id\":";
  append_json_string(line, "编号\n1");
  line += "}";
  const JsonDocumentResult result = parse_json_document(line);
  REQUIRE(result.document);
  CHECK(result.document->text == text);
  CHECK(result.document->id == "编号\n1");
}

TEST_CASE("a line that is not a JSON document is an error naming the column", "[jsonl][document]") {
  CHECK(document_error("") == "invalid JSON at column 1: expected '{' (a JSON object)");
  CHECK(document_error(R"(["text"])") == "invalid JSON at column 1: expected '{' (a JSON object)");
  CHECK(document_error(R"({"id":"a"})") == "invalid JSON at column 11: no \"text\" member");
  CHECK(document_error(R"({"text":1})") == "invalid JSON at column 9: \"text\" must be a string");
  CHECK(document_error(R"({"text":"a"} x)") ==
        "invalid JSON at column 14: unexpected text after the object");
  CHECK(document_error(R"({"text":"a",})") == "invalid JSON at column 13: expected a member name");
  CHECK(document_error(R"({"text" "a"})") == "invalid JSON at column 9: expected ':'");
  CHECK(document_error(R"({"text":"a")") == "invalid JSON at column 12: expected ',' or '}'");
  CHECK(document_error(R"({"text":"abc)") == "invalid JSON at column 13: unterminated string");
  CHECK(document_error(R"({"text":"a\qb"})") == "invalid JSON at column 11: invalid escape");
  CHECK(document_error(R"({"text":"\u12G4"})") ==
        "invalid JSON at column 14: expected four hex digits after \\u");
  CHECK(document_error("{\"text\":\"a\tb\"}") ==
        "invalid JSON at column 11: control character in a string");
  CHECK(document_error(R"({"id":true,"text":"a"})") ==
        "invalid JSON at column 7: \"id\" must be a string, a number or null");
  CHECK(document_error(R"({"x":tru,"text":"a"})") ==
        "invalid JSON at column 6: expected a JSON value");
  CHECK(document_error(R"({"x":1.,"text":"a"})") == "invalid JSON at column 8: expected a digit");
  CHECK(document_error(R"({"x":[1 2],"text":"a"})") ==
        "invalid JSON at column 9: expected ',' or ']'");
  CHECK(document_error(R"({"text":"a"}{"text":"b"})") ==
        "invalid JSON at column 13: unexpected text after the object");
}

TEST_CASE("deeply nested skipped members are refused, not overflowing the stack",
          "[jsonl][document]") {
  const std::string deep = "{\"x\":" + std::string(100000, '[') + ",\"text\":\"a\"}";
  CHECK(document_error(deep) == "invalid JSON at column 71: nested too deeply");
  const std::string fine =
      "{\"x\":" + std::string(60, '[') + std::string(60, ']') + ",\"text\":\"a\"}";
  CHECK(document_error(fine).empty());
}

TEST_CASE("white space and a CR around a JSON document are allowed", "[jsonl][document]") {
  const JsonDocumentResult result = parse_json_document(" \t{ \"text\" : \"a\" }\r");
  REQUIRE(result.document);
  CHECK(result.document->text == "a");
}
