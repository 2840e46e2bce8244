// SPDX-License-Identifier: MIT
// Decoding: encoding detection, conversion to UTF-8, newlines, replacements and matching keys.
#include <catch2/catch.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "jianbao/diagnostic.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;

namespace {

/// U+FFFD in UTF-8.
const std::string replacement = "\xEF\xBF\xBD";

/// A byte string written as numbers, for inputs that are easier to read that way.
std::string bytes_of(std::initializer_list<unsigned> values) {
  std::string out;
  for (unsigned v : values) out += static_cast<char>(v);
  return out;
}

/// 研究院召开会议。 in GB18030 (iconv -f UTF-8 -t GB18030).
const std::string gb_sentence = "\xd1\xd0\xbe\xbf\xd4\xba\xd5\xd9\xbf\xaa\xbb\xe1\xd2\xe9\xa1\xa3";

/// 第一行 CR LF 研究院召开会议。 in GB18030.
const std::string gb_two_lines =
    "\xb5\xda\xd2\xbb\xd0\xd0\r\n"
    "\xd1\xd0\xbe\xbf\xd4\xba\xd5\xd9\xbf\xaa\xbb\xe1\xd2\xe9\xa1\xa3";

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("plain UTF-8 is detected and kept as is", "[decode]") {
  const std::string input = "青禾研究院工作简报\n第二行。";
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(text.content == input);
  CHECK(text.diagnostics.empty());
  CHECK(text.line_count() == 2);
  CHECK(text.line(1) == "青禾研究院工作简报");
  CHECK(text.line(2) == "第二行。");
}

TEST_CASE("a UTF-8 byte order mark is removed and reported as utf8_bom", "[decode]") {
  const Text text = decode("\xEF\xBB\xBF工作简报\n");
  CHECK(text.encoding == Encoding::utf8_bom);
  CHECK(text.content == "工作简报\n");
  CHECK(text.diagnostics.empty());
  CHECK(text.line(1) == "工作简报");
}

TEST_CASE("UTF-16LE with a byte order mark is converted, surrogate pairs included", "[decode]") {
  // BOM, 研 U+7814, 究 U+7A76, LF, U+20000 as D840 DC00, 'A'
  const std::string input = bytes_of(
      {0xFF, 0xFE, 0x14, 0x78, 0x76, 0x7A, 0x0A, 0x00, 0x40, 0xD8, 0x00, 0xDC, 0x41, 0x00});
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf16le);
  CHECK(text.content ==
        "研究\n\xF0\xA0\x80\x80"
        "A");
  CHECK(text.diagnostics.empty());
  CHECK(text.line_count() == 2);
  CHECK(text.line(2) ==
        "\xF0\xA0\x80\x80"
        "A");
}

TEST_CASE("UTF-16BE with a byte order mark is converted, surrogate pairs included", "[decode]") {
  const std::string input = bytes_of({0xFE, 0xFF, 0x78, 0x14, 0x7A, 0x76, 0x00, 0x0D, 0x00, 0x0A,
                                      0xD8, 0x40, 0xDC, 0x00, 0x00, 0x41});
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf16be);
  CHECK(text.content ==
        "研究\n\xF0\xA0\x80\x80"
        "A");
  CHECK(text.diagnostics.empty());
  CHECK(text.line_count() == 2);
}

TEST_CASE("an unpaired UTF-16 surrogate becomes U+FFFD with a warning", "[decode]") {
  // BOM, 研, lone high surrogate D840, LF, 究
  const std::string input = bytes_of({0xFF, 0xFE, 0x14, 0x78, 0x40, 0xD8, 0x0A, 0x00, 0x76, 0x7A});
  const Text text = decode(input);
  CHECK(text.content == "研" + replacement + "\n究");
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].severity == Severity::warning);
  CHECK(text.diagnostics[0].line == 1);
  CHECK(contains(text.diagnostics[0].message, "UTF-16"));
}

TEST_CASE("a UTF-16 surrogate error after lone-CR line ends is reported on its own line",
          "[decode]") {
  // BOM, 甲 U+7532, CR, 乙 U+4E59, lone low surrogate DC00
  const std::string input = bytes_of({0xFF, 0xFE, 0x32, 0x75, 0x0D, 0x00, 0x59, 0x4E, 0x00, 0xDC});
  const Text text = decode(input);
  CHECK(text.content == "甲\n乙" + replacement);
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
}

TEST_CASE("an odd trailing byte of UTF-16 becomes U+FFFD with a truncation warning", "[decode]") {
  const std::string input = bytes_of({0xFF, 0xFE, 0x14, 0x78, 0x76});
  const Text text = decode(input);
  CHECK(text.content == "研" + replacement);
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(contains(text.diagnostics[0].message, "truncated"));
}

TEST_CASE("bytes that are not valid UTF-8 are read as GB18030", "[decode]") {
  const Text text = decode(gb_sentence);
  CHECK(text.encoding == Encoding::gb18030);
  CHECK(text.content == "研究院召开会议。");
  CHECK(text.diagnostics.empty());
}

TEST_CASE("GB18030 with CRLF keeps its line numbering", "[decode]") {
  const Text text = decode(gb_two_lines);
  CHECK(text.encoding == Encoding::gb18030);
  CHECK(text.content == "第一行\n研究院召开会议。");
  CHECK(text.line_count() == 2);
  CHECK(text.line(2) == "研究院召开会议。");
}

TEST_CASE("a forced encoding overrides detection", "[decode]") {
  // E4 BD A0 E5 A5 BD is 你好 in UTF-8 and 浣犲ソ in GB18030.
  const std::string input = "\xE4\xBD\xA0\xE5\xA5\xBD";
  const Text detected = decode(input);
  CHECK(detected.encoding == Encoding::utf8);
  CHECK(detected.content == "你好");

  const Text forced = decode(input, DecodeOptions{Encoding::gb18030});
  CHECK(forced.encoding == Encoding::gb18030);
  CHECK(forced.content == "浣犲ソ");
  CHECK(forced.diagnostics.empty());
}

TEST_CASE("CRLF and a lone CR both become LF and line numbering is kept", "[decode]") {
  const Text text = decode("第一行\r\n第二行\r第三行\n第四行");
  CHECK(text.content == "第一行\n第二行\n第三行\n第四行");
  CHECK(text.diagnostics.empty());
  REQUIRE(text.line_count() == 4);
  CHECK(text.line(1) == "第一行");
  CHECK(text.line(2) == "第二行");
  CHECK(text.line(3) == "第三行");
  CHECK(text.line(4) == "第四行");
  CHECK(text.line(0).empty());
  CHECK(text.line(5).empty());

  CHECK(text.line_of(0) == 1);
  const std::size_t third = text.content.find("第三行");
  CHECK(text.line_of(third) == 3);
  CHECK(text.line_of(third + 4) == 3);
  CHECK(text.line_of(third - 1) == 2);  // the LF ending line 2 belongs to line 2
  CHECK(text.line_of(text.content.find("第四行")) == 4);
}

TEST_CASE("a lone CR ends a line like LF", "[decode]") {
  const Text text = decode("甲\r乙\r丙");
  CHECK(text.content == "甲\n乙\n丙");
  CHECK(text.line_count() == 3);
  CHECK(text.line(3) == "丙");
  CHECK(text.line_of(text.content.find("乙")) == 2);
}

TEST_CASE("an invalid byte in UTF-8 text becomes U+FFFD with a warning on its line", "[decode]") {
  const std::string input =
      "第一行是正常的中文。\n第二行有一个坏字节\xFF"
      "在这里。\n第三行也是正常的。\n";
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(text.line(2) == "第二行有一个坏字节" + replacement + "在这里。");
  CHECK(text.line(3) == "第三行也是正常的。");
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].severity == Severity::warning);
  CHECK(text.diagnostics[0].line == 2);
  CHECK(contains(text.diagnostics[0].message, "invalid UTF-8"));
  CHECK_FALSE(has_error(text.diagnostics));
}

TEST_CASE("UTF-8 cut in the middle of its last character ends in one U+FFFD", "[decode]") {
  const std::string whole = "第一行。\n研究院召开会议。";
  const Text text = decode(whole.substr(0, whole.size() - 1));
  CHECK(text.encoding == Encoding::utf8);
  CHECK(text.line(2) == "研究院召开会议" + replacement);
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
  CHECK(contains(text.diagnostics[0].message, "invalid UTF-8"));
}

TEST_CASE("a run of stray continuation bytes becomes a single U+FFFD", "[decode]") {
  const std::string input =
      "这一行是正常的中文文本内容，用来保证检测为UTF-8编码。\n坏\x80\x80\x80"
      "字节。\n";
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(text.line(2) == "坏" + replacement + "字节。");
  CHECK(text.diagnostics.size() == 1);
}

TEST_CASE("many invalid bytes give at most ten warnings and one summary", "[decode]") {
  std::string input;
  for (int i = 0; i < 20; ++i) input += "这是一行正常的中文文本内容\xFF\n";
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(count_of(text.content, replacement) == 20);
  REQUIRE(text.diagnostics.size() == 11);
  for (std::size_t i = 0; i < 10; ++i) {
    CHECK(text.diagnostics[i].line == i + 1);
    CHECK(contains(text.diagnostics[i].message, "invalid UTF-8"));
  }
  CHECK(text.diagnostics[10].line == 0);
  CHECK(contains(text.diagnostics[10].message, "20"));
}

TEST_CASE("a hundred invalid bytes in forced UTF-8 still give eleven diagnostics", "[decode]") {
  std::string input;
  for (int i = 0; i < 100; ++i) input += "坏\xFE字节\n";
  const Text text = decode(input, DecodeOptions{Encoding::utf8});
  CHECK(count_of(text.content, replacement) == 100);
  CHECK(text.diagnostics.size() == 11);
  CHECK(contains(text.diagnostics.back().message, "100"));
}

TEST_CASE("several invalid bytes on one line give one warning", "[decode]") {
  const std::string input =
      "这是一段足够长的正常中文文本，保证整体仍然被识别为UTF-8编码的文本。\n坏\xFF"
      "坏\xFF"
      "坏\n";
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(count_of(text.content, replacement) == 2);
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
}

TEST_CASE("a NUL byte becomes U+FFFD with a warning", "[decode]") {
  std::string input = "第一行是一段足够长的正常中文文本。\n第二行";
  input += '\0';
  input += "有一个空字节。\n";
  const Text text = decode(input);
  CHECK(text.line(2) == "第二行" + replacement + "有一个空字节。");
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].severity == Severity::warning);
  CHECK(text.diagnostics[0].line == 2);
  CHECK(contains(text.diagnostics[0].message, "NUL"));
}

TEST_CASE("GB18030 cut in the middle of its last character ends in U+FFFD and a warning",
          "[decode]") {
  const std::string input = gb_two_lines.substr(0, gb_two_lines.size() - 1);
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::gb18030);
  CHECK(text.content == "第一行\n研究院召开会议" + replacement);
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].severity == Severity::warning);
  CHECK(text.diagnostics[0].line == 2);
  CHECK(contains(text.diagnostics[0].message, "truncated"));
}

TEST_CASE("an invalid GB18030 byte becomes U+FFFD with a warning on its line", "[decode]") {
  // \xFF can start no GB18030 character.
  const std::string input = gb_sentence + "\r\n" + gb_sentence + "\xFF" + gb_sentence;
  const Text text = decode(input, DecodeOptions{Encoding::gb18030});
  CHECK(text.line(2) == "研究院召开会议。" + replacement + "研究院召开会议。");
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
  CHECK(contains(text.diagnostics[0].message, "GB18030"));
}

TEST_CASE("binary input gives an error and no content", "[decode]") {
  std::string input;
  for (int round = 0; round < 8; ++round)
    for (unsigned c = 0; c < 32; ++c) input += static_cast<char>(c);
  const Text text = decode(input);
  CHECK(text.content.empty());
  REQUIRE_FALSE(text.diagnostics.empty());
  CHECK(text.diagnostics[0].severity == Severity::error);
  CHECK(has_error(text.diagnostics));
}

TEST_CASE("binary input is refused even with a forced encoding", "[decode]") {
  std::string input;
  for (int round = 0; round < 8; ++round)
    for (unsigned c = 0; c < 32; ++c) input += static_cast<char>(c);
  const Text text = decode(input, DecodeOptions{Encoding::gb18030});
  CHECK(text.content.empty());
  CHECK(has_error(text.diagnostics));
}

TEST_CASE("empty input gives empty content and no diagnostics", "[decode]") {
  const Text text = decode("");
  CHECK(text.content.empty());
  CHECK(text.diagnostics.empty());
  CHECK_FALSE(has_error(text.diagnostics));
  CHECK(text.line_count() == 1);
  CHECK(text.line(1).empty());
}

TEST_CASE("a 5 MB single line decodes as one line", "[decode][large]") {
  const std::string unit = "研究院召开会议";
  std::string input;
  input.reserve(5 * 1024 * 1024 + unit.size());
  while (input.size() < 5 * 1024 * 1024) input += unit;
  const Text text = decode(input);
  CHECK(text.encoding == Encoding::utf8);
  CHECK(text.line_count() == 1);
  CHECK(text.content.size() == input.size());
  CHECK(text.content == input);
  CHECK(text.diagnostics.empty());
  CHECK(text.line_of(text.content.size() - 1) == 1);
}

TEST_CASE("encoding names are parsed case-insensitively with aliases", "[encoding]") {
  CHECK(parse_encoding_name("UTF-8") == Encoding::utf8);
  CHECK(parse_encoding_name("utf8") == Encoding::utf8);
  CHECK(parse_encoding_name("utf-8-bom") == Encoding::utf8_bom);
  CHECK(parse_encoding_name("gbk") == Encoding::gb18030);
  CHECK(parse_encoding_name("GB2312") == Encoding::gb18030);
  CHECK(parse_encoding_name("GB18030") == Encoding::gb18030);
  CHECK(parse_encoding_name("utf-16le") == Encoding::utf16le);
  CHECK(parse_encoding_name("UTF_16BE") == Encoding::utf16be);
  CHECK_FALSE(parse_encoding_name("latin9").has_value());
  CHECK_FALSE(parse_encoding_name("").has_value());
  CHECK_FALSE(parse_encoding_name("big5").has_value());
}

TEST_CASE("every encoding name parses back to its encoding", "[encoding]") {
  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::utf16le, Encoding::utf16be,
                     Encoding::gb18030}) {
    INFO(encoding_name(e));
    CHECK(parse_encoding_name(encoding_name(e)) == e);
  }
  CHECK(encoding_name(Encoding::utf8) == "utf-8");
  CHECK(encoding_name(Encoding::utf8_bom) == "utf-8-bom");
  CHECK(encoding_name(Encoding::gb18030) == "gb18030");
}

TEST_CASE("the matching key folds full-width digits and letters to lower-case ASCII",
          "[matching_key]") {
  CHECK(matching_key("２０１７ＡＢ") == "2017ab");
  CHECK(matching_key("2017AB") == "2017ab");
}

TEST_CASE("the matching key drops spaces and punctuation", "[matching_key]") {
  CHECK(matching_key("上海 交大，") == "上海交大");
  CHECK(matching_key("“标准化”：服务　发展！") == "标准化服务发展");
  CHECK(matching_key("研究院召开会议。") == matching_key("研究院 召开会议"));
  CHECK(matching_key("").empty());
}

// Replacement warnings are raised before CR becomes LF, so they must count CR as a line end
// too (classic Mac files, some PDF extractors).
TEST_CASE("an invalid UTF-8 byte after lone-CR line ends is reported on its own line", "[decode]") {
  const std::string input =
      "第一行是正常的中文。\r第二行有一个坏字节\xFF"
      "在这里。\r第三行也是正常的。\r";
  const Text text = decode(input);
  CHECK(text.line(2) == "第二行有一个坏字节" + replacement + "在这里。");
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
}

TEST_CASE("an invalid GB18030 byte after lone-CR line ends is reported on its own line",
          "[decode]") {
  const std::string input = gb_sentence + "\r" + gb_sentence + "\xFF" + gb_sentence;
  const Text text = decode(input, DecodeOptions{Encoding::gb18030});
  REQUIRE(text.diagnostics.size() == 1);
  CHECK(text.diagnostics[0].line == 2);
}

TEST_CASE("UTF-16 without a byte-order mark is recognised by its zero bytes", "[decode]") {
  // 会议于2020年1月1日召开。\n in UTF-16LE, then the same in UTF-16BE.
  const std::string le(
      "\x1a\x4f\xae\x8b\x8e\x4e\x32\x00\x30\x00\x32\x00\x30\x00\x74\x5e\x31\x00\x08\x67\x31\x00"
      "\xe5\x65\xec\x53\x00\x5f\x02\x30\x0a\x00",
      32);
  std::string be;
  for (std::size_t i = 0; i + 1 < le.size(); i += 2) be += std::string{le[i + 1], le[i]};
  const Text from_le = decode(le);
  const Text from_be = decode(be);
  CHECK(from_le.encoding == Encoding::utf16le);
  CHECK(from_be.encoding == Encoding::utf16be);
  CHECK(from_le.content == "会议于2020年1月1日召开。\n");
  CHECK(from_be.content == from_le.content);
  CHECK(from_le.diagnostics.empty());
}

TEST_CASE("the matching key is the same with or without the fast path's characters", "[decode]") {
  // Pure CJK text and punctuation take the fast path; ① and 〇 need utf8proc; both agree.
  CHECK(matching_key("“高质量发展”（2017）——新时代！") == "高质量发展2017新时代");
  CHECK(matching_key("① 国家质检总局") == "1国家质检总局");
  CHECK(matching_key("二〇一七年ＡＢ") == "二〇一七年ab");
  CHECK(matching_key("Ｑｕａｌｉｔｙ ４．０") == "quality40");
}
