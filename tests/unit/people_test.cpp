// SPDX-License-Identifier: MIT
// People: names found by their titles, organisations and speech verbs, and their later mentions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/people.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::passages_of;

namespace {

std::vector<Person> people_in(const std::vector<std::string>& texts,
                              const std::vector<std::size_t>& articles = {},
                              const Lexicon& lexicon = Lexicon::builtin()) {
  return find_people(passages_of(texts, articles), lexicon);
}

const Person* named(const std::vector<Person>& people, const std::string& name) {
  const auto it =
      std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.name == name; });
  return it == people.end() ? nullptr : &*it;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ";") + item;
  return out;
}

/// Everything found, one person a line, for failure messages.
std::string describe(const std::vector<Person>& people) {
  std::string out = people.empty() ? "(no people)" : "";
  for (const Person& p : people) {
    out += p.name + " titles=[" + join(p.titles) + "] orgs=[" + join(p.organizations) +
           "] mentions=" + std::to_string(p.mentions.size()) + " articles=[";
    for (std::size_t i = 0; i < p.articles.size(); ++i)
      out += (i ? "," : "") + std::to_string(p.articles[i]);
    out += std::string("] in_passing=") + (p.in_passing ? "true" : "false") + "\n";
  }
  return out;
}

bool any_contains(const std::vector<std::string>& list, const std::string& part) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

/// People that are not merely named in passing.
std::vector<const Person*> real_people(const std::vector<Person>& people) {
  std::vector<const Person*> out;
  for (const Person& p : people)
    if (!p.in_passing) out.push_back(&p);
  return out;
}

}  // namespace

// ---- Anchored by a title ----

TEST_CASE("an organisation, a name and then a title make one person with both", "[people]") {
  const auto people = people_in({"东江市市场监管局钱立新副局长出席会议并讲话。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  const Person& p = people.front();
  CHECK(p.name == "钱立新");
  CHECK(p.titles == std::vector<std::string>{"副局长"});
  CHECK(p.organizations == std::vector<std::string>{"东江市市场监管局"});
  CHECK_FALSE(p.in_passing);
}

TEST_CASE("an organisation with an abbreviation, a title and then a name make one person",
          "[people]") {
  const auto people = people_in({"国际质量联合会（IQF）主席罗文博认为，质量是发展的基础。"});
  INFO(describe(people));
  const Person* p = named(people, "罗文博");
  REQUIRE(p != nullptr);
  CHECK(p->titles == std::vector<std::string>{"主席"});
  CHECK(any_contains(p->organizations, "国际质量联合会"));
  CHECK(people.size() == 1);
}

TEST_CASE("a title written before a name names that person", "[people]") {
  const auto people = people_in({"副院长蔡远航主持会议。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "蔡远航");
  CHECK(people[0].titles == std::vector<std::string>{"副院长"});
  CHECK(people[0].organizations.empty());
}

TEST_CASE("a name followed by its title at the start of a paragraph is a person", "[people]") {
  const auto people = people_in({"韦立诚主任委员在会上指出，要把标准化工作抓实抓细。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "韦立诚");
  CHECK(people[0].titles == std::vector<std::string>{"主任委员"});
}

TEST_CASE("one title before a list of names is shared by every name in the list", "[people]") {
  const auto people = people_in({"副院长蔡远航、沈柏舟出席开幕式。"});
  INFO(describe(people));
  REQUIRE(people.size() == 2);
  CHECK(people[0].name == "蔡远航");
  CHECK(people[1].name == "沈柏舟");
  CHECK(people[0].titles == std::vector<std::string>{"副院长"});
  CHECK(people[1].titles == std::vector<std::string>{"副院长"});
}

TEST_CASE("a chain of organisations and titles separated by 、 all belong to the name after it",
          "[people]") {
  const auto people = people_in({"北岭大学校长、党委副书记、中国科学院院士屈正阳为学生上课。"});
  INFO(describe(people));
  const Person* p = named(people, "屈正阳");
  REQUIRE(p != nullptr);
  CHECK(join(p->titles) == "校长;党委副书记;院士");
  CHECK(join(p->organizations) == "北岭大学;中国科学院");
  CHECK(p->affiliations.size() == 3);
}

TEST_CASE("the end of a name already found does not start another name", "[people]") {
  // 为学生上课: 学生 is a title, but 阳为 before it is the tail of 屈正阳 and a preposition.
  const auto people = people_in({"北岭大学校长、党委副书记、中国科学院院士屈正阳为学生上课。"});
  INFO(describe(people));
  CHECK(people.size() == 1);
  CHECK(named(people, "阳为") == nullptr);
}

TEST_CASE("a student written with school and cohort gets the degree title and the school",
          "[people]") {
  const auto people = people_in({"材料学院 2019 级硕士生鲁佳琪表示，实验室的氛围很好。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "鲁佳琪");
  CHECK(people[0].titles == std::vector<std::string>{"硕士生"});
  CHECK(people[0].organizations == std::vector<std::string>{"材料学院"});
}

TEST_CASE("原 before an organisation marks the title as former, not the organisation", "[people]") {
  const auto people = people_in({"原省政府参事马伯骏出席座谈会。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  const Person& p = people.front();
  CHECK(p.name == "马伯骏");
  REQUIRE(p.titles.size() == 1);
  CHECK(p.titles[0].find("参事") != std::string::npos);
  CHECK(p.titles[0].find("原") != std::string::npos);
  CHECK(p.organizations == std::vector<std::string>{"省政府"});
}

// ---- Later mentions ----

TEST_CASE("later mentions by full name are counted and their articles listed", "[people]") {
  const std::vector<std::string> texts{
      "原省政府参事马伯骏出席座谈会。",
      "会议围绕质量强省建设展开讨论。",
      "马伯骏认为，要把标准化摆在更加突出的位置。",
      "与会人员同马伯骏就地方标准的修订交换了意见。",
  };
  const auto people = people_in(texts, {1, 1, 2, 3});
  INFO(describe(people));
  const Person* p = named(people, "马伯骏");
  REQUIRE(p != nullptr);
  REQUIRE(p->mentions.size() == 3);
  CHECK(p->mentions[0].line == 1);
  CHECK(p->mentions[1].line == 3);
  CHECK(p->mentions[2].line == 4);
  CHECK(p->mentions[2].article == 3);
  // Byte offsets of the name in its passage.
  CHECK(texts[3].substr(p->mentions[2].begin, p->mentions[2].end - p->mentions[2].begin) ==
        "马伯骏");
  CHECK(p->articles == std::vector<std::size_t>{1, 2, 3});
  CHECK(p->first_line() == 1);
  CHECK(people.size() == 1);
}

TEST_CASE("a name after a title keeps a given name that ends in 和", "[people]") {
  const auto people = people_in({"副院长潘志和主持会议。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "潘志和");
  CHECK(people[0].titles == std::vector<std::string>{"副院长"});
}

TEST_CASE("a surname and a title name the one person of that surname who holds it", "[people]") {
  // 潘院长 is how a 副院长 named 潘 is addressed.
  const auto people = people_in({"副院长潘志和主持会议。", "潘院长强调，要抓好各项工作落实。"});
  INFO(describe(people));
  const Person* p = named(people, "潘志和");
  REQUIRE(p != nullptr);
  REQUIRE(p->mentions.size() == 2);
  CHECK(p->mentions[1].line == 2);
  CHECK(people.size() == 1);
}

TEST_CASE("a surname and 院长 resolve to the one 副院长 of that surname", "[people]") {
  // The same as above with a given name that is taken whole: only the dropped 副 is at stake.
  const auto people = people_in({"副院长潘志远主持会议。", "潘院长强调，要抓好各项工作落实。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "潘志远");
  CHECK(people[0].mentions.size() == 2);
}

TEST_CASE("a surname and the same title as written resolve to the one person holding it",
          "[people]") {
  const std::vector<std::string> texts{"院长潘志远主持会议。", "潘院长强调，要抓好各项工作落实。"};
  const auto people = people_in(texts);
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  const Person& p = people.front();
  CHECK(p.name == "潘志远");
  REQUIRE(p.mentions.size() == 2);
  CHECK(p.mentions[1].line == 2);
  CHECK(texts[1].substr(p.mentions[1].begin, p.mentions[1].end - p.mentions[1].begin) == "潘院长");
}

TEST_CASE("a surname and a title shared by two people resolve to neither", "[people]") {
  const auto people = people_in({"北岭大学材料学院院长潘志远介绍了学科建设情况。",
                                 "东江大学医学院院长潘明哲介绍了临床研究进展。",
                                 "潘院长强调，要抓好各项工作落实。"});
  INFO(describe(people));
  REQUIRE(people.size() == 2);
  for (const Person& p : people) {
    INFO(p.name);
    CHECK(p.mentions.size() == 1);
    CHECK(p.titles == std::vector<std::string>{"院长"});
  }
}

// ---- Kinds of names ----

TEST_CASE("a transliterated foreign name joined by a middle dot is taken whole after a title",
          "[people]") {
  const auto people = people_in({"主席约翰·史密斯表示，双方将加强在标准领域的合作。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "约翰·史密斯");
  CHECK(people[0].titles == std::vector<std::string>{"主席"});
}

TEST_CASE("a compound surname keeps both its characters", "[people]") {
  const auto people = people_in({"欧阳明远副教授作专题报告。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "欧阳明远");
  CHECK(people[0].titles == std::vector<std::string>{"副教授"});
}

TEST_CASE("names and titles in traditional script are found", "[people]") {
  const auto people = people_in({"香港北嶺大學校長段崇遠表示，將推動兩地合作。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "段崇遠");
  CHECK(people[0].titles == std::vector<std::string>{"校長"});
  CHECK(any_contains(people[0].organizations, "北嶺大學"));
}

TEST_CASE("a speaker without a title is a person and not named in passing", "[people]") {
  const auto people = people_in({"贺立群表示，标准化工作要服务发展大局。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "贺立群");
  CHECK(people[0].titles.empty());
  CHECK_FALSE(people[0].in_passing);
}

TEST_CASE("a name with no title, organisation or speech verb is at most named in passing",
          "[people]") {
  const auto people = people_in({"离开姜子敬就很难谈那家企业的转型。"});
  INFO(describe(people));
  const Person* p = named(people, "姜子敬");
  if (p != nullptr) CHECK(p->in_passing);
  CHECK(real_people(people).empty());
}

TEST_CASE("a historical figure cited as an example is not taken for a person in the news",
          "[people]") {
  const auto people =
      people_in({"商鞅变法是改革史上的著名案例。", "从商鞅变法说起，改革需要勇气和担当。",
                 "会上，大家回顾了商鞅变法的经验。"});
  INFO(describe(people));
  CHECK(real_people(people).empty());
  // …but it is named in passing, which --all lists, once for all its mentions.
  const Person* figure = named(people, "商鞅");
  REQUIRE(figure != nullptr);
  CHECK(figure->in_passing);
  CHECK(figure->mentions.size() == 3);
}

TEST_CASE("a cited figure in traditional script or a foreign one is named in passing", "[people]") {
  const auto people = people_in({"專家結合戴明十四條和朱蘭的質量三部曲，解讀了質量管理。"});
  INFO(describe(people));
  for (const char* name : {"戴明", "朱蘭"}) {
    const Person* figure = named(people, name);
    REQUIRE(figure != nullptr);
    CHECK(figure->in_passing);
  }
}

TEST_CASE("a doctrine or an institution named after a figure names no one", "[people]") {
  const auto people = people_in(
      {"学院开设马克思主义理论课，组织学习毛泽东思想。", "孔子学院的志愿者参加了交流活动。"});
  INFO(describe(people));
  CHECK(people.empty());
}

TEST_CASE("a figure's name inside a person found by a title is that person's", "[people]") {
  // 戴明 is a figure, 戴明远 a professor: the anchored name wins.
  const auto people = people_in({"会上，戴明远教授作了报告。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "戴明远");
  CHECK_FALSE(people[0].in_passing);
}

// ---- Traps ----

TEST_CASE("words that start with a surname give no person in running text", "[people]") {
  const auto people =
      people_in({"推动高质量发展是当前的首要任务。", "两个团队研究方向不同，但目标一致。",
                 "沿江林立的高楼见证了城市的变迁。", "林立的高楼见证了变迁。"});
  INFO(describe(people));
  CHECK(people.empty());
}

TEST_CASE("a name that is also a word is a person only between a title and a speech verb",
          "[people]") {
  const auto people = people_in({"院长方向认为，要坚持正确的研究方向。", "研究方向要聚焦需求。"});
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "方向");
  CHECK(people[0].titles == std::vector<std::string>{"院长"});
  // The word 方向 later in the text is not a mention of the person.
  CHECK(people[0].mentions.size() == 1);
}

TEST_CASE("a title in the plural gives no person", "[people]") {
  const auto people = people_in({"处长们参加了培训。", "会上，处长们纷纷发言。"});
  INFO(describe(people));
  CHECK(people.empty());
}

TEST_CASE("two people joined by 和 in one phrase each keep their own title", "[people]") {
  const auto people = people_in({"钱立新副局长和韦立诚主任出席会议。"});
  INFO(describe(people));
  REQUIRE(people.size() == 2);
  CHECK(people[0].name == "钱立新");
  CHECK(people[0].titles == std::vector<std::string>{"副局长"});
  CHECK(people[1].name == "韦立诚");
  CHECK(people[1].titles == std::vector<std::string>{"主任"});
}

TEST_CASE("an organisation whose name holds a title word gives no person", "[people]") {
  const auto people = people_in({"主任委员会召开会议。"});
  INFO(describe(people));
  CHECK(people.empty());
}

TEST_CASE("a surname and a title with nobody of that surname known give no person", "[people]") {
  const auto people = people_in({"张院长在会上作了讲话。"});
  INFO(describe(people));
  CHECK(people.empty());
}

// ---- Lexicons ----

TEST_CASE("a user lexicon file adds a title that anchors names", "[people]") {
  Lexicon lexicon;  // empty: only what the file adds
  const Diagnostics diagnostics = lexicon.add_file(
      "# a user lexicon\n"
      "surname 金\n"
      "\n"
      "title 首席质量官   # trailing comment\n"
      "name-stop\t介绍\n");
  CHECK(diagnostics.empty());
  const auto people = people_in({"首席质量官金望舒介绍了企业质量管理经验。"}, {}, lexicon);
  INFO(describe(people));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "金望舒");
  CHECK(people[0].titles == std::vector<std::string>{"首席质量官"});
}

TEST_CASE("a title added from a file finds a person the built-in lexicon does not", "[people]") {
  const std::vector<std::string> texts{"首席标准官金望舒介绍了企业标准化经验。"};
  const auto before = people_in(texts);
  {
    INFO(describe(before));
    CHECK(named(before, "金望舒") == nullptr);
  }
  Lexicon lexicon = Lexicon::builtin();
  CHECK(lexicon.add_file("title 首席标准官\n").empty());
  const auto after = people_in(texts, {}, lexicon);
  INFO(describe(after));
  const Person* p = named(after, "金望舒");
  REQUIRE(p != nullptr);
  CHECK(p->titles == std::vector<std::string>{"首席标准官"});
  // The built-in lexicon is a copy: adding to one leaves the next copy untouched.
  CHECK(named(people_in(texts), "金望舒") == nullptr);
}

TEST_CASE("a malformed lexicon line is an error with its line number", "[people]") {
  Lexicon lexicon = Lexicon::builtin();
  const Diagnostics diagnostics = lexicon.add_file(
      "# user titles\n"
      "title 首席标准官\n"
      "title\n"
      "surname 覃\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::error);
  CHECK(diagnostics[0].line == 3);
  CHECK(has_error(diagnostics));
  // The good lines around it are still added.
  const auto people = people_in({"首席标准官金望舒出席会议。"}, {}, lexicon);
  INFO(describe(people));
  CHECK(named(people, "金望舒") != nullptr);
}

TEST_CASE("an unknown lexicon kind is an error", "[people]") {
  Lexicon lexicon;
  const Diagnostics diagnostics = lexicon.add_file("surname 金\nname-stop 出席\nrank 首席质量官\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::error);
  CHECK(diagnostics[0].line == 3);
  CHECK(diagnostics[0].message.find("KIND") != std::string::npos);
  // Nothing of the bad line was added: the title anchors no name until it is added properly.
  const std::vector<std::string> texts{"首席质量官金望舒出席会议。"};
  {
    const auto people = people_in(texts, {}, lexicon);
    INFO(describe(people));
    CHECK(people.empty());
  }
  lexicon.add(Lexicon::Kind::title, "首席质量官");
  const auto people = people_in(texts, {}, lexicon);
  INFO(describe(people));
  CHECK(named(people, "金望舒") != nullptr);
}

// ---- Passages of a bulletin ----

namespace {

constexpr std::string_view quality_bulletin =
    "\n"
    "北岭大学质量研究中心\n"
    "\n"
    "工作简报\n"
    "\n"
    "【2021年3月1日-2021年4月30日】\n"
    "\n"
    "—— 学术活动\n"
    "\n"
    "- ① 举办质量发展论坛\n"
    "- ② 召开学术委员会会议\n"
    "\n"
    "研究中心举办质量发展论坛\n"
    "\n"
    "2021年3月12日，研究中心举办质量发展论坛，副院长蔡远航主持论坛。\n"
    "\n"
    "蔡远航表示，论坛将每年举办一次。\n"
    "\n"
    "研究中心召开学术委员会会议\n"
    "\n"
    "2021年4月2日，研究中心召开学术委员会会议，韦立诚主任委员在会上指出，要加强基础研究。\n";

}  // namespace

TEST_CASE(
    "a bulletin's passages are its masthead, TOC items, titles and paragraphs with their articles",
    "[people]") {
  const ParseResult result = parse_bulletins(decode(quality_bulletin));
  REQUIRE(result.bulletins.size() == 1);
  const Bulletin& bulletin = result.bulletins.front();
  REQUIRE(bulletin.toc.size() == 1);
  REQUIRE(bulletin.toc[0].items.size() == 2);
  REQUIRE(bulletin.articles.size() == 2);

  const std::vector<Passage> passages = bulletin_passages(bulletin);
  std::string listing;
  for (const Passage& p : passages)
    listing +=
        std::to_string(p.article) + "@" + std::to_string(p.line) + " " + std::string(p.text) + "\n";
  INFO(listing);
  const std::size_t m = bulletin.masthead.lines.size();
  REQUIRE(m > 0);
  REQUIRE(passages.size() == m + 7);

  // Masthead lines first, then TOC items, all in article 0.
  CHECK(passages[0].text == bulletin.masthead.lines[0].text);
  CHECK(passages[0].article == 0);
  CHECK(passages[m + 0].text == "- ① 举办质量发展论坛");
  CHECK(passages[m + 0].article == 0);
  CHECK(passages[m + 0].line == 10);
  CHECK(passages[m + 1].text == "- ② 召开学术委员会会议");
  CHECK(passages[m + 1].article == 0);
  CHECK(passages[m + 1].line == 11);
  // Then each article: title, then paragraphs.
  CHECK(passages[m + 2].text == "研究中心举办质量发展论坛");
  CHECK(passages[m + 2].article == 1);
  CHECK(passages[m + 2].line == 13);
  CHECK(passages[m + 3].article == 1);
  CHECK(passages[m + 3].line == 15);
  CHECK(passages[m + 4].text == "蔡远航表示，论坛将每年举办一次。");
  CHECK(passages[m + 4].article == 1);
  CHECK(passages[m + 4].line == 17);
  CHECK(passages[m + 5].text == "研究中心召开学术委员会会议");
  CHECK(passages[m + 5].article == 2);
  CHECK(passages[m + 5].line == 19);
  CHECK(passages[m + 6].article == 2);
  CHECK(passages[m + 6].line == 21);
  // The passages point into the bulletin's own text.
  CHECK(passages[m + 2].text.data() == bulletin.articles[0].title.text.data());

  // And the people found in them carry those lines and articles.
  const auto people = find_people(passages, Lexicon::builtin());
  INFO(describe(people));
  REQUIRE(people.size() == 2);
  CHECK(people[0].name == "蔡远航");
  CHECK(people[0].mentions.size() == 2);
  CHECK(people[0].first_line() == 15);
  CHECK(people[0].articles == std::vector<std::size_t>{1});
  CHECK(people[1].name == "韦立诚");
  CHECK(people[1].articles == std::vector<std::size_t>{2});
}

TEST_CASE("people named before 担任 take the title after it, a whole list at once", "[people]") {
  const auto people =
      people_in({"会议邀请北岭大学教授严立诚、省标准化研究院研究员蒋文澜担任评审委员，"
                 "邀请市场监管局综合处处长柯远航担任评审组长。"});
  INFO(describe(people));
  const Person* yan = named(people, "严立诚");
  const Person* jiang = named(people, "蒋文澜");
  const Person* ke = named(people, "柯远航");
  REQUIRE(yan != nullptr);
  REQUIRE(jiang != nullptr);
  REQUIRE(ke != nullptr);
  CHECK(yan->titles == std::vector<std::string>{"教授", "评审委员"});
  CHECK(jiang->titles == std::vector<std::string>{"研究员", "评审委员"});
  CHECK(ke->titles == std::vector<std::string>{"处长", "评审组长"});
}
