// SPDX-License-Identifier: MIT
#include "common/documents.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>

#include "jianbao/jsonl.hpp"

namespace jianbao::tools {

std::string content_id(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325u;  // the FNV-1a 64 offset basis and prime
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3u;
  }
  return fmt::format("fnv:{:016x}", hash);
}

void DocumentSplitter::feed(std::string_view bytes, const Emit& emit) {
  carry_ += bytes;
  const char separator = json_lines_ ? '\n' : '\0';
  std::size_t start = 0;
  for (std::size_t end = carry_.find(separator, scanned_); end != std::string::npos;
       end = carry_.find(separator, start)) {
    cut(std::string_view(carry_).substr(start, end - start), emit);
    start = end + 1;
  }
  carry_.erase(0, start);
  scanned_ = carry_.size();
}

void DocumentSplitter::finish(const Emit& emit) {
  if (!carry_.empty()) cut(carry_, emit);
  carry_.clear();
  scanned_ = 0;
}

void DocumentSplitter::cut(std::string_view piece, const Emit& emit) {
  if (!json_lines_) {
    if (!piece.empty()) emit(Document{content_id(piece), std::string(piece), {}});
    return;
  }
  ++line_;
  if (piece.find_first_not_of(" \t\r") == std::string_view::npos) return;
  JsonDocumentResult result = parse_json_document(piece);
  for (Diagnostic& d : result.diagnostics) d.line = line_;
  Document document{{}, {}, std::move(result.diagnostics)};
  if (result.document) {
    document.text = std::move(result.document->text);
    const std::optional<std::string>& id = result.document->id;
    document.id = id && !id->empty() ? *id : content_id(document.text);
  }
  emit(std::move(document));
}

}  // namespace jianbao::tools
