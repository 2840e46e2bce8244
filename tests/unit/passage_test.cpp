// SPDX-License-Identifier: MIT
// Passages: what the extractors search, in document order, and the line of any byte in them.
#include <catch2/catch.hpp>

#include <string>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;

TEST_CASE("passages run from the masthead to the lines after the last article", "[passage]") {
  const std::string text = std::string(testing::small_bulletin) +
                           "\n"
                           "报送：省农业农村厅科教处（2019年6月3日）\n";
  const ParseResult result = parse_bulletins(decode(text));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins.front();
  REQUIRE(bulletin.trailer.size() == 1);
  const std::vector<Passage> passages = bulletin_passages(bulletin);
  REQUIRE(passages.size() >= 2);
  CHECK(passages.front().text == "青禾农业科学研究院");
  CHECK(passages.front().article == 0);
  CHECK(passages.back().text == bulletin.trailer.front().text);
  CHECK(passages.back().article == 0);
  CHECK(passages.back().line == 22);
  for (const Passage& passage : passages) CHECK(passage.block != nullptr);
}

TEST_CASE("a byte past a page-break join is on the joined line", "[passage]") {
  Block block;
  block.text = "研究院召开会议，部署下一阶段工作。";  // the page broke after 研究院召开会
  block.span.first_line = 10;
  block.repairs.push_back({RepairKind::page_break_join, 6, 12, {}});
  const Passage passage{block.text, 10, 1, &block};
  CHECK(passage.line_at(0) == 10);
  CHECK(passage.line_at(std::string("研究院召开会").size()) == 12);  // the 6th code point
  CHECK(passage.line_at(block.text.size() - 3) == 12);
  const Passage without_block{block.text, 10, 1};
  CHECK(without_block.line_at(block.text.size() - 3) == 10);
}
