// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes through decode, structure and the stream writer. Beyond not
// crashing, it checks the lossless promise: the stream holds every non-blank character.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "../unit/fixtures.hpp"
#include "jianbao/bulletin.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const jianbao::Text text =
      jianbao::decode(std::string_view(reinterpret_cast<const char*>(data), size));
  const jianbao::ParseResult result = jianbao::parse_bulletins(text);
  std::string stream, carried;
  for (std::size_t b = 0; b < result.bulletins.size(); ++b) {
    for (const jianbao::Record& record :
         jianbao::bulletin_records(result.bulletins[b], b + 1, "fuzz")) {
      jianbao::append_record(stream, record);
      if (record.kind == "section") continue;
      if (record.kind == "repair") {
        const auto colon = record.text.find(": ");
        if (colon != std::string::npos) carried += record.text.substr(colon + 2) + "\n";
        continue;
      }
      carried += record.text + "\n";
    }
  }
  if (jianbao::testing::visible_characters(carried) !=
      jianbao::testing::visible_characters(text.content))
    std::abort();
  return 0;
}
