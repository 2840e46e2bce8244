// SPDX-License-Identifier: MIT
// Plain text: an article as a text file and the name of that file.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/plain.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;

namespace {

Block make_block(BlockKind kind, std::string text) {
  Block block;
  block.kind = kind;
  block.text = std::move(text);
  return block;
}

Article make_article(std::size_t number, std::string title,
                     std::vector<Block> body = std::vector<Block>()) {
  Article article;
  article.number = number;
  article.title = make_block(BlockKind::title, std::move(title));
  article.body = std::move(body);
  return article;
}

std::string repeat(const std::string& unit, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

/// The title part of "NN-<title>.txt".
std::string title_part(const std::string& name) {
  const std::size_t dash = name.find('-');
  REQUIRE(dash != std::string::npos);
  REQUIRE(name.size() >= dash + 1 + 4);
  REQUIRE(name.compare(name.size() - 4, 4, ".txt") == 0);
  return name.substr(dash + 1, name.size() - 4 - dash - 1);
}

}  // namespace

TEST_CASE("an article as plain text is its title, a blank line and blank-line-separated blocks",
          "[plain]") {
  const Article article =
      make_article(1, "青禾研究院举办学术报告会",
                   {make_block(BlockKind::paragraph, "2019年5月8日，报告会在本部举行。"),
                    make_block(BlockKind::heading, "一、主要内容"),
                    make_block(BlockKind::paragraph, "报告介绍了盐碱地改良的进展。")});
  CHECK(article_plain_text(article) ==
        "青禾研究院举办学术报告会\n"
        "\n"
        "2019年5月8日，报告会在本部举行。\n"
        "\n"
        "一、主要内容\n"
        "\n"
        "报告介绍了盐碱地改良的进展。\n");
}

TEST_CASE("an article without body is its title and a final newline", "[plain]") {
  CHECK(article_plain_text(make_article(2, "简讯")) == "简讯\n");
}

TEST_CASE("plain text always ends with exactly one newline", "[plain]") {
  const std::string text = article_plain_text(
      make_article(1, "标题", {make_block(BlockKind::paragraph, "唯一的段落。")}));
  CHECK(text == "标题\n\n唯一的段落。\n");
  REQUIRE(text.size() >= 2);
  CHECK(text[text.size() - 1] == '\n');
  CHECK(text[text.size() - 2] != '\n');
}

TEST_CASE("an article with no title starts with its first block", "[plain]") {
  CHECK(article_plain_text(make_article(1, "", {make_block(BlockKind::paragraph, "正文。")})) ==
        "正文。\n");
}

TEST_CASE("the file name is the zero-padded number, a dash and the title", "[plain][file_name]") {
  CHECK(article_file_name(make_article(1, "青禾研究院举办学术报告会")) ==
        "01-青禾研究院举办学术报告会.txt");
  CHECK(article_file_name(make_article(12, "简讯")) == "12-简讯.txt");
  CHECK(article_file_name(make_article(123, "简讯")) == "123-简讯.txt");
}

TEST_CASE("a slash in the title becomes an underscore in the file name", "[plain][file_name]") {
  CHECK(article_file_name(make_article(1, "2018/2019年度总结")) == "01-2018_2019年度总结.txt");
  CHECK(article_file_name(make_article(1, "甲\\乙")) == "01-甲_乙.txt");
}

TEST_CASE("control characters in the title become underscores", "[plain][file_name]") {
  CHECK(article_file_name(make_article(3, "甲\t乙\n丙\x7f")) == "03-甲_乙_丙_.txt");
}

TEST_CASE("a long title is cut to at most 80 bytes at a character boundary", "[plain][file_name]") {
  // Three-byte characters, and one ASCII byte first to move the boundaries by one.
  for (const std::string& prefix : {std::string(), std::string("A"), std::string("AB")}) {
    const std::string title = prefix + repeat("盐碱地改良", 8);  // 120 bytes + prefix
    const std::string name = article_file_name(make_article(1, title));
    INFO(name);
    CHECK(name.rfind("01-", 0) == 0);
    const std::string part = title_part(name);
    CHECK(part.size() <= 80);
    CHECK(part.size() > 80 - 3);  // cut at the last boundary, not earlier
    CHECK(title.compare(0, part.size(), part) == 0);
    const Text decoded = decode(name);
    CHECK(decoded.diagnostics.empty());
    CHECK(decoded.content == name);
  }
}

TEST_CASE("a title with four-byte characters is cut without splitting one", "[plain][file_name]") {
  const std::string title = repeat("\xF0\xA0\x80\x80", 30);  // U+20000, 120 bytes
  const std::string name = article_file_name(make_article(7, title));
  const std::string part = title_part(name);
  CHECK(part.size() == 80);
  CHECK(decode(name).diagnostics.empty());
}

TEST_CASE("a title of exactly 80 bytes is kept whole", "[plain][file_name]") {
  const std::string exact = "AB" + repeat("研", 26);  // 2 + 78 bytes
  REQUIRE(exact.size() == 80);
  CHECK(article_file_name(make_article(1, exact)) == "01-" + exact + ".txt");
}

TEST_CASE("dots in a title are kept: the number prefix keeps the file visible",
          "[plain][file_name]") {
  CHECK(article_file_name(make_article(1, ".简讯")) == "01-.简讯.txt");
  CHECK(article_file_name(make_article(1, "简讯.草稿")) == "01-简讯.草稿.txt");
}

TEST_CASE("an empty title gives NN-untitled.txt", "[plain][file_name]") {
  CHECK(article_file_name(make_article(1, "")) == "01-untitled.txt");
  CHECK(article_file_name(make_article(9, "")) == "09-untitled.txt");
}
