// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a JSON Lines line; a document read must survive a round trip.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "jianbao/jsonl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const jianbao::JsonDocumentResult result =
      jianbao::parse_json_document(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!result.document) return 0;
  // Writing the text back as JSON and reading it again gives the same text.
  std::string line = "{\"text\":";
  jianbao::append_json_string(line, result.document->text);
  line += '}';
  const jianbao::JsonDocumentResult again = jianbao::parse_json_document(line);
  if (!again.document || again.document->text != result.document->text) std::abort();
  return 0;
}
