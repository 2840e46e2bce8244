// SPDX-License-Identifier: MIT
// Dates: every way a bulletin writes a date, normalised to ISO 8601, and the look-alikes that
// are not dates.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/dates.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::passages_of;

namespace {

std::vector<DateMention> dates_in(const std::vector<std::string>& texts,
                                  const DateContext& context = {},
                                  const std::vector<std::size_t>& articles = {}) {
  return find_dates(passages_of(texts, articles), context);
}

DateContext in_period(const std::string& start, const std::string& end) {
  DateContext context;
  context.period = Period{start, end};
  return context;
}

DateContext minguo_context() {
  DateContext context;
  context.minguo = true;
  return context;
}

std::vector<std::string> texts_of(const std::vector<DateMention>& dates) {
  std::vector<std::string> out;
  for (const DateMention& d : dates) out.push_back(d.text);
  return out;
}

/// Everything found, one date a line, for failure messages.
std::string describe(const std::vector<DateMention>& dates) {
  std::string out = dates.empty() ? "(no dates)" : "";
  for (const DateMention& d : dates)
    out += d.text + " -> " + d.iso + " " + std::string(date_kind_name(d.kind)) + " time=[" +
           d.time + "] inferred=" + (d.year_inferred ? "1" : "0") +
           " relative=" + (d.relative ? "1" : "0") + " passage=" + std::to_string(d.passage) +
           " line=" + std::to_string(d.line) + " article=" + std::to_string(d.article) + " [" +
           std::to_string(d.begin) + "," + std::to_string(d.end) + ")\n";
  return out;
}

/// The only date of one sentence, with no context.
DateMention only_date(const std::string& text, const DateContext& context = {}) {
  const auto dates = dates_in({text}, context);
  INFO(text);
  INFO(describe(dates));
  REQUIRE(dates.size() == 1);
  return dates.front();
}

std::size_t code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace

// ---- Kinds ----

TEST_CASE("date kinds have their documented names", "[dates]") {
  CHECK(date_kind_name(DateKind::day) == "day");
  CHECK(date_kind_name(DateKind::month) == "month");
  CHECK(date_kind_name(DateKind::year) == "year");
  CHECK(date_kind_name(DateKind::range) == "range");
  CHECK(date_kind_name(DateKind::academic_year) == "academic-year");
}

// ---- Expression forms ----

TEST_CASE("an Arabic year, month and day is a day", "[dates]") {
  const DateMention d = only_date("2017年11月10日，研究院召开年度质量工作会议。");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2017-11-10");
  CHECK(d.text == "2017年11月10日");
  CHECK(d.time.empty());
  CHECK_FALSE(d.year_inferred);
  CHECK_FALSE(d.relative);
  CHECK(d.start() == "2017-11-10");
}

TEST_CASE("a day written with 号 is a day", "[dates]") {
  const DateMention d = only_date("2019年3月7号，检测中心迎来省级复评审。");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2019-03-07");
  CHECK(d.text == "2019年3月7号");
}

TEST_CASE("full-width digits are read like ASCII digits and kept as written", "[dates]") {
  const DateMention d = only_date("２０１７年１１月１０日，检测中心通过计量认证复查。");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2017-11-10");
  CHECK(d.text == "２０１７年１１月１０日");
}

TEST_CASE("a year in Chinese digits with a Chinese month and day is a day", "[dates]") {
  const DateMention d = only_date("二〇一七年十二月二十四日，学会举行年终总结大会。");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2017-12-24");
  CHECK(d.text == "二〇一七年十二月二十四日");
}

TEST_CASE("Chinese years written with 零 or a white circle for zero are read", "[dates]") {
  CHECK(only_date("二零一八年三月一日起施行。").iso == "2018-03-01");
  CHECK(only_date("二○一九年五月三十一日前完成。").iso == "2019-05-31");
}

TEST_CASE("a Chinese-numeral year alone is a year", "[dates]") {
  const DateMention d = only_date("二〇一七年，中心共承担课题十二项。");
  CHECK(d.kind == DateKind::year);
  CHECK(d.iso == "2017");
  CHECK(d.text == "二〇一七年");
}

TEST_CASE("Chinese-numeral months and days: 十, 十二, 二十, 三十一", "[dates]") {
  const auto dates = dates_in({"2017年十月十日开学，十二月二十日考试，十二月三十一日放假。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 3);
  CHECK(dates[0].iso == "2017-10-10");
  CHECK(dates[1].iso == "2017-12-20");
  CHECK(dates[1].text == "十二月二十日");
  CHECK(dates[2].iso == "2017-12-31");
}

TEST_CASE("spaces that extraction puts between digits and units are allowed", "[dates]") {
  const DateMention d = only_date("2017 年 11 月 10 日，研究院召开座谈会。");
  CHECK(d.iso == "2017-11-10");
  CHECK(d.text == "2017 年 11 月 10 日");
}

TEST_CASE("a numeric date with dashes, dots or slashes is a day", "[dates]") {
  CHECK(only_date("报名日期：2017-11-10起，名额有限。").iso == "2017-11-10");
  CHECK(only_date("发文日期 2018.3.5 抄送各科室").iso == "2018-03-05");
  CHECK(only_date("更新日期：2019/04/22").iso == "2019-04-22");
}

TEST_CASE("a numeric date is found in a passage with no Chinese date unit", "[dates]") {
  const DateMention d = only_date("2018.03.05 学院召开教学工作会议");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2018-03-05");
  CHECK(d.text == "2018.03.05");
}

TEST_CASE("a day past the end of its month is not read as a day", "[dates]") {
  const auto dates = dates_in({"2017年2月30日的记录有误，应为2017年2月28日。"});
  INFO(describe(dates));
  REQUIRE_FALSE(dates.empty());
  for (const DateMention& d : dates) CHECK(d.iso != "2017-02-30");
  CHECK(dates.back().kind == DateKind::day);
  CHECK(dates.back().iso == "2017-02-28");
}

TEST_CASE("29 February is a day only in a leap year", "[dates]") {
  CHECK(only_date("2020年2月29日，中心完成年度盘点。").iso == "2020-02-29");
  CHECK(only_date("2019年2月29日，中心完成年度盘点。").kind != DateKind::day);
}

// ---- Partial dates ----

TEST_CASE("a month with 初 is the month, and the text keeps 初", "[dates]") {
  const DateMention d = only_date("2017年12月初，课题组完成中期报告。");
  CHECK(d.kind == DateKind::month);
  CHECK(d.iso == "2017-12");
  CHECK(d.text == "2017年12月初");
}

TEST_CASE("上旬, 中旬 and 下旬 give the month and stay in the text", "[dates]") {
  const auto dates = dates_in({"2017年3月上旬启动申报，3月中旬完成初审，3月下旬公布结果。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 3);
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年3月上旬", "3月中旬", "3月下旬"});
  for (const DateMention& d : dates) {
    CHECK(d.kind == DateKind::month);
    CHECK(d.iso == "2017-03");
  }
}

TEST_CASE("a month with 底 is the month", "[dates]") {
  const DateMention d = only_date("2018年6月底前，各单位完成自查。");
  CHECK(d.kind == DateKind::month);
  CHECK(d.iso == "2018-06");
  CHECK(d.text == "2018年6月底");
}

TEST_CASE("a year with 年底 is the year, and the text keeps 底", "[dates]") {
  const DateMention d = only_date("2018年底，全市建成标准化示范点二十个。");
  CHECK(d.kind == DateKind::year);
  CHECK(d.iso == "2018");
  CHECK(d.text == "2018年底");
}

TEST_CASE("a bare year with 年 is a year", "[dates]") {
  const DateMention d = only_date("2008年，学院成立质量与标准研究所。");
  CHECK(d.kind == DateKind::year);
  CHECK(d.iso == "2008");
  CHECK(d.text == "2008年");
}

// ---- Time of day ----

TEST_CASE("上午 after a day is the time as written", "[dates]") {
  const DateMention d = only_date("2017年11月24日上午，学术报告会在图书馆举行。");
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2017-11-24");
  CHECK(d.time == "上午");
  CHECK(d.text == "2017年11月24日上午");
}

TEST_CASE("下午 with an hour is a 24-hour clock time", "[dates]") {
  const DateMention d = only_date("2017年11月24日下午3点，评审会在二楼会议室召开。");
  CHECK(d.iso == "2017-11-24");
  CHECK(d.time == "15:00");
  CHECK(d.text == "2017年11月24日下午3点");
}

TEST_CASE("a clock time HH:MM after a day is kept", "[dates]") {
  const DateMention d = only_date("2017年11月24日14:30，专家组进场检查。");
  CHECK(d.time == "14:30");
  CHECK(d.text == "2017年11月24日14:30");
}

TEST_CASE("上午 with 时 and 分 is HH:MM", "[dates]") {
  const DateMention d = only_date("2017年11月24日上午9时30分，开班仪式举行。");
  CHECK(d.time == "09:30");
  CHECK(d.text == "2017年11月24日上午9时30分");
}

TEST_CASE("半 after the hour is half past", "[dates]") {
  CHECK(only_date("2017年11月24日下午2点半，座谈会开始。").time == "14:30");
}

// ---- Ranges ----

TEST_CASE("a range of days in one month inherits the year and month", "[dates]") {
  const DateMention d = only_date("2017年11月2日至4日，培训班在党校举办。");
  CHECK(d.kind == DateKind::range);
  CHECK(d.iso == "2017-11-02/2017-11-04");
  CHECK(d.text == "2017年11月2日至4日");
  CHECK(d.start() == "2017-11-02");
}

TEST_CASE("a range of days across months with a dash takes the period's year", "[dates]") {
  const DateMention d = only_date("10月31日-12月31日，全市开展质量提升专项行动。",
                                  in_period("2017-10-31", "2017-12-31"));
  CHECK(d.kind == DateKind::range);
  CHECK(d.iso == "2017-10-31/2017-12-31");
  CHECK(d.text == "10月31日-12月31日");
  CHECK(d.year_inferred);
}

TEST_CASE("a range written with both full dates keeps both years", "[dates]") {
  const DateMention d = only_date("本期统计时段为2017年10月31日-2017年12月31日。");
  CHECK(d.kind == DateKind::range);
  CHECK(d.iso == "2017-10-31/2017-12-31");
  CHECK(d.text == "2017年10月31日-2017年12月31日");
  CHECK_FALSE(d.year_inferred);
}

TEST_CASE("a range that runs into January ends in the next year", "[dates]") {
  const DateMention d =
      only_date("12月28日至1月3日，中心开展安全检查。", in_period("2017-10-31", "2017-12-31"));
  CHECK(d.iso == "2017-12-28/2018-01-03");
}

TEST_CASE("a range of months keeps its qualifier and the year", "[dates]") {
  const DateMention d = only_date("2017年5月中旬至6月，各县开展交叉检查。");
  CHECK(d.kind == DateKind::range);
  CHECK(d.iso == "2017-05/2017-06");
  CHECK(d.text == "2017年5月中旬至6月");
}

TEST_CASE("a backwards range is two separate days", "[dates]") {
  const auto dates = dates_in({"原定2017年11月5日至2017年11月3日的安排有误。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].kind == DateKind::day);
  CHECK(dates[0].iso == "2017-11-05");
  CHECK(dates[1].iso == "2017-11-03");
}

// ---- Spans of years ----

TEST_CASE("a 年度 span of two years is an academic year", "[dates]") {
  const DateMention d = only_date("2016-2017年度优秀教师表彰名单公布。");
  CHECK(d.kind == DateKind::academic_year);
  CHECK(d.iso == "2016/2017");
  CHECK(d.text == "2016-2017年度");
  CHECK(d.start() == "2016");
}

TEST_CASE("a 学年 span with a long dash is an academic year", "[dates]") {
  const DateMention d = only_date("2018—2019学年第一学期期末考试安排。");
  CHECK(d.kind == DateKind::academic_year);
  CHECK(d.iso == "2018/2019");
}

TEST_CASE("a single 学年度 runs into the next calendar year", "[dates]") {
  const DateMention d = only_date("2017学年度招生工作顺利完成。");
  CHECK(d.kind == DateKind::academic_year);
  CHECK(d.iso == "2017/2018");
}

TEST_CASE("a span of years with 年 is a range of years", "[dates]") {
  const DateMention d = only_date("2015-2017年，中心共完成检测任务三千批次。");
  CHECK(d.kind == DateKind::range);
  CHECK(d.iso == "2015/2017");
}

// ---- Relative days ----

TEST_CASE("次日 is the day after the article's last date", "[dates]") {
  const auto dates = dates_in({"2017年11月2日，培训班开班。", "次日，学员赴东江港开展现场教学。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  const DateMention& d = dates[1];
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2017-11-03");
  CHECK(d.text == "次日");
  CHECK(d.relative);
  CHECK(d.line == 2);
}

TEST_CASE("a day alone at a clause start takes the month of the article's last date", "[dates]") {
  const auto dates =
      dates_in({"2017年12月18日上午，调研组抵达东江港。19日上午，调研组召开座谈会；"
                "20日，调研组返回。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 3);
  CHECK(dates[1].iso == "2017-12-19");
  CHECK(dates[1].text == "19日上午");
  CHECK(dates[1].time == "上午");
  CHECK(dates[1].relative);
  CHECK(dates[2].iso == "2017-12-20");
}

TEST_CASE("a day alone that counts back is in the next month", "[dates]") {
  const auto dates = dates_in({"2017年12月30日，考察团出发。", "2日，考察团回到东江。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[1].iso == "2018-01-02");
}

TEST_CASE("a day alone inside a clause or without a date before it is not a date", "[dates]") {
  CHECK(dates_in({"2017年12月1日，新规施行，每月15日前报送数据。"}).size() == 1);
  CHECK(dates_in({"19日上午，调研组召开座谈会。"}).empty());
}

TEST_CASE("次日 of the last day of a month is the first of the next", "[dates]") {
  const auto dates = dates_in({"2017年12月31日，研究院举行跨年学术沙龙，次日上午返程。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[1].iso == "2018-01-01");
  CHECK(dates[1].time == "上午");
  CHECK(dates[1].text == "次日上午");
}

TEST_CASE("次日 after a range of days is the day after the range ends", "[dates]") {
  const auto dates =
      dates_in({"2017年11月28日-12月1日，评估组进校考察。", "次日，学校召开整改会。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].iso == "2017-11-28/2017-12-01");
  CHECK(dates[1].iso == "2017-12-02");
  CHECK(dates[1].relative);
}

TEST_CASE("当天 and 同日 are the article's last date", "[dates]") {
  const auto dates = dates_in({"2017年11月8日，评审会在科技楼召开。", "当天下午，专家组实地察看。",
                               "同日，项目组提交整改方案。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 3);
  CHECK(dates[1].iso == "2017-11-08");
  CHECK(dates[1].time == "下午");
  CHECK(dates[1].relative);
  CHECK(dates[2].iso == "2017-11-08");
  CHECK(dates[2].relative);
}

TEST_CASE("successive 次日 count on from one another", "[dates]") {
  const auto dates = dates_in({"2017年11月8日报到。次日开班，次日参观东江港。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 3);
  CHECK(dates[1].iso == "2017-11-09");
  CHECK(dates[2].iso == "2017-11-10");
}

TEST_CASE("a relative day with no earlier date in the article gives nothing", "[dates]") {
  const auto dates = dates_in({"次日，调研组赴石泉县开展调研。", "当天下午召开座谈会。"});
  INFO(describe(dates));
  CHECK(dates.empty());
}

TEST_CASE("次日 after 此, 每 or a number counts occasions and is not a relative day", "[dates]") {
  const auto dates =
      dates_in({"2017年11月8日，培训班开班。此次日程安排紧凑，第3次日程调整已通知"
                "学员，每次日常考核由班委负责。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年11月8日"});
}

TEST_CASE("a relative day does not count from a month without a day", "[dates]") {
  const auto dates = dates_in({"2017年11月，调研组赴石泉县。次日召开座谈会。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年11月"});
}

TEST_CASE("a new article resets the date a relative day counts from", "[dates]") {
  const auto dates =
      dates_in({"2017年11月2日，培训班开班。", "次日，学员赴东江港开展现场教学。"}, {}, {1, 2});
  INFO(describe(dates));
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].iso == "2017-11-02");
}

// ---- Years the text leaves out ----

TEST_CASE("a date without a year takes the year of the bulletin's period", "[dates]") {
  const DateMention d =
      only_date("9月21日，中心召开开放课题评审会。", in_period("2017-10-31", "2017-12-31"));
  CHECK(d.iso == "2017-09-21");
  CHECK(d.year_inferred);
  CHECK(d.text == "9月21日");
}

TEST_CASE("a December date in a January to March period is of the year before", "[dates]") {
  const DateMention d =
      only_date("12月20日，中心召开年度工作总结会。", in_period("2018-01-01", "2018-03-31"));
  CHECK(d.iso == "2017-12-20");
  CHECK(d.year_inferred);
}

TEST_CASE("a month without a year takes the period's year too", "[dates]") {
  const DateMention d =
      only_date("12月初，中心完成年度盘点。", in_period("2017-10-31", "2017-12-31"));
  CHECK(d.kind == DateKind::month);
  CHECK(d.iso == "2017-12");
  CHECK(d.year_inferred);
}

TEST_CASE("without a period a date takes the last year written earlier", "[dates]") {
  const auto dates = dates_in(
      {"2016年5月3日，中心揭牌成立。", "9月5日，中心召开首次学术委员会会议。"}, {}, {1, 2});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[1].iso == "2016-09-05");
  CHECK(dates[1].year_inferred);
}

TEST_CASE("with nothing to infer from the year is XXXX", "[dates]") {
  const DateMention d = only_date("9月5日，中心召开首次学术委员会会议。");
  CHECK(d.iso == "XXXX-09-05");
  CHECK_FALSE(d.year_inferred);
  CHECK(d.start() == "XXXX-09-05");
}

TEST_CASE("a later date of an article takes the article's own year over the period", "[dates]") {
  const auto dates = dates_in({"2016年12月5日，项目组进驻现场；12月8日，项目通过验收。"},
                              in_period("2017-10-31", "2017-12-31"));
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].iso == "2016-12-05");
  CHECK_FALSE(dates[0].year_inferred);
  CHECK(dates[1].iso == "2016-12-08");
  CHECK(dates[1].year_inferred);
}

// ---- Minguo years ----

TEST_CASE("民國 makes a Minguo year even when the context is not Minguo", "[dates]") {
  const DateMention d = only_date("本學會創立於民國75年，迄今已逾三十年。");
  CHECK(d.kind == DateKind::year);
  CHECK(d.iso == "1986");
  CHECK(d.text == "民國75年");
}

TEST_CASE("simplified 民国 makes a Minguo date", "[dates]") {
  CHECK(only_date("民国三十七年十月十日").iso == "1948-10-10");
}

TEST_CASE("in a Minguo context a three-digit year counts from 1912", "[dates]") {
  const DateMention d = only_date("110年3月5日，本會舉辦研習會。", minguo_context());
  CHECK(d.kind == DateKind::day);
  CHECK(d.iso == "2021-03-05");
  CHECK(d.text == "110年3月5日");
}

TEST_CASE("a Minguo 學年度 is an academic year", "[dates]") {
  const DateMention d = only_date("109學年度第一學期研習計畫公布。", minguo_context());
  CHECK(d.kind == DateKind::academic_year);
  CHECK(d.iso == "2020/2021");
  CHECK(d.text == "109學年度");
}

TEST_CASE("in a Minguo context 10年來 is a count of years, not a year", "[dates]") {
  const auto dates =
      dates_in({"本會10年來舉辦研習會逾百場，110年3月5日再辦一場。"}, minguo_context());
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"110年3月5日"});
}

TEST_CASE("in a Minguo context a span of years with 内 is a count of years", "[dates]") {
  const auto dates =
      dates_in({"本會預計3-5年內完成校舍改建，109-110年共辦理研習三十場。"}, minguo_context());
  INFO(describe(dates));
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].text == "109-110年");
  CHECK(dates[0].kind == DateKind::range);
  CHECK(dates[0].iso == "2020/2021");
}

// ---- Look-alikes that are not dates ----

TEST_CASE("十九大 is not a date", "[dates]") {
  const auto dates = dates_in({"2017年11月3日，学院党委组织学习党的十九大精神。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年11月3日"});
}

TEST_CASE("a document number with 号 is not a day", "[dates]") {
  const auto dates = dates_in({"按照市教育局〔2017〕24号文件要求，各校于2017年11月底前完成自查。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年11月底"});
}

TEST_CASE("a cohort year with 级 is not a year", "[dates]") {
  const auto dates = dates_in({"2017级新生于2017年9月8日报到，2017 级研究生同日报到。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年9月8日", "同日"});
}

TEST_CASE("2017年级 is a cohort, not a year", "[dates]") {
  CHECK(dates_in({"2017年级学生共三百人。"}).empty());
}

TEST_CASE("a standard number such as ISO9000 is not a date", "[dates]") {
  const auto dates = dates_in({"检测中心于2017年9月通过ISO9000质量管理体系认证。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].kind == DateKind::month);
  CHECK(dates[0].iso == "2017-09");
}

TEST_CASE("an issue number 第19期 is not a date", "[dates]") {
  const auto dates = dates_in({"第19期简报于2017年12月5日印发。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年12月5日"});
}

TEST_CASE("5年来 and 三十年 are counts of years, not years", "[dates]") {
  const auto dates =
      dates_in({"5年来，研究所累计举办培训班三十期。", "从事质量工作三十年的老专家来院讲座。"});
  INFO(describe(dates));
  CHECK(dates.empty());
}

TEST_CASE("a decade with 年代 is not a year", "[dates]") {
  const auto dates = dates_in({"1990年代以来，我市标准化工作逐步起步。"});
  INFO(describe(dates));
  CHECK(dates.empty());
}

TEST_CASE("a phone number is not a date", "[dates]") {
  const auto dates = dates_in({"联系电话13812345678，报名截止日期为2017年11月20日。"});
  INFO(describe(dates));
  CHECK(texts_of(dates) == std::vector<std::string>{"2017年11月20日"});
}

TEST_CASE("a clock time with no day before it is not a date", "[dates]") {
  const auto dates =
      dates_in({"每日12:30前报送当日数据。", "2017年11月6日报名结束；12:30评审组开会。"});
  INFO(describe(dates));
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].text == "2017年11月6日");
  CHECK(dates[0].time.empty());
}

// ---- Where a date is ----

TEST_CASE("byte offsets slice exactly the date out of the passage text", "[dates]") {
  const std::vector<std::string> texts = {
      "据悉，２０１７年１１月２日至４日，“质量月”系列活动在东江举行；十二月初，活动总结会召开。"};
  const auto dates = find_dates(passages_of(texts), {});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  for (const DateMention& d : dates) {
    REQUIRE(d.begin < d.end);
    REQUIRE(d.end <= texts[0].size());
    CHECK(texts[0].substr(d.begin, d.end - d.begin) == d.text);
    CHECK(d.passage == 0);
  }
  CHECK(dates[0].text == "２０１７年１１月２日至４日");
  CHECK(dates[0].begin == texts[0].find("２０１７"));
  CHECK(dates[1].text == "十二月初");
  CHECK(dates[1].iso == "2017-12");
}

TEST_CASE("a date reports its passage, the passage's line and its article", "[dates]") {
  const auto dates = dates_in(
      {"研究院召开座谈会。", "2017年11月2日，培训班开班。", "12月5日结业。"}, {}, {1, 1, 3});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].passage == 1);
  CHECK(dates[0].line == 2);
  CHECK(dates[0].article == 1);
  CHECK(dates[1].passage == 2);
  CHECK(dates[1].line == 3);
  CHECK(dates[1].article == 3);
}

TEST_CASE("a date after a page-break join reports the joined line", "[dates]") {
  const std::string before = "2017年11月2日，研究院召开质量工作座谈会，与会专家";
  const std::string after = "围绕计量检测展开讨论。11月3日，专家组赴东江港调研。";
  Block block;
  block.kind = BlockKind::paragraph;
  block.text = before + after;
  block.span = Span{22, 25, 0, 0};
  Repair join;
  join.kind = RepairKind::page_break_join;
  join.position = code_points(before);
  join.line = 25;
  block.repairs.push_back(join);
  const std::vector<Passage> passages = {Passage{block.text, 22, 1, &block}};

  const auto dates = find_dates(passages, {});
  INFO(describe(dates));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].text == "2017年11月2日");
  CHECK(dates[0].line == 22);
  CHECK(dates[1].text == "11月3日");
  CHECK(dates[1].iso == "2017-11-03");
  CHECK(dates[1].line == 25);
  CHECK(passages[0].line_at(dates[1].begin) == 25);
}

TEST_CASE("dates of a parsed bulletin carry their articles and source lines", "[dates]") {
  const ParseResult result =
      parse_bulletins(decode("江南质量研究会\n\n工作简报\n\n2021年第2期\n\n"
                             "研究会召开理事会议\n\n"
                             "3月12日，研究会召开第二届理事会第三次会议。\n\n"
                             "研究会举办标准化讲座\n\n"
                             "4月9日上午，研究会举办标准化专题讲座。\n"));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins.front();
  REQUIRE(bulletin.articles.size() == 2);
  const auto dates = find_dates(bulletin_passages(bulletin), date_context(bulletin));
  INFO(describe(dates));
  std::vector<const DateMention*> in_articles;
  for (const DateMention& d : dates)
    if (d.article != 0) in_articles.push_back(&d);
  REQUIRE(in_articles.size() == 2);
  CHECK(in_articles[0]->iso == "2021-03-12");
  CHECK(in_articles[0]->article == 1);
  CHECK(in_articles[0]->line == 9);
  CHECK(in_articles[1]->iso == "2021-04-09");
  CHECK(in_articles[1]->time == "上午");
  CHECK(in_articles[1]->article == 2);
  CHECK(in_articles[1]->line == 13);
}

// ---- The bulletin's context ----

TEST_CASE("the date context takes the masthead's period", "[dates]") {
  Bulletin bulletin;
  bulletin.masthead.period = Period{"2017-10-31", "2017-12-31"};
  bulletin.masthead.issue = "2017年第6期";
  const DateContext context = date_context(bulletin);
  REQUIRE(context.period);
  CHECK(context.period->start == "2017-10-31");
  CHECK(context.period->end == "2017-12-31");
  CHECK_FALSE(context.minguo);
}

TEST_CASE("without a period the year of the issue stands for the period", "[dates]") {
  Bulletin bulletin;
  bulletin.masthead.issue = "2021年第2期";
  const DateContext context = date_context(bulletin);
  REQUIRE(context.period);
  CHECK(context.period->start == "2021-01-01");
  CHECK(context.period->end == "2021-12-31");
}

TEST_CASE("an issue without a year gives no period", "[dates]") {
  Bulletin bulletin;
  bulletin.masthead.issue = "第2期";
  CHECK_FALSE(date_context(bulletin).period);
}

TEST_CASE("a masthead in the traditional script of Taiwan sets the Minguo calendar", "[dates]") {
  for (const char* line : {"民國110年3月", "臺東縣政府", "國立東華大學"}) {
    Bulletin bulletin;
    Block block;
    block.kind = BlockKind::masthead;
    block.text = line;
    bulletin.masthead.lines.push_back(block);
    INFO(line);
    CHECK(date_context(bulletin).minguo);
  }
}

TEST_CASE("a simplified masthead does not set the Minguo calendar", "[dates]") {
  const ParseResult result = parse_bulletins(
      decode("江南质量研究会\n\n工作简报\n\n2021年第2期\n\n"
             "研究会召开理事会议\n\n3月12日，研究会召开第二届理事会第三次会议。\n"));
  REQUIRE(result.bulletins.size() == 1);
  const DateContext context = date_context(result.bulletins.front());
  CHECK_FALSE(context.minguo);
  REQUIRE(context.period);
  CHECK(context.period->start == "2021-01-01");
}

TEST_CASE("a Minguo year in a parsed Taiwanese bulletin is converted", "[dates]") {
  const ParseResult result =
      parse_bulletins(decode("國立東瀾大學教務處\n\n工作簡報\n\n第3期\n\n"
                             "本處舉辦教學研習會\n\n110年3月5日，本處舉辦教學創新研習會。\n"));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins.front();
  const DateContext context = date_context(bulletin);
  CHECK(context.minguo);
  const auto dates = find_dates(bulletin_passages(bulletin), context);
  INFO(describe(dates));
  REQUIRE_FALSE(dates.empty());
  CHECK(dates.back().iso == "2021-03-05");
  CHECK(dates.back().text == "110年3月5日");
}
