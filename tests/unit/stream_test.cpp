// SPDX-License-Identifier: MIT
// The TSV stream: field escapes, records, headers, the reader and the records of a bulletin.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

using namespace jianbao;
using jianbao::testing::small_bulletin;

namespace {

std::string header_line() {
  return std::string(stream_header);
}

std::vector<Record> read_all(const std::string& stream, Diagnostics* diagnostics = nullptr) {
  std::istringstream input(stream);
  std::string first;
  std::getline(input, first);
  StreamReader reader(input, first);
  std::vector<Record> records;
  while (auto record = reader.next()) records.push_back(*record);
  if (diagnostics) *diagnostics = reader.diagnostics();
  return records;
}

}  // namespace

TEST_CASE("escaping a field turns tab, newline, CR and backslash into two-character escapes",
          "[stream]") {
  CHECK(escape_field("甲\t乙") == "甲\\t乙");
  CHECK(escape_field("甲\n乙") == "甲\\n乙");
  CHECK(escape_field("甲\r乙") == "甲\\r乙");
  CHECK(escape_field("甲\\乙") == "甲\\\\乙");
  CHECK(escape_field("研究院召开会议。") == "研究院召开会议。");
  CHECK(escape_field("").empty());
}

TEST_CASE("unescaping reverses escaping for every special character", "[stream]") {
  const std::vector<std::string> fields = {"甲\t乙",           "甲\n乙",   "甲\r乙", "甲\\乙",
                                           "\\t is not a tab", "\t\n\r\\", "\\\\n",  "末尾\\",
                                           "研究院召开会议。", ""};
  for (const std::string& field : fields) {
    INFO(field);
    const std::string escaped = escape_field(field);
    CHECK(escaped.find('\t') == std::string::npos);
    CHECK(escaped.find('\n') == std::string::npos);
    CHECK(escaped.find('\r') == std::string::npos);
    CHECK(unescape_field(escaped) == field);
  }
}

TEST_CASE("an unknown escape is kept as written", "[stream]") {
  CHECK(unescape_field("\\x") == "\\x");
  CHECK(unescape_field("甲\\q乙") == "甲\\q乙");
  CHECK(unescape_field("末尾\\") == "末尾\\");
  CHECK(unescape_field("\\x\\t") == "\\x\t");
}

TEST_CASE("a record is written as six tab-separated escaped columns and a newline", "[stream]") {
  const Record record{"简报\t一.txt", 1, 2, "para", 31, "甲\t乙\n丙\\丁"};
  std::string out = "before\n";
  append_record(out, record);
  CHECK(out == "before\n简报\\t一.txt\t1\t2\tpara\t31\t甲\\t乙\\n丙\\\\丁\n");
}

TEST_CASE("a record round-trips through the stream reader", "[stream]") {
  const Record record{"简报\\一.txt", 3, 0, "masthead", 7, "甲\t乙\r\n丙\\t"};
  std::string stream = header_line() + "\n";
  append_record(stream, record);
  const std::vector<Record> records = read_all(stream);
  REQUIRE(records.size() == 1);
  CHECK(records[0].source == record.source);
  CHECK(records[0].bulletin == 3);
  CHECK(records[0].article == 0);
  CHECK(records[0].kind == "masthead");
  CHECK(records[0].line == 7);
  CHECK(records[0].text == record.text);
}

TEST_CASE("the stream header is recognised, with or without extra columns", "[stream]") {
  CHECK(is_stream_header("source\tbulletin\tarticle\tkind\tline\ttext"));
  CHECK(is_stream_header(stream_header));
  CHECK(is_stream_header(header_line() + "\tnote"));
  CHECK(is_stream_header(header_line() + "\tnote\tscore"));
  CHECK(is_stream_header(header_line() + "\r"));
}

TEST_CASE("lines that are not the stream header are rejected", "[stream]") {
  CHECK_FALSE(is_stream_header(""));
  CHECK_FALSE(is_stream_header("source\tbulletin\tarticle\tkind\tline"));
  CHECK_FALSE(is_stream_header("text\tline\tkind\tarticle\tbulletin\tsource"));
  CHECK_FALSE(is_stream_header("source bulletin article kind line text"));
  CHECK_FALSE(is_stream_header("Source\tbulletin\tarticle\tkind\tline\ttext"));
  CHECK_FALSE(is_stream_header("a.txt\t1\t0\tmasthead\t3\t工作简报"));
  CHECK_FALSE(is_stream_header("source\tbulletin\tarticle\tkind\tline\ttexts"));
}

TEST_CASE("the stream reader reads records in order", "[stream][reader]") {
  const std::string stream = header_line() + "\n" +
                             "a.txt\t1\t0\tmasthead\t3\t青禾农业科学研究院\n"
                             "a.txt\t1\t1\ttitle\t14\t标题\n"
                             "a.txt\t1\t1\tpara\t16\t第一段\\n续\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 3);
  CHECK(records[0].kind == "masthead");
  CHECK(records[0].text == "青禾农业科学研究院");
  CHECK(records[1].article == 1);
  CHECK(records[1].line == 14);
  CHECK(records[2].text == "第一段\n续");
  CHECK(diagnostics.empty());
}

TEST_CASE("the stream reader finds columns by name when they are reordered or extra",
          "[stream][reader]") {
  const std::string stream =
      "note\ttext\tline\tkind\tarticle\tbulletin\tsource\n"
      "附注\t第一段\t16\tpara\t1\t2\tb.txt\n"
      "\t标题\\t甲\t14\ttitle\t1\t2\tb.txt\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 2);
  CHECK(records[0].source == "b.txt");
  CHECK(records[0].bulletin == 2);
  CHECK(records[0].article == 1);
  CHECK(records[0].kind == "para");
  CHECK(records[0].line == 16);
  CHECK(records[0].text == "第一段");
  CHECK(records[1].kind == "title");
  CHECK(records[1].text == "标题\t甲");
  CHECK(diagnostics.empty());
}

TEST_CASE("the stream reader ignores an extra column after the standard ones", "[stream][reader]") {
  const std::string stream = header_line() + "\tscore\n" + "a.txt\t1\t2\ttitle\t18\t标题\t0.9\n";
  const std::vector<Record> records = read_all(stream);
  REQUIRE(records.size() == 1);
  CHECK(records[0].text == "标题");
  CHECK(records[0].line == 18);
}

TEST_CASE("a header repeated in mid-stream is skipped", "[stream][reader]") {
  const std::string stream = header_line() + "\n" + "a.txt\t1\t0\tmasthead\t3\t甲\n" +
                             header_line() + "\n" + "b.txt\t1\t0\tmasthead\t3\t乙\n" +
                             header_line() + "\textra\n" + "c.txt\t1\t0\tmasthead\t3\t丙\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 3);
  CHECK(records[0].source == "a.txt");
  CHECK(records[1].source == "b.txt");
  CHECK(records[2].source == "c.txt");
  CHECK(diagnostics.empty());
}

TEST_CASE("a malformed line is skipped with a diagnostic naming its line", "[stream][reader]") {
  const std::string stream = header_line() + "\n" +
                             "a.txt\t1\t0\tmasthead\t3\t甲\n"
                             "a.txt\t1\t0\tmasthead\tthree\t乙\n"
                             "a.txt\t1\t1\ttitle\t5\t丙\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 2);
  CHECK(records[0].text == "甲");
  CHECK(records[1].text == "丙");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].line == 3);
  CHECK(diagnostics[0].message.find("malformed") != std::string::npos);
}

TEST_CASE("a reordered header written with CRLF still finds its last column", "[stream][reader]") {
  const std::string stream =
      "text\tline\tkind\tarticle\tbulletin\tsource\r\n"
      "甲\t3\tmasthead\t0\t1\ta.txt\r\n"
      "text\tline\tkind\tarticle\tbulletin\tsource\r\n"
      "乙\t5\tmasthead\t0\t1\tb.txt\r\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 2);
  CHECK(records[0].source == "a.txt");
  CHECK(records[0].text == "甲");
  CHECK(records[1].source == "b.txt");
  CHECK(records[1].line == 5);
  CHECK(diagnostics.empty());
}

TEST_CASE("lines with missing columns, an empty kind or a negative number are malformed",
          "[stream][reader]") {
  const std::string stream = header_line() + "\n" +
                             "a.txt\t1\t0\n"
                             "a.txt\t1\t0\t\t3\t甲\n"
                             "a.txt\t-1\t0\tmasthead\t3\t乙\n"
                             "\n"
                             "a.txt\t1\t0\tmasthead\t3\t丙\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 1);
  CHECK(records[0].text == "丙");
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].line == 2);
  CHECK(diagnostics[1].line == 3);
  CHECK(diagnostics[2].line == 4);
}

TEST_CASE("CRLF stream lines are read without the CR", "[stream][reader]") {
  const std::string stream = header_line() + "\r\n" + "a.txt\t1\t0\tmasthead\t3\t甲\r\n";
  Diagnostics diagnostics;
  const std::vector<Record> records = read_all(stream, &diagnostics);
  REQUIRE(records.size() == 1);
  CHECK(records[0].text == "甲");
  CHECK(diagnostics.empty());
}

TEST_CASE("the records of a bulletin follow document order", "[stream][bulletin_records]") {
  const Text text = decode(small_bulletin);
  const ParseResult result = parse_bulletins(text);
  CHECK(result.diagnostics.empty());
  REQUIRE(result.bulletins.size() == 1);
  const std::vector<Record> records = bulletin_records(result.bulletins[0], 1, "qinghe.txt");

  struct Expected {
    const char* kind;
    std::size_t article;
    std::size_t line;
    const char* text;
  };
  const std::vector<Expected> expected = {
      {"masthead", 0, 3, "青禾农业科学研究院"},
      {"masthead", 0, 5, "工作简报"},
      {"masthead", 0, 7, "【2019年5月1日-2019年5月31日】"},
      {"toc-section", 0, 9, "—— 学术活动"},
      {"toc-item", 1, 11, "- ① 青禾农业科学研究院举办盐碱地改良学术报告会"},
      {"toc-item", 2, 12, "- ② 青年科研人员赴石泉试验站开展田间调研"},
      {"section", 1, 9, "学术活动"},
      {"title", 1, 14, "青禾农业科学研究院举办盐碱地改良学术报告会"},
      {"para", 1, 16,
       "2019年5月8日，青禾农业科学研究院在本部报告厅举办盐碱地改良学术报告会，八十余名科研人员参加"
       "。"},
      {"section", 2, 9, "学术活动"},
      {"title", 2, 18, "青年科研人员赴石泉试验站开展田间调研"},
      {"para", 2, 20,
       "2019年5月15日，研究院组织十二名青年科研人员赴石泉试验站，围绕小麦耐盐品种筛选开展田间调研"
       "。"},
  };
  REQUIRE(records.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("record " << i);
    CHECK(records[i].source == "qinghe.txt");
    CHECK(records[i].bulletin == 1);
    CHECK(records[i].kind == expected[i].kind);
    CHECK(records[i].article == expected[i].article);
    CHECK(records[i].line == expected[i].line);
    CHECK(records[i].text == expected[i].text);
  }
}

TEST_CASE("the records of a bulletin survive writing and reading the stream",
          "[stream][bulletin_records]") {
  const ParseResult result = parse_bulletins(decode(small_bulletin));
  REQUIRE(result.bulletins.size() == 1);
  const std::vector<Record> records = bulletin_records(result.bulletins[0], 4, "青禾.txt");
  std::string stream = header_line() + "\n";
  for (const Record& record : records) append_record(stream, record);
  Diagnostics diagnostics;
  const std::vector<Record> back = read_all(stream, &diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(back.size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    INFO("record " << i);
    CHECK(back[i].source == records[i].source);
    CHECK(back[i].bulletin == 4);
    CHECK(back[i].article == records[i].article);
    CHECK(back[i].kind == records[i].kind);
    CHECK(back[i].line == records[i].line);
    CHECK(back[i].text == records[i].text);
  }
}

TEST_CASE("a join repair is described by its kind and position", "[stream][repair]") {
  Repair repair;
  repair.kind = RepairKind::page_break_join;
  repair.position = 12;
  repair.line = 40;
  CHECK(describe_repair(repair) == "page-break-join at 12");
}

TEST_CASE("a dropped-furniture repair is described with the text it removed", "[stream][repair]") {
  Repair repair;
  repair.kind = RepairKind::page_furniture_dropped;
  repair.position = 3;
  repair.line = 22;
  repair.removed = "- 2 -";
  CHECK(describe_repair(repair) == "page-furniture-dropped at 3: - 2 -");
}

TEST_CASE("repairs of a block follow the block as repair records", "[stream][repair]") {
  Bulletin bulletin;
  Article article;
  article.number = 1;
  article.title.kind = BlockKind::title;
  article.title.text = "标题";
  article.title.span = {5, 5, 0, 6};
  Block para;
  para.kind = BlockKind::paragraph;
  para.text = "上半段下半段。";
  para.span = {7, 9, 8, 30};
  Repair join;
  join.kind = RepairKind::page_break_join;
  join.position = 3;
  join.line = 9;
  para.repairs.push_back(join);
  article.body.push_back(para);
  bulletin.articles.push_back(article);

  const std::vector<Record> records = bulletin_records(bulletin, 1, "x.txt");
  REQUIRE(records.size() == 3);
  CHECK(records[0].kind == "title");
  CHECK(records[1].kind == "para");
  CHECK(records[1].line == 7);
  CHECK(records[2].kind == "repair");
  CHECK(records[2].article == 1);
  CHECK(records[2].line == 9);
  CHECK(records[2].text == "page-break-join at 3");
}
