// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a jianbao stream; records read back must re-escape cleanly.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "jianbao/stream.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream input(std::string(jianbao::stream_header) + "\n" +
                           std::string(reinterpret_cast<const char*>(data), size));
  std::string header;
  std::getline(input, header);
  jianbao::StreamReader reader(input, header);
  while (const auto record = reader.next()) {
    // Escaping is the inverse of unescaping for every field read.
    if (jianbao::unescape_field(jianbao::escape_field(record->text)) != record->text) std::abort();
  }
  return 0;
}
