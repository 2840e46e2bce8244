// SPDX-License-Identifier: MIT
// Structure: masthead, table of contents, articles, and the repair of extraction scars.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::visible_characters;

namespace {

ParseResult parse(std::string_view text) {
  return parse_bulletins(decode(text));
}

const Bulletin& only_bulletin(const ParseResult& result) {
  REQUIRE(result.bulletins.size() == 1);
  return result.bulletins.front();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<const Repair*> repairs_of(const Bulletin& bulletin, RepairKind kind) {
  std::vector<const Repair*> found;
  const auto scan = [&](const Block& block) {
    for (const Repair& r : block.repairs)
      if (r.kind == kind) found.push_back(&r);
  };
  for (const Article& article : bulletin.articles) {
    scan(article.title);
    for (const Block& block : article.body) scan(block);
  }
  return found;
}

/// The characters the stream carries for the source: every record but the derived section
/// records, and of repairs only the furniture they dropped.
std::u32string stream_characters(const ParseResult& result) {
  std::string all;
  for (std::size_t b = 0; b < result.bulletins.size(); ++b) {
    for (const Record& record : bulletin_records(result.bulletins[b], b + 1, "-")) {
      if (record.kind == "section") continue;
      if (record.kind == "repair") {
        const auto colon = record.text.find(": ");
        if (colon != std::string::npos) all += record.text.substr(colon + 2);
        continue;
      }
      all += record.text + "\n";
    }
  }
  return visible_characters(all);
}

void check_lossless(const std::string& path) {
  const Text text = decode(read_file(path));
  const ParseResult result = parse_bulletins(text);
  INFO(path);
  CHECK(stream_characters(result) == visible_characters(text.content));
}

// An invented bulletin in the layout of real ones: masthead, grouped TOC, untagged titles.
constexpr std::string_view forum_bulletin =
    "\n"
    "北岭大学城市治理研究中心\n"
    "\n"
    "工作简报\n"
    "\n"
    "【2019年3月1日-2019年4月30日】\n"
    "\n"
    "—— 学术活动\n"
    "\n"
    "- ① 举办城市更新研讨会\n"
    "- ② 召开年度学术委员会会议\n"
    "- ③ 发布城市治理蓝皮书\n"
    "\n"
    "—— 通知公告\n"
    "\n"
    "开放课题申报启动\n"
    "\n"
    "研究中心举办城市更新 研讨会\n"
    "\n"
    "2019年3月12日，研究中心在北岭大学举办城市更新研讨会，来自规划、建设和社区治理领域的"
    "二十余位专家围绕老旧小区改造展开讨论。\n"
    "\n"
    "与会专家认为，城市更新要坚持以人民为中心，统筹推进基础设施改造和公共服务提升，让改造"
    "成果惠及更多居民群众，同时要注重历史文化街区的保护与活化利用，推动形成共建共治共享的"
    "基层治理格局和长效管理机\n"
    "\n"
    "制。\n"
    "\n"
    "“城市更新要留住烟火气”\n"
    "\n"
    "“改造不是推倒重来。”一位社区书记在发言中说，居民最关心的是出行、养老和停车，这些问题"
    "解决好了，群众的获得感才会更强。\n"
    "\n"
    "研究中心召开年度学术委员会会议\n"
    "\n"
    "2019年4月2日，研究中心召开年度学术委员会会议，审议了2019年度重点研究方向：\n"
    "\n"
    "一、城市更新与社区治理，包括老旧小区改造、完整社区建设等\n"
    "\n"
    "二、数字治理，包括城市运行一网统管的机制研究等。\n"
    "\n"
    "研究中心开放课题申报启动\n"
    "\n"
    "2019年4月下旬，研究中心2019年度开放课题申报工作启动，欢迎校内外研究人员踊跃申报。\n";

}  // namespace

TEST_CASE("the masthead gives institution, publication title and period", "[masthead]") {
  const ParseResult result = parse(forum_bulletin);
  const Masthead& masthead = only_bulletin(result).masthead;
  CHECK(masthead.lines.size() == 3);
  CHECK(masthead.institution == "北岭大学城市治理研究中心");
  CHECK(masthead.title == "工作简报");
  REQUIRE(masthead.period);
  CHECK(masthead.period->start == "2019-03-01");
  CHECK(masthead.period->end == "2019-04-30");
}

TEST_CASE("periods are parsed in the forms mastheads use", "[masthead]") {
  CHECK(parse_period("【2017年10月31日-2017年12月31日】")->end == "2017-12-31");
  const auto short_end = parse_period("2018年1月1日至2月28日");
  REQUIRE(short_end);
  CHECK(short_end->start == "2018-01-01");
  CHECK(short_end->end == "2018-02-28");
  CHECK(parse_period("２０２１年５月８日")->start == "2021-05-08");
  CHECK(parse_period("2022年11月")->start == "2022-11");
  CHECK(parse_period("2020.06.30")->end == "2020-06-30");
  CHECK_FALSE(parse_period("工作简报"));
  CHECK_FALSE(parse_period("2020年13月1日"));
}

TEST_CASE("an issue line is kept apart from the period", "[masthead]") {
  const ParseResult result = parse(
      "岚溪县农业农村局\n\n工作简报\n\n2021年第4期（总第30期）\n\n2021年8月31日\n\n"
      "县局召开秋粮生产工作会议\n\n"
      "8月20日，县局召开秋粮生产工作会议，安排部署秋收秋种和农业防灾减灾工作，各乡镇农业站负责人参"
      "加会议。\n");
  const Masthead& masthead = only_bulletin(result).masthead;
  CHECK(masthead.issue == "2021年第4期（总第30期）");
  REQUIRE(masthead.period);
  CHECK(masthead.period->start == "2021-08-31");
}

TEST_CASE("TOC sections and items are read with their markers", "[toc]") {
  const ParseResult result = parse(forum_bulletin);
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.toc.size() == 2);
  CHECK(bulletin.toc[0].name == "学术活动");
  REQUIRE(bulletin.toc[0].items.size() == 3);
  CHECK(bulletin.toc[0].items[0].marker == "①");
  CHECK(bulletin.toc[0].items[0].title == "举办城市更新研讨会");
  CHECK(bulletin.toc[0].items[0].block.text == "- ① 举办城市更新研讨会");
  SECTION("an item with no marker belongs to the section above it") {
    REQUIRE(bulletin.toc[1].items.size() == 1);
    CHECK(bulletin.toc[1].items[0].marker.empty());
    CHECK(bulletin.toc[1].items[0].title == "开放课题申报启动");
  }
}

TEST_CASE("TOC items are matched to articles by content, not exact wording", "[toc]") {
  const ParseResult result = parse(forum_bulletin);
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.articles.size() == 3);
  CHECK(bulletin.toc[0].items[0].article == 1);
  CHECK(bulletin.toc[0].items[1].article == 2);
  CHECK(bulletin.toc[1].items[0].article == 3);
  CHECK(bulletin.articles[0].section == "学术活动");
  CHECK(bulletin.articles[2].section == "通知公告");
}

TEST_CASE("a TOC item with no article points nowhere and is reported", "[toc]") {
  const ParseResult result = parse(forum_bulletin);
  const Bulletin& bulletin = only_bulletin(result);
  CHECK(bulletin.toc[0].items[2].article == 0);
  const bool reported =
      std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& d) {
        return d.line == 12 && d.message.find("has no article") != std::string::npos;
      });
  CHECK(reported);
}

TEST_CASE("a duplicated TOC item does not take another item's article", "[toc]") {
  const ParseResult result = parse(
      "某某学院\n\n工作简报\n\n【2020年1月1日-2020年2月29日】\n\n—— 学院新闻\n\n"
      "- ① 学院召开新学期工作部署会\n- ② 学习全会精神推动学院高质量发展\n"
      "- ③ 学院召开教学督导工作会议\n- ④ 学习全会精神推动学院高质量发展\n\n"
      "学院召开新学期工作部署会\n\n"
      "2020年2月20日，学院召开新学期工作部署会，院长周启明对本学期重点工作作出安排。\n\n"
      "学院召开教学督导工作会议\n\n"
      "2020年2月25日，学院召开教学督导工作会议，督导组反馈了开学第一周听课情况。\n");
  const Bulletin& bulletin = only_bulletin(result);
  const auto& items = bulletin.toc[0].items;
  REQUIRE(items.size() == 4);
  CHECK(items[0].article == 1);
  CHECK(items[1].article == 0);
  CHECK(items[2].article == 2);
  CHECK(items[3].article == 0);
}

TEST_CASE("article titles are found above their first paragraph", "[body]") {
  const ParseResult result = parse(forum_bulletin);
  const Bulletin& bulletin = only_bulletin(result);
  CHECK(bulletin.articles[0].title.text == "研究中心举办城市更新研讨会");
  CHECK(bulletin.articles[0].title.span.first_line == 18);
  CHECK(bulletin.articles[1].title.text == "研究中心召开年度学术委员会会议");
  CHECK(bulletin.articles[2].title.text == "研究中心开放课题申报启动");
}

TEST_CASE("a stray space in a title is removed and the repair recorded", "[repair]") {
  const ParseResult result = parse(forum_bulletin);
  const Block& title = only_bulletin(result).articles[0].title;
  CHECK(title.text == "研究中心举办城市更新研讨会");
  REQUIRE(title.repairs.size() == 1);
  CHECK(title.repairs[0].kind == RepairKind::stray_space_removed);
  CHECK(title.repairs[0].position == 10);
  CHECK(title.repairs[0].line == 18);
}

TEST_CASE("a paragraph split by a page break is rejoined and the join is recorded", "[repair]") {
  const ParseResult result = parse(forum_bulletin);
  const Article& article = only_bulletin(result).articles[0];
  REQUIRE(article.body.size() == 4);
  const Block& joined = article.body[1];
  CHECK(joined.text.substr(joined.text.size() - 9) == "机制。");
  CHECK(joined.span.first_line == 22);
  CHECK(joined.span.last_line == 24);
  REQUIRE(joined.repairs.size() == 1);
  CHECK(joined.repairs[0].kind == RepairKind::page_break_join);
  CHECK(joined.repairs[0].line == 24);
  CHECK(joined.repairs[0].position == 96);
}

TEST_CASE("a list item without final punctuation is not joined to the next item", "[repair]") {
  const ParseResult result = parse(forum_bulletin);
  const Article& article = only_bulletin(result).articles[1];
  REQUIRE(article.body.size() == 3);
  CHECK(article.body[1].text.rfind("一、", 0) == 0);
  CHECK(article.body[2].text.rfind("二、", 0) == 0);
  CHECK(repairs_of(only_bulletin(result), RepairKind::page_break_join).size() == 1);
}

TEST_CASE("a whole line in quotes is a sub-heading; a quotation opening a paragraph is not",
          "[body]") {
  const ParseResult result = parse(forum_bulletin);
  const Article& article = only_bulletin(result).articles[0];
  CHECK(article.body[2].kind == BlockKind::heading);
  CHECK(article.body[2].text == "“城市更新要留住烟火气”");
  CHECK(article.body[3].kind == BlockKind::paragraph);
}

TEST_CASE("hard-wrapped lines are joined; an indented line starts a new paragraph", "[repair]") {
  const ParseResult result = parse(
      "东川区科技局\n\n工作简报\n\n第2期\n\n区科技局召开企业创新座谈会\n\n"
      "　　2022年3月9日，区科技局召开企业创新座谈会，十二家高新技术企业负\n"
      "责人参加座谈，围绕研发投入、人才引进和成果转化等问题提出意见建议，区\n"
      "科技局逐一作了回应。\n"
      "　　会议要求，各科室要建立问题清单，限时办结，及时反馈办理结果。\n");
  const Article& article = only_bulletin(result).articles.at(0);
  CHECK(article.title.text == "区科技局召开企业创新座谈会");
  REQUIRE(article.body.size() == 2);
  CHECK(article.body[0].text.find("企业负责人") != std::string::npos);
  CHECK(article.body[0].span.last_line == 11);
  REQUIRE(article.body[0].repairs.size() == 2);
  CHECK(article.body[0].repairs[0].kind == RepairKind::line_wrap_join);
  CHECK(article.body[0].repairs[0].line == 10);
  CHECK(article.body[1].span.first_line == 12);
}

TEST_CASE("a text of nothing but page-number-like lines keeps them as paragraphs", "[repair]") {
  // Found by fuzz_split: "5" alone vanished, furniture with no text to be furniture of.
  for (const char* input : {"5", "5\n\n- 2 -\n", "————\n"}) {
    const ParseResult result = parse(input);
    const Bulletin& bulletin = only_bulletin(result);
    CHECK(repairs_of(bulletin, RepairKind::page_furniture_dropped).empty());
    std::string kept;
    for (const Record& record : bulletin_records(bulletin, 1, "-")) kept += record.text + "\n";
    CHECK(testing::visible_characters(kept) == testing::visible_characters(input));
  }
}

TEST_CASE("page numbers and running headers are dropped and kept in repairs", "[repair]") {
  const ParseResult result = parse(
      "东川区科技局\n\n工作简报\n\n第2期\n\n区科技局召开企业创新座谈会\n\n"
      "2022年3月9日，区科技局召开企业创新座谈会，十二家高新技术企业负责人参加座谈，围绕研发投入和\n"
      "\n"
      "- 2 -\n\n东川区科技局工作简报\n\n"
      "成果转化等问题提出意见建议。\n");
  const Bulletin& bulletin = only_bulletin(result);
  const auto dropped = repairs_of(bulletin, RepairKind::page_furniture_dropped);
  REQUIRE(dropped.size() == 2);
  CHECK(dropped[0]->removed == "- 2 -");
  CHECK(dropped[0]->line == 11);
  CHECK(dropped[1]->removed == "东川区科技局工作简报");
  REQUIRE(bulletin.articles.at(0).body.size() == 1);
  CHECK(bulletin.articles[0].body[0].text.find("研发投入和成果转化") != std::string::npos);
}

TEST_CASE("one text holding two bulletins yields two bulletins", "[bulletin]") {
  const std::string second =
      std::string(forum_bulletin)
          .replace(std::string(forum_bulletin).find("2019年3月1日-2019年4月30日"), 34,
                   "2019年5月1日-2019年6月30日");
  const ParseResult result = parse(std::string(forum_bulletin) + "\n\n\n" + second);
  REQUIRE(result.bulletins.size() == 2);
  CHECK(result.bulletins[1].masthead.period->start == "2019-05-01");
  CHECK(result.bulletins[1].masthead.institution == "北岭大学城市治理研究中心");
  CHECK(result.bulletins[0].articles.size() == 3);
  CHECK(result.bulletins[1].articles.size() == 3);
}

TEST_CASE("a bulletin without a table of contents starts with its first title", "[bulletin]") {
  const ParseResult result = parse(
      "西山职业技术学院\n\n学院动态\n\n第5期\n\n2022年11月\n\n学院召开专业建设推进会\n\n"
      "2022年11月3日，学院召开专业建设推进会，各二级学院汇报了专业群建设进展。\n\n"
      "学院学子在技能大赛中获奖\n\n"
      "11月18日，在全省职业院校技能大赛中，学院学生获得一等奖两项。\n");
  const Bulletin& bulletin = only_bulletin(result);
  CHECK(bulletin.toc.empty());
  CHECK(bulletin.masthead.lines.size() == 4);
  REQUIRE(bulletin.articles.size() == 2);
  CHECK(bulletin.articles[1].title.text == "学院学子在技能大赛中获奖");
}

TEST_CASE("一、 sections holding 1. items are read as two levels", "[toc]") {
  const ParseResult result = parse(
      "南湖区民政局\n\n工作简报\n\n第1期\n\n一、工作动态\n1. 召开养老服务工作会议\n\n二、基层风采\n"
      "1. 社区食堂开张\n\n区民政局召开养老服务工作会议\n\n"
      "2023年1月6日，区民政局召开养老服务工作会议，部署居家养老服务提升行动。\n\n"
      "湖滨社区长者食堂开张\n\n1月10日，湖滨社区长者食堂正式开张，为辖区老人提供助餐服务。\n");
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.toc.size() == 2);
  CHECK(bulletin.toc[0].name == "工作动态");
  CHECK(bulletin.toc[1].items.at(0).marker == "1.");
  CHECK(bulletin.articles.at(1).section == "基层风采");
}

TEST_CASE("empty and blank texts hold no bulletin", "[bulletin]") {
  CHECK(parse("").bulletins.empty());
  CHECK(parse("\n \n\t\n　\n").bulletins.empty());
}

TEST_CASE("a huge single line is one untitled paragraph", "[bulletin]") {
  const std::string line(3 * 1024 * 1024, 'a');
  const ParseResult result = parse(line);
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.articles.size() == 1);
  CHECK(bulletin.articles[0].title.text.empty());
  CHECK(bulletin.articles[0].body.at(0).text.size() == line.size());
}

TEST_CASE("every non-blank character of each sample is in exactly one record", "[lossless]") {
  for (const char* name : {"university-forum.txt", "county-training.txt", "institute-gb18030.txt",
                           "two-bulletins.txt", "no-toc.txt"}) {
    check_lossless(std::string(JIANBAO_SAMPLES_DIR) + "/" + name);
  }
}

TEST_CASE("the invented bulletins in these tests lose nothing either", "[lossless]") {
  const ParseResult result = parse(forum_bulletin);
  CHECK(stream_characters(result) == visible_characters(decode(forum_bulletin).content));
}

// Run by the acceptance test with JIANBAO_SEED set to the real bulletin in ../shared.
TEST_CASE("the seed bulletin is split losslessly", "[.seed]") {
  const char* seed = std::getenv("JIANBAO_SEED");
  REQUIRE(seed != nullptr);
  check_lossless(seed);
  const ParseResult result = parse_bulletins(decode(read_file(seed)));
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.masthead.period);
  CHECK(bulletin.masthead.period->start == "2017-10-31");
  CHECK(bulletin.masthead.period->end == "2017-12-31");
}

TEST_CASE("a short enumerated label is a sub-heading; a long list item is a paragraph", "[body]") {
  const ParseResult result = parse(
      "河口镇人民政府\n\n工作简报\n\n第8期\n\n镇政府召开安全生产工作会议\n\n"
      "2023年5月4日，镇政府召开安全生产工作会议，分析当前安全生产形势。\n\n"
      "一、压实工作责任\n\n各村、各站所要落实安全生产属地责任，主要负责人要亲自抓。\n\n"
      "二、开展隐患排查，重点检查建筑工地、危化品仓库和人员密集场所等\n\n"
      "三、加强应急值守。\n");
  const Article& article = only_bulletin(result).articles.at(0);
  REQUIRE(article.body.size() == 5);
  CHECK(article.body[1].kind == BlockKind::heading);
  CHECK(article.body[1].text == "一、压实工作责任");
  CHECK(article.body[3].kind == BlockKind::paragraph);
  CHECK(article.body[4].kind == BlockKind::paragraph);
}

TEST_CASE("a title with no TOC entry is found by the report lead under it", "[body]") {
  const ParseResult result = parse(
      "河口镇人民政府\n\n工作简报\n\n第9期\n\n镇政府召开防汛工作会议\n\n"
      "2023年6月1日，镇政府召开防汛工作会议，部署汛期各项准备工作。\n\n"
      "镇卫生院开展义诊进村活动\n\n"
      "近日，镇卫生院组织医务人员走进五个行政村，为村民免费测量血压血糖。\n\n"
      "活动受到村民欢迎\n\n"
      "村民们表示，在家门口就能看病，方便多了。\n");
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.articles.size() == 2);
  CHECK(bulletin.articles[1].title.text == "镇卫生院开展义诊进村活动");
  CHECK(bulletin.articles[1].body.size() == 3);
}

TEST_CASE("a spaced-out 目 录 line belongs to the masthead", "[masthead]") {
  const ParseResult result = parse(
      "河口镇人民政府\n\n工作简报\n\n第9期\n\n目  录\n\n1. "
      "镇政府召开防汛工作会议\n\n镇政府召开防汛工作会议\n\n"
      "2023年6月1日，镇政府召开防汛工作会议，部署汛期各项准备工作。\n");
  const Bulletin& bulletin = only_bulletin(result);
  CHECK(bulletin.masthead.lines.size() == 4);
  REQUIRE(bulletin.toc.size() == 1);
  CHECK(bulletin.toc[0].items.at(0).article == 1);
}

TEST_CASE("a hard wrap falling just before 二是 does not end the paragraph", "[repair]") {
  // Lines of 36 characters; the second ends just before 二是.
  const ParseResult result = parse(
      "东川区科技局\n\n工作简报\n\n第3期\n\n区科技局召开科技创新工作推进会\n\n"
      "　　2022年4月6日，区科技局召开科技创新工作推进会，会议认为，一是研发\n"
      "投入持续增长，企业创新主体地位更加突出，全区高新技术企业数量继续增加，\n"
      "二是成果转化渠道不断拓宽，技术合同成交额稳步提高。\n");
  const Article& article = only_bulletin(result).articles.at(0);
  CHECK(article.title.text == "区科技局召开科技创新工作推进会");
  REQUIRE(article.body.size() == 1);
  CHECK(article.body[0].text.find("继续增加，二是成果转化") != std::string::npos);
}

TEST_CASE("a TOC section repeated in the body leads its articles, not a sub-heading", "[body]") {
  const ParseResult result = parse(
      "南湖区民政局\n\n工作简报\n\n第2期\n\n一、工作动态\n1. 召开养老服务工作会议\n\n"
      "二、基层风采\n1. 社区食堂开张\n\n区民政局召开养老服务工作会议\n\n"
      "2023年2月6日，区民政局召开养老服务工作会议，部署居家养老服务提升行动。\n\n"
      "二、基层风采\n\n湖滨社区长者食堂开张\n\n"
      "2月10日，湖滨社区长者食堂正式开张，为辖区老人提供助餐服务。\n");
  const Bulletin& bulletin = only_bulletin(result);
  REQUIRE(bulletin.articles.size() == 2);
  const Article& article = bulletin.articles[1];
  CHECK(article.title.text == "湖滨社区长者食堂开张");
  REQUIRE(article.lead.size() == 1);
  CHECK(article.lead[0].text == "二、基层风采");
  CHECK(article.section == "基层风采");
  CHECK(bulletin.articles[0].body.size() == 1);
}

TEST_CASE("a page break after a closing quote with no full stop before it is rejoined",
          "[repair]") {
  const ParseResult result = parse(
      "东川区科技局\n\n工作简报\n\n第4期\n\n区科技局召开科技服务工作会议\n\n"
      "2022年5月9日，区科技局召开科技服务工作会议，各科室负责人、各街道科技干部和部分"
      "企业代表共四十余人参加会议，"
      "会议强调要坚持“四个围绕”\n\n"
      "的工作思路，把服务企业创新作为重点任务。\n\n"
      "会议还对下一阶段的“揭榜挂帅”项目申报工作作了安排。”\n");
  const Article& article = only_bulletin(result).articles.at(0);
  REQUIRE(article.body.size() == 2);
  CHECK(article.body[0].text.find("“四个围绕”的工作思路") != std::string::npos);
  CHECK(article.body[0].repairs.at(0).kind == RepairKind::page_break_join);
}
