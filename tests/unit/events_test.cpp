// SPDX-License-Identifier: MIT
// Events: a dated sentence with an event verb, its kind, title, place, organiser and people.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/dates.hpp"
#include "jianbao/events.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/people.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::passages_of;
using jianbao::testing::small_bulletin;

namespace {

/// The whole pipeline on some passages: dates, people, then events.
std::vector<Event> events_of(const std::vector<Passage>& passages,
                             const DateContext& context = {}) {
  const Lexicon lexicon = Lexicon::builtin();
  const std::vector<DateMention> dates = find_dates(passages, context);
  const std::vector<Person> people = find_people(passages, lexicon);
  return find_events(passages, dates, people, lexicon);
}

std::vector<Event> events_in(const std::vector<std::string>& texts,
                             const std::vector<std::size_t>& articles = {}) {
  return events_of(passages_of(texts, articles));
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ";") + item;
  return out;
}

/// Everything found, one event a line, for failure messages.
std::string describe(const std::vector<Event>& events) {
  std::string out = events.empty() ? "(no events)" : "";
  for (const Event& e : events)
    out += e.date.iso + " [" + e.date.text + "] kind=" + e.kind + " title=" + e.title +
           " place=" + e.place + " organizer=" + e.organizer + " participants=[" +
           join(e.participants) + "] article=" + std::to_string(e.article) +
           " line=" + std::to_string(e.line) + "\n";
  return out;
}

/// The only event of one sentence.
Event only_event(const std::string& text) {
  const auto events = events_in({text});
  INFO(text);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  return events.front();
}

}  // namespace

// ---- What makes an event ----

TEST_CASE("a dated sentence with 召开 is an event named by its object", "[events]") {
  const std::string text = "2017年11月10日，东江市质监局召开质量提升工作座谈会。";
  const Event e = only_event(text);
  CHECK(e.date.iso == "2017-11-10");
  CHECK(e.date.text == "2017年11月10日");
  CHECK(e.kind == "座谈会");
  CHECK(e.title == "质量提升工作座谈会");
  CHECK(e.organizer == "东江市质监局");
  CHECK(e.place.empty());
  CHECK(e.participants.empty());
  CHECK(e.sentence == text);
  CHECK(e.article == 1);
  CHECK(e.line == 1);
  CHECK(e.passage == 0);
}

TEST_CASE("举办 with a place before it gives the place and the organiser", "[events]") {
  const Event e = only_event("2019年4月11日，检测中心在本部二楼报告厅举办计量知识讲座。");
  CHECK(e.date.iso == "2019-04-11");
  CHECK(e.kind == "讲座");
  CHECK(e.title == "计量知识讲座");
  CHECK(e.place == "本部二楼报告厅");
  CHECK(e.organizer == "检测中心");
}

TEST_CASE("two event nouns give a ';'-joined kind", "[events]") {
  const Event e = only_event("2017年11月12日，研究中心召开学术委员会会议暨青年学者研讨会。");
  CHECK(e.kind == "会议;研讨会");
  CHECK(e.title == "学术委员会会议暨青年学者研讨会");
}

TEST_CASE("without an event noun the verb is the kind", "[events]") {
  const Event e = only_event("2017年12月1日，东江市政府出台《关于加快质量强市建设的实施意见》。");
  CHECK(e.kind == "出台");
  CHECK(e.organizer == "东江市政府");
  CHECK(e.date.iso == "2017-12-01");
}

TEST_CASE("a quoted name holding an event noun is the title", "[events]") {
  const Event e = only_event("2017年11月15日，“2017国是论坛”在北京举行。");
  CHECK(e.title == "2017国是论坛");
  CHECK(e.kind == "论坛");
  CHECK(e.place == "北京");
  CHECK(e.date.iso == "2017-11-15");
}

TEST_CASE("the theme of 以“X”为主题的 is not part of the title", "[events]") {
  const Event e = only_event(
      "2017年11月20日，研究院举办以“绿色农业与乡村振兴”为主题的第二届农业科技圆桌会议。");
  CHECK(e.title == "第二届农业科技圆桌会议");
  CHECK(e.kind == "圆桌会议");
  CHECK(e.organizer == "研究院");
}

TEST_CASE("由X主办、Y承办的Z在…举行 is Z, held by X, at the place", "[events]") {
  const Event e = only_event(
      "2017年11月25日，由江南质量研究会主办、临川市标准化协会承办的长三角质量发展论坛在临川市"
      "举行。");
  CHECK(e.title == "长三角质量发展论坛");
  CHECK(e.kind == "论坛");
  CHECK(e.organizer == "江南质量研究会");
  CHECK(e.place == "临川市");
}

TEST_CASE("the place of 在X召开 is X", "[events]") {
  const Event e = only_event("2017年11月8日，全国高校质量管理研讨会在上海交通大学召开。");
  CHECK(e.place == "上海交通大学");
  CHECK(e.kind == "研讨会");
  CHECK(e.title == "全国高校质量管理研讨会");
}

TEST_CASE("an adverb between the place and the verb is not part of the place", "[events]") {
  const Event event = only_event("2018年6月8日，第五届东江质量论坛在东江国际会展中心隆重召开。");
  CHECK(event.place == "东江国际会展中心");
  CHECK(event.kind == "论坛");
}

TEST_CASE("在会上 is not a place", "[events]") {
  const Event e = only_event("2017年11月9日，学院召开教学工作会议，院长在会上作了讲话。");
  CHECK(e.place.empty());
  CHECK(e.kind == "工作会议");
}

TEST_CASE("a venue named 会议中心 is still a place", "[events]") {
  const Event e = only_event("2017年11月9日，全省计量工作会议在东江国际会议中心召开。");
  CHECK(e.place == "东江国际会议中心");
  CHECK(e.kind == "工作会议");
}

TEST_CASE("在大会上 with more words before the verb is not a place either", "[events]") {
  const Event e =
      only_event("2017年11月9日，研究院举办年度表彰大会，副院长沈柏舟在大会上作了总结讲话。");
  CHECK(e.place.empty());
  CHECK(e.kind == "表彰大会");
  CHECK(e.participants == std::vector<std::string>{"沈柏舟"});
}

TEST_CASE("来到X，为… gives X as the place", "[events]") {
  const Event e =
      only_event("2017年11月16日，市委宣传部副部长钟明远来到青禾中学，为师生上了一堂思政课。");
  CHECK(e.place == "青禾中学");
  CHECK(e.kind == "思政课");
  CHECK(e.participants == std::vector<std::string>{"钟明远"});
}

TEST_CASE("a figure cited in the sentence is not a participant", "[events]") {
  const Event e = only_event(
      "2021年4月8日，学院举办改革史讲座，历史系教授祁连山从商鞅变法讲起，谈改革的勇气。");
  CHECK(e.participants == std::vector<std::string>{"祁连山"});
}

TEST_CASE("开班 after a course's name makes the name the title", "[events]") {
  const Event e = only_event("2017年11月13日，第三期中青年干部培训班开班。");
  CHECK(e.kind == "培训班");
  CHECK(e.title == "第三期中青年干部培训班");
  CHECK(e.organizer.empty());
}

TEST_CASE("启动 after an activity makes an event of that activity", "[events]") {
  const Event e = only_event("2017年11月20日，全市质量月活动启动。");
  CHECK(e.kind == "活动");
  CHECK(e.title == "全市质量月活动");
}

TEST_CASE("出席 makes an event whose participants are the people named", "[events]") {
  const Event e = only_event("2017年11月22日，副市长庞思远出席全市质量工作会议并讲话。");
  CHECK(e.kind == "工作会议");
  CHECK(e.title == "全市质量工作会议");
  CHECK(e.participants == std::vector<std::string>{"庞思远"});
  // 出席 takes part in an event; it does not hold one.
  CHECK(e.organizer.empty());
}

TEST_CASE("participants are only the people of the event's own sentence", "[events]") {
  const auto events =
      events_in({"2017年11月22日，副市长庞思远出席全市质量工作会议并讲话。会后，副院长沈柏舟介绍了"
                 "检测中心建设情况。"});
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].participants == std::vector<std::string>{"庞思远"});
  CHECK(events[0].sentence == "2017年11月22日，副市长庞思远出席全市质量工作会议并讲话。");
}

TEST_CASE("an event takes the article and the line of its date", "[events]") {
  const auto events =
      events_in({"研究院召开年度工作会议", "2017年11月10日，研究院召开年度工作会议。"}, {4, 4});
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].article == 4);
  CHECK(events[0].line == 2);
  CHECK(events[0].passage == 1);
  CHECK(events[0].line == events[0].date.line);
}

TEST_CASE("an event keeps the inferred year and time of its date", "[events]") {
  DateContext context;
  context.period = Period{"2017-10-31", "2017-12-31"};
  const std::vector<std::string> texts = {"11月24日下午3点，研究院召开质量工作座谈会。"};
  const auto events = events_of(passages_of(texts), context);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].date.iso == "2017-11-24");
  CHECK(events[0].date.time == "15:00");
  CHECK(events[0].date.year_inferred);
}

TEST_CASE("a range of days heads an event", "[events]") {
  const Event e = only_event("2017年11月2日至4日，研究院在东江宾馆举办质量官培训班。");
  CHECK(e.date.kind == DateKind::range);
  CHECK(e.date.iso == "2017-11-02/2017-11-04");
  CHECK(e.kind == "培训班");
  CHECK(e.place == "东江宾馆");
}

// ---- What is not an event ----

TEST_CASE("a year mentioned in passing is not an event", "[events]") {
  const auto events = events_in({"2008年，全球金融危机事件发生后，研究会召开专题研讨会。"});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("an academic year is not an event", "[events]") {
  const auto events = events_in({"2016-2017年度，学院举办各类培训班十二期。"});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("dates in the masthead and the TOC are not events", "[events]") {
  const auto events = events_in(
      {"【2017年11月1日-2017年11月30日】", "- ① 2017年11月10日研究院召开质量工作座谈会"}, {0, 0});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("a date in an article title is not an event", "[events]") {
  Block title;
  title.kind = BlockKind::title;
  title.text = "2017年11月10日研究院召开质量工作座谈会";
  const std::vector<Passage> passages = {Passage{title.text, 14, 1, &title}};
  const auto events = events_of(passages);
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("the organiser of 一行五人 is the party's leader, without the count", "[events]") {
  const Event event =
      only_event("2018年3月2日，省科技厅陆远帆处长一行四人在东江理工大学召开科研诚信座谈会。");
  CHECK(event.organizer == "省科技厅陆远帆处长");
  CHECK(event.place == "东江理工大学");
}

TEST_CASE("an event noun without a verb still makes an event of its kind", "[events]") {
  const Event event = only_event(
      "2018年4月12日下午，石湾大学客座教授庞启元为全院师生作了题为《数字时代的质量管理》的学术"
      "报告。");
  CHECK(event.date.iso == "2018-04-12");
  CHECK(event.kind == "报告");
}

TEST_CASE("an event noun inside a book title does not make an event", "[events]") {
  const auto events = events_in({"2018年4月12日，《东江研究院年度论坛文集》的样稿已经送到。"});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("a date without an event verb is not an event", "[events]") {
  const auto events = events_in({"2017年11月10日，东江港迎来今冬第一场雪，气温降至零下。"});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("a verb inside a document title in 《》 does not make an event", "[events]") {
  const auto events =
      events_in({"2017年11月18日，省教育厅《关于印发高校质量年报编制指南的通知》正式到达各校。"});
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("two dates with two verbs in one sentence give two events", "[events]") {
  const auto events =
      events_in({"2017年11月2日学院召开学风建设推进会，11月6日举办青年教师教学竞赛。"});
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  CHECK(events[0].date.iso == "2017-11-02");
  CHECK(events[0].kind == "推进会");
  CHECK(events[0].title == "学风建设推进会");
  CHECK(events[0].organizer == "学院");
  CHECK(events[1].date.iso == "2017-11-06");
  CHECK(events[1].kind == "竞赛");
  CHECK(events[1].title == "青年教师教学竞赛");
}

// ---- A parsed bulletin ----

TEST_CASE("a parsed bulletin gives one event per dated article and none for its masthead",
          "[events]") {
  const ParseResult result = parse_bulletins(decode(small_bulletin));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins.front();
  const auto events = events_of(bulletin_passages(bulletin), date_context(bulletin));
  INFO(describe(events));
  REQUIRE(events.size() == 2);

  CHECK(events[0].date.iso == "2019-05-08");
  CHECK(events[0].article == 1);
  CHECK(events[0].line == 16);
  CHECK(events[0].place == "本部报告厅");
  CHECK(events[0].kind == "报告会");
  CHECK(events[0].title == "盐碱地改良学术报告会");
  CHECK(events[0].organizer == "青禾农业科学研究院");

  CHECK(events[1].date.iso == "2019-05-15");
  CHECK(events[1].article == 2);
  CHECK(events[1].line == 20);
  CHECK(events[1].place == "石泉试验站");
  CHECK(events[1].kind == "调研");
  CHECK(events[1].organizer == "研究院");
}
