// SPDX-License-Identifier: MIT
// Inputs that hold many documents, as Hadoop Streaming, Spark's RDD.pipe and GNU parallel hand
// them over: JSON Lines ({"id": ..., "text": ...} a line) or texts separated by NUL bytes.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "jianbao/diagnostic.hpp"

namespace jianbao::tools {

/// A name for a document that has none, from its bytes alone: "fnv:" and the 16 hex digits of
/// their 64-bit FNV-1a hash, so that every run on every machine gives the same name.
std::string content_id(std::string_view bytes);

/// One document cut out of its input.
struct Document {
  std::string id;           ///< the given id unless empty, else content_id of the text
  std::string text;         ///< the bytes to decode and structure
  Diagnostics diagnostics;  ///< about its JSON Lines line (`line` set); an error: no document
};

/// Cuts documents out of bytes arriving in pieces; memory is bounded by the longest document.
class DocumentSplitter {
 public:
  using Emit = std::function<void(Document&&)>;

  /// `json_lines`: one JSON object a line (blank lines skipped); else documents end at NUL
  /// bytes (empty ones skipped).
  explicit DocumentSplitter(bool json_lines) : json_lines_(json_lines) {}

  /// Takes the next piece of input and emits the documents it completes.
  void feed(std::string_view bytes, const Emit& emit);
  /// Ends the input and emits the last document, which needs no separator after it.
  void finish(const Emit& emit);

 private:
  void cut(std::string_view piece, const Emit& emit);

  bool json_lines_;
  std::string carry_;        // the start of a document whose end has not arrived
  std::size_t scanned_ = 0;  // carry_ holds no separator before this offset
  std::size_t line_ = 0;     // JSON Lines: the number of the line last cut
};

}  // namespace jianbao::tools
