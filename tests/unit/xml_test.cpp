// SPDX-License-Identifier: MIT
// XML: our vocabulary and TEI, inline person and date markup, repairs, people and events.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/people.hpp"
#include "jianbao/text.hpp"
#include "jianbao/xml.hpp"

using namespace jianbao;

namespace {

/// A bulletin that names 周明远 in both articles; dates are marked up by hand in the tests.
constexpr const char* bulletin_text =
    "\n"
    "\n"
    "青禾农业科学研究院\n"
    "\n"
    "工作简报\n"
    "\n"
    "【2019年5月1日-2019年5月31日】\n"
    "\n"
    "—— 学术活动\n"
    "\n"
    "- ① 青禾农业科学研究院举办盐碱地改良学术报告会\n"
    "- ② 青年科研人员赴石泉试验站开展田间调研\n"
    "\n"
    "青禾农业科学研究院举办盐碱地改良学术报告会\n"
    "\n"
    "2019年5月8日，青禾农业科学研究院院长周明远在本部报告厅主持盐碱地改良学术报告会，"
    "八十余名科研人员参加。\n"
    "\n"
    "青年科研人员赴石泉试验站开展田间调研\n"
    "\n"
    "2019年5月15日，研究院组织十二名青年科研人员赴石泉试验站，围绕小麦耐盐品种筛选开展田间"
    "调研。周明远院长参加调研。\n";

SourcedBulletin parsed_bulletin() {
  ParseResult result = parse_bulletins(decode(bulletin_text));
  REQUIRE(result.bulletins.size() == 1);
  REQUIRE(result.bulletins[0].articles.size() == 2);
  return {"forum.txt", 1, std::move(result.bulletins[0]), Encoding::utf8};
}

/// A date mention over the first place `written` occurs in the bulletin's passages.
DateMention date_at(const Bulletin& bulletin, std::string_view written, std::string iso) {
  const std::vector<Passage> passages = bulletin_passages(bulletin);
  for (std::size_t p = 0; p < passages.size(); ++p) {
    const std::size_t at = passages[p].text.find(written);
    if (at == std::string_view::npos) continue;
    DateMention date;
    date.text = std::string(written);
    date.iso = std::move(iso);
    date.passage = p;
    date.begin = at;
    date.end = at + written.size();
    date.line = passages[p].line;
    date.article = passages[p].article;
    return date;
  }
  FAIL("not in the bulletin: " << written);
  return {};
}

std::string document(const SourcedBulletin& bulletin, const Annotations& annotations,
                     XmlVocabulary vocabulary) {
  std::string out = xml_document_start(vocabulary);
  append_bulletin_xml(out, bulletin, 1, annotations, vocabulary);
  return out + xml_document_end(vocabulary);
}

/// The text of a node with every tag removed.
std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child : node.children())
    out += child.type() == pugi::node_pcdata ? std::string(child.value()) : text_of(child);
  return out;
}

/// Parses a document, requiring it to be well-formed.
struct Parsed {
  explicit Parsed(const std::string& xml) {
    const pugi::xml_parse_result result = doc.load_string(xml.c_str());
    INFO(xml);
    REQUIRE(result);
  }
  pugi::xml_node select(const char* xpath) const { return doc.select_node(xpath).node(); }
  std::size_t count(const char* xpath) const { return doc.select_nodes(xpath).size(); }
  pugi::xml_document doc;
};

/// People from the library, dates and an event made by hand.
Annotations annotations_of(const SourcedBulletin& sourced) {
  const Bulletin& bulletin = sourced.bulletin;
  Annotations annotations;
  annotations.people = find_people(bulletin_passages(bulletin), Lexicon::builtin());
  annotations.dates.push_back(
      date_at(bulletin, "2019年5月1日-2019年5月31日", "2019-05-01/2019-05-31"));
  annotations.dates.push_back(date_at(bulletin, "2019年5月8日", "2019-05-08"));
  DateMention unknown_year = date_at(bulletin, "5月15日", "XXXX-05-15");
  unknown_year.time = "上午";
  annotations.dates.push_back(unknown_year);
  Event event;
  event.date = annotations.dates[1];
  event.place = "本部报告厅";
  event.kind = "报告会";
  event.title = "盐碱地改良学术报告会";
  event.organizer = "青禾农业科学研究院";
  event.participants = {"周明远", "无名氏"};
  event.sentence = "2019年5月8日，青禾农业科学研究院院长周明远在本部报告厅主持盐碱地改良学术报告会";
  event.article = 1;
  event.line = 16;
  annotations.events.push_back(event);
  return annotations;
}

}  // namespace

TEST_CASE("xml: a bulletin between document start and end is one well-formed document", "[xml]") {
  const SourcedBulletin bulletin = parsed_bulletin();
  for (XmlVocabulary vocabulary : {XmlVocabulary::jianbao, XmlVocabulary::tei}) {
    const std::string xml = document(bulletin, {}, vocabulary);
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
    Parsed parsed(xml);
    CHECK(parsed.doc.first_child().name() ==
          std::string(vocabulary == XmlVocabulary::jianbao ? "bulletins" : "teiCorpus"));
  }
}

TEST_CASE("xml: masthead, table of contents and articles with ids and source lines", "[xml]") {
  const Parsed parsed(document(parsed_bulletin(), {}, XmlVocabulary::jianbao));
  const pugi::xml_node bulletin = parsed.select("/bulletins/bulletin");
  CHECK(std::string(bulletin.attribute("id").value()) == "b1");
  CHECK(std::string(bulletin.attribute("source").value()) == "forum.txt");
  CHECK(std::string(bulletin.attribute("encoding").value()) == "utf-8");
  CHECK(text_of(parsed.select("//masthead/institution")) == "青禾农业科学研究院");
  const pugi::xml_node period = parsed.select("//masthead/period");
  CHECK(std::string(period.attribute("start").value()) == "2019-05-01");
  CHECK(std::string(period.attribute("end").value()) == "2019-05-31");
  CHECK(parsed.count("//masthead/line") == 3);
  const pugi::xml_node section = parsed.select("//toc/section");
  CHECK(std::string(section.attribute("name").value()) == "学术活动");
  CHECK(std::string(section.child("label").attribute("line").value()) == "9");
  const pugi::xml_node item = parsed.select("//toc/section/item[2]");
  CHECK(std::string(item.attribute("ref").value()) == "b1-a2");
  CHECK(std::string(item.attribute("marker").value()) == "②");
  const pugi::xml_node article = parsed.select("//body/article[@id='b1-a2']");
  CHECK(std::string(article.attribute("section").value()) == "学术活动");
  CHECK(std::string(article.child("title").attribute("line").value()) == "18");
  CHECK(std::string(article.child("p").attribute("line").value()) == "20");
}

TEST_CASE("xml: removing the markup gives back each block's text exactly", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  const Annotations annotations = annotations_of(sourced);
  const Parsed parsed(document(sourced, annotations, XmlVocabulary::jianbao));
  REQUIRE(parsed.count("//p/person") == 2);
  REQUIRE(parsed.count("//p/date") == 2);
  const auto paragraphs = parsed.doc.select_nodes("//article/p");
  REQUIRE(paragraphs.size() == 2);
  CHECK(text_of(paragraphs[0].node()) == sourced.bulletin.articles[0].body[0].text);
  CHECK(text_of(paragraphs[1].node()) == sourced.bulletin.articles[1].body[0].text);
  CHECK(text_of(parsed.select("//masthead/line[3]")) == "【2019年5月1日-2019年5月31日】");
}

TEST_CASE("xml: a person mention refers to the person's entry in listPerson", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  const Parsed parsed(document(sourced, annotations_of(sourced), XmlVocabulary::jianbao));
  const pugi::xml_node mention = parsed.select("//article[@n='1']/p/person");
  CHECK(text_of(mention) == "周明远");
  const std::string ref = mention.attribute("ref").value();
  const pugi::xml_node person = parsed.select(("//listPerson/person[@id='" + ref + "']").c_str());
  REQUIRE(person);
  CHECK(text_of(person.child("name")) == "周明远");
  CHECK(text_of(person.child("affiliation").child("role")) == "院长");
  CHECK(text_of(person.child("affiliation").child("organization")) == "青禾农业科学研究院");
  CHECK(std::string(person.attribute("line").value()) == "16");
}

TEST_CASE("xml: dates carry their ISO value, time of day and how they were resolved", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  Annotations annotations = annotations_of(sourced);
  annotations.dates[1].year_inferred = true;
  annotations.dates[1].relative = true;
  const Parsed parsed(document(sourced, annotations, XmlVocabulary::jianbao));
  const pugi::xml_node range = parsed.select("//masthead/line/date");
  CHECK(std::string(range.attribute("when").value()) == "2019-05-01/2019-05-31");
  const pugi::xml_node day = parsed.select("//article[@n='1']/p/date");
  CHECK(text_of(day) == "2019年5月8日");
  CHECK(std::string(day.attribute("when").value()) == "2019-05-08");
  CHECK(std::string(day.attribute("year-inferred").value()) == "true");
  CHECK(std::string(day.attribute("relative").value()) == "true");
  const pugi::xml_node unknown = parsed.select("//article[@n='2']/p/date");
  CHECK(std::string(unknown.attribute("when").value()) == "XXXX-05-15");
  CHECK(std::string(unknown.attribute("time").value()) == "上午");
}

TEST_CASE("xml: TEI dates use when or from and to, and only values TEI accepts", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  const Parsed parsed(document(sourced, annotations_of(sourced), XmlVocabulary::tei));
  const pugi::xml_node range = parsed.select("//front//ab/date");
  CHECK(std::string(range.attribute("from").value()) == "2019-05-01");
  CHECK(std::string(range.attribute("to").value()) == "2019-05-31");
  CHECK_FALSE(range.attribute("when"));
  CHECK(std::string(parsed.select("//div[@n='1']/p/date").attribute("when").value()) ==
        "2019-05-08");
  // XXXX-05-15 names no year: the text stays marked as a date, without a value.
  const pugi::xml_node unknown = parsed.select("//div[@n='2']/p/date");
  CHECK(text_of(unknown) == "5月15日");
  CHECK_FALSE(unknown.attribute("when"));

  Annotations odd;
  odd.dates.push_back(date_at(sourced.bulletin, "2019年5月8日", "2016-02-29"));
  odd.dates.push_back(date_at(sourced.bulletin, "2019年5月15日", "2019-02-29"));
  odd.dates.push_back(date_at(sourced.bulletin, "十二名", "2016/2017"));
  const Parsed values(document(sourced, odd, XmlVocabulary::tei));
  const auto dates = values.doc.select_nodes("//body//date");
  REQUIRE(dates.size() == 3);
  CHECK(std::string(dates[0].node().attribute("when").value()) == "2016-02-29");
  CHECK_FALSE(dates[1].node().attribute("when"));  // 2019 is no leap year
  CHECK(std::string(dates[2].node().attribute("from").value()) == "2016");
  CHECK(std::string(dates[2].node().attribute("to").value()) == "2017");
}

TEST_CASE("xml: of overlapping spans the first, or the longer, is kept", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  const Bulletin& bulletin = sourced.bulletin;
  Annotations annotations;
  annotations.dates.push_back(date_at(bulletin, "5月8日，青禾", "2019-05-08"));  // across
  annotations.dates.push_back(date_at(bulletin, "2019年5月8日", "2019-05-08"));  // first
  annotations.dates.push_back(date_at(bulletin, "2019年5月8", "2019-05"));       // inside
  const Parsed parsed(document(sourced, annotations, XmlVocabulary::jianbao));
  REQUIRE(parsed.count("//date") == 1);
  CHECK(text_of(parsed.select("//date")) == "2019年5月8日");
}

TEST_CASE("xml: spans outside their passage or inside a character are left out", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  Annotations annotations;
  DateMention date = date_at(sourced.bulletin, "2019年5月8日", "2019-05-08");
  date.end = date.begin + 5;  // inside the three bytes of 年
  annotations.dates.push_back(date);
  date.passage = 1000;
  annotations.dates.push_back(date);
  const Parsed parsed(document(sourced, annotations, XmlVocabulary::jianbao));
  CHECK(parsed.count("//date") == 0);
}

TEST_CASE("xml: repairs are milestones in the text, page and line joins pb and lb in TEI",
          "[xml]") {
  SourcedBulletin sourced = parsed_bulletin();
  Block& paragraph = sourced.bulletin.articles[0].body[0];
  // Characters, not bytes: the join falls after 2019年5月8日，(10 characters).
  paragraph.repairs.push_back({RepairKind::page_break_join, 10, 18, {}});
  paragraph.repairs.push_back({RepairKind::line_wrap_join, 4, 17, {}});
  paragraph.repairs.push_back({RepairKind::page_furniture_dropped, 10, 17, "- 1 -"});

  const Parsed ours(document(sourced, {}, XmlVocabulary::jianbao));
  const pugi::xml_node p = ours.select("//article[@n='1']/p");
  CHECK(text_of(p) == paragraph.text);
  const std::string written = [&] {
    std::ostringstream out;
    p.print(out, "", pugi::format_raw);
    return out.str();
  }();
  CHECK(written.find("2019<repair kind=\"line-wrap-join\" line=\"17\"/>年5月8日，"
                     "<repair kind=\"page-break-join\" line=\"18\"/>"
                     "<repair kind=\"page-furniture-dropped\" line=\"17\" removed=\"- 1 -\"/>"
                     "青禾") != std::string::npos);

  const Parsed tei(document(sourced, {}, XmlVocabulary::tei));
  const pugi::xml_node tei_p = tei.select("//div[@n='1']/p");
  CHECK(text_of(tei_p) == paragraph.text);
  std::ostringstream out;
  tei_p.print(out, "", pugi::format_raw);
  CHECK(out.str().find("<lb n=\"16\"/>2019<lb break=\"no\" n=\"17\"/>年5月8日，"
                       "<pb break=\"no\"/><lb break=\"no\" n=\"18\"/>青禾") != std::string::npos);
}

TEST_CASE("xml: a join inside a name stays inside its element", "[xml]") {
  SourcedBulletin sourced = parsed_bulletin();
  Block& paragraph = sourced.bulletin.articles[0].body[0];
  const std::size_t name = paragraph.text.find("周明远");
  std::size_t characters = 0;
  for (std::size_t i = 0; i < name; ++i)
    characters += (static_cast<unsigned char>(paragraph.text[i]) & 0xC0) != 0x80;
  paragraph.repairs.push_back({RepairKind::page_break_join, characters + 1, 30, {}});
  const Annotations annotations = annotations_of(sourced);
  const Parsed parsed(document(sourced, annotations, XmlVocabulary::tei));
  const pugi::xml_node person = parsed.select("//div[@n='1']/p/persName");
  CHECK(text_of(person) == "周明远");
  CHECK(person.child("pb"));
  CHECK(std::string(person.child("lb").attribute("n").value()) == "30");
}

TEST_CASE("xml: events list their date, place, organiser, participants and article", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  const Parsed ours(document(sourced, annotations_of(sourced), XmlVocabulary::jianbao));
  const pugi::xml_node event = ours.select("//listEvent/event");
  CHECK(std::string(event.attribute("id").value()) == "b1-e1");
  CHECK(std::string(event.attribute("article").value()) == "b1-a1");
  CHECK(std::string(event.attribute("line").value()) == "16");
  CHECK(std::string(event.attribute("kind").value()) == "报告会");
  CHECK(std::string(event.child("date").attribute("when").value()) == "2019-05-08");
  CHECK(text_of(event.child("date")) == "2019年5月8日");
  CHECK(text_of(event.child("place")) == "本部报告厅");
  CHECK(text_of(event.child("organizer")) == "青禾农业科学研究院");
  CHECK(text_of(event.child("title")) == "盐碱地改良学术报告会");
  const auto participants = ours.doc.select_nodes("//event/participant");
  REQUIRE(participants.size() == 2);
  const std::string ref = participants[0].node().attribute("ref").value();
  CHECK(text_of(ours.select(("//listPerson/person[@id='" + ref + "']/name").c_str())) == "周明远");
  CHECK_FALSE(participants[1].node().attribute("ref"));  // 无名氏 is not in listPerson

  const Parsed tei(document(sourced, annotations_of(sourced), XmlVocabulary::tei));
  const pugi::xml_node tei_event = tei.select("/teiCorpus/TEI/standOff/listEvent/event");
  CHECK(std::string(tei_event.attribute("when").value()) == "2019-05-08");
  CHECK(std::string(tei_event.attribute("type").value()) == "报告会");
  CHECK(text_of(tei_event.child("head")) == "盐碱地改良学术报告会");
  CHECK(text_of(tei.select("//event/note[@type='place']/placeName")) == "本部报告厅");
  CHECK(
      std::string(tei.select("//event/note[@type='participant']/persName").attribute("ref").value())
          .rfind("#b1-p", 0) == 0);
  CHECK(std::string(tei.select("//event/ptr").attribute("target").value()) == "#b1-a1");
  CHECK(tei.count("/teiCorpus/TEI/standOff/listPerson/person") == 1);
}

TEST_CASE("xml: without annotations there is no markup and no list", "[xml]") {
  const Parsed parsed(document(parsed_bulletin(), {}, XmlVocabulary::jianbao));
  CHECK(parsed.count("//person") == 0);
  CHECK(parsed.count("//date") == 0);
  CHECK(parsed.count("//listEvent") == 0);
  const Parsed tei(document(parsed_bulletin(), {}, XmlVocabulary::tei));
  CHECK(tei.count("//standOff") == 0);
}

TEST_CASE("xml: characters XML cannot carry become U+FFFD", "[xml]") {
  SourcedBulletin sourced = parsed_bulletin();
  sourced.bulletin.articles[0].body[0].text = "报告\f会\x01结束\xEF\xBF\xBE";
  sourced.source = "bad\x02name.txt";
  const std::string xml = document(sourced, {}, XmlVocabulary::jianbao);
  const Parsed parsed(xml);
  CHECK(text_of(parsed.select("//article[@n='1']/p")) == "报告\uFFFD会\uFFFD结束\uFFFD");
  CHECK(std::string(parsed.select("//bulletin").attribute("source").value()) ==
        "bad\uFFFDname.txt");
}

TEST_CASE("xml: identifiers follow the bulletin's place in the document", "[xml]") {
  const SourcedBulletin sourced = parsed_bulletin();
  std::string xml = xml_document_start(XmlVocabulary::tei);
  append_bulletin_xml(xml, sourced, 1, annotations_of(sourced), XmlVocabulary::tei);
  append_bulletin_xml(xml, sourced, 2, annotations_of(sourced), XmlVocabulary::tei);
  xml += xml_document_end(XmlVocabulary::tei);
  const Parsed parsed(xml);
  CHECK(parsed.count("//*[@xml:id='b2-a1']") == 1);
  CHECK(parsed.count("//*[@xml:id='b1-a1']") == 1);
  CHECK(std::string(parsed.select("//TEI[2]//persName[@ref]").attribute("ref").value())
            .rfind("#b2-p", 0) == 0);
}

// Not run by default: writes the annotated documents into $JIANBAO_XML_DIR, for the CLI tests
// to check against the schemas (dates and events cannot come from the tool yet).
TEST_CASE("xml: write annotated documents for schema checks", "[.xml-documents]") {
  const char* directory = std::getenv("JIANBAO_XML_DIR");
  REQUIRE(directory != nullptr);
  SourcedBulletin sourced = parsed_bulletin();
  sourced.bulletin.articles[0].body[0].repairs.push_back({RepairKind::page_break_join, 10, 18, {}});
  Annotations annotations = annotations_of(sourced);
  annotations.dates.push_back(date_at(sourced.bulletin, "十二名", "2016/2017"));
  for (XmlVocabulary vocabulary : {XmlVocabulary::jianbao, XmlVocabulary::tei}) {
    const std::string name =
        vocabulary == XmlVocabulary::tei ? "annotated.tei.xml" : "annotated.xml";
    std::ofstream(std::string(directory) + "/" + name)
        << document(sourced, annotations, vocabulary);
  }
}
