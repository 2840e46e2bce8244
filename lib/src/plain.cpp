// SPDX-License-Identifier: MIT
#include "jianbao/plain.hpp"

#include <fmt/format.h>

namespace jianbao {
namespace {

// Keeps names well under the usual 255-byte limit even with the number and extension.
constexpr std::size_t max_title_bytes = 80;

}  // namespace

std::string article_plain_text(const Article& article) {
  std::string text = article.title.text;
  for (const Block& block : article.body) {
    if (!text.empty()) text += "\n\n";
    text += block.text;
  }
  text += '\n';
  return text;
}

std::string article_file_name(const Article& article) {
  std::string title;
  for (char c : article.title.text) {
    const auto byte = static_cast<unsigned char>(c);
    title += (c == '/' || c == '\\' || byte < 0x20 || byte == 0x7F) ? '_' : c;
  }
  if (title.size() > max_title_bytes) {
    std::size_t cut = max_title_bytes;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title.resize(cut);
  }
  if (title.empty()) title = "untitled";
  return fmt::format("{:02}-{}.txt", article.number, title);
}

}  // namespace jianbao
