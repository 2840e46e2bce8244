// SPDX-License-Identifier: MIT
// Reading input in pieces: the same bulletins whatever the piece size, bounded by one bulletin.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "jianbao/reader.hpp"
#include "jianbao/stream.hpp"

using namespace jianbao;

namespace {

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(JIANBAO_SAMPLES_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

/// Feeds `bytes` in pieces of `piece` bytes; returns the bulletins' records and diagnostics.
std::vector<Record> read_in_pieces(const std::string& bytes, std::size_t piece,
                                   Diagnostics& diagnostics, std::size_t& pieces_emitted) {
  BulletinReader reader("in.txt");
  std::vector<Record> records;
  const auto emit = [&](BulletinPiece&& cut) {
    for (const SourcedBulletin& b : structure_piece(std::move(cut), diagnostics)) {
      auto more = bulletin_records(b.bulletin, b.number, b.source);
      records.insert(records.end(), more.begin(), more.end());
    }
  };
  for (std::size_t at = 0; at < bytes.size(); at += piece)
    reader.feed(std::string_view(bytes).substr(at, piece), emit);
  reader.finish(emit);
  auto taken = reader.take_diagnostics();
  diagnostics.insert(diagnostics.end(), taken.begin(), taken.end());
  pieces_emitted = reader.bulletins();
  return records;
}

bool same_records(const std::vector<Record>& a, const std::vector<Record>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].source != b[i].source || a[i].bulletin != b[i].bulletin ||
        a[i].article != b[i].article || a[i].kind != b[i].kind || a[i].line != b[i].line ||
        a[i].text != b[i].text)
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("pieces of any size give the same records as the whole input at once", "[reader]") {
  for (const char* name : {"two-bulletins.txt", "institute-gb18030.txt", "county-training.txt"}) {
    const std::string bytes = read_sample(name);
    Diagnostics whole_diagnostics;
    std::size_t whole_pieces = 0;
    const auto whole = read_in_pieces(bytes, bytes.size() + 1, whole_diagnostics, whole_pieces);
    REQUIRE_FALSE(whole.empty());
    for (std::size_t piece : {1, 7, 100, 4096}) {
      INFO(name << " in pieces of " << piece);
      Diagnostics diagnostics;
      std::size_t pieces = 0;
      CHECK(same_records(read_in_pieces(bytes, piece, diagnostics, pieces), whole));
      CHECK(pieces == whole_pieces);
    }
  }
}

TEST_CASE("two bulletins in one input come out as two numbered pieces", "[reader]") {
  Diagnostics diagnostics;
  std::size_t pieces = 0;
  const auto records = read_in_pieces(read_sample("two-bulletins.txt"), 512, diagnostics, pieces);
  CHECK(pieces == 2);
  CHECK(records.back().bulletin == 2);
  // Line numbers stay those of the whole input: the second masthead is on line 44.
  const auto second =
      std::find_if(records.begin(), records.end(), [](const Record& r) { return r.bulletin == 2; });
  REQUIRE(second != records.end());
  CHECK(second->kind == "masthead");
  CHECK(second->line == 44);
}

TEST_CASE("a jianbao stream is read back bulletin by bulletin", "[reader]") {
  const ParseResult parsed = parse_bulletins(decode(read_sample("two-bulletins.txt")));
  std::string stream(stream_header);
  stream += '\n';
  for (std::size_t b = 0; b < parsed.bulletins.size(); ++b)
    for (const Record& r : bulletin_records(parsed.bulletins[b], b + 1, "two-bulletins.txt"))
      append_record(stream, r);
  Diagnostics diagnostics;
  std::size_t pieces = 0;
  const auto records = read_in_pieces(stream, 300, diagnostics, pieces);
  CHECK(pieces == 2);
  std::vector<Record> expected;
  for (std::size_t b = 0; b < parsed.bulletins.size(); ++b) {
    auto more = bulletin_records(parsed.bulletins[b], b + 1, "two-bulletins.txt");
    expected.insert(expected.end(), more.begin(), more.end());
  }
  CHECK(same_records(records, expected));
}

TEST_CASE("empty and blank input give no piece", "[reader]") {
  for (const std::string& bytes : {std::string(), std::string("\n\n  \n")}) {
    Diagnostics diagnostics;
    std::size_t pieces = 0;
    CHECK(read_in_pieces(bytes, 3, diagnostics, pieces).empty());
    CHECK(pieces == 0);
  }
}

TEST_CASE("binary input stops the reader with an error", "[reader]") {
  std::string bytes;
  for (int round = 0; round < 64; ++round)
    for (unsigned c = 0; c < 32; ++c) bytes += static_cast<char>(c);
  BulletinReader reader("bin");
  std::size_t emitted = 0;
  reader.feed(bytes, [&](BulletinPiece&&) { ++emitted; });
  reader.finish([&](BulletinPiece&&) { ++emitted; });
  CHECK(reader.failed());
  CHECK(emitted == 0);
  CHECK(has_error(reader.take_diagnostics()));
}
