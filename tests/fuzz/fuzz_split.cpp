// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes through decode, structure and the stream writer. Beyond not
// crashing, it checks the lossless promise: the stream holds every non-blank character.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "jianbao/bulletin.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

namespace {

bool is_blank(char32_t c) {
  return c <= 0x20 || c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == 0x7F || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

std::u32string sorted_visible(const std::string& utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    if (!is_blank(c)) out += c;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

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
  if (sorted_visible(carried) != sorted_visible(text.content)) std::abort();
  return 0;
}
