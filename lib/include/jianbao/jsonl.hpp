// SPDX-License-Identifier: MIT
// JSON Lines: one self-contained JSON object per article out; one document per line in.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jianbao/bulletin.hpp"
#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// Appends `text` as a JSON string literal, quotes included.
JIANBAO_EXPORT void append_json_string(std::string& out, std::string_view text);

/// Appends one line per article of the bulletin: source, bulletin, article, section, title,
/// line, masthead fields, blocks [{kind, line, text}] and repairs.
JIANBAO_EXPORT void append_article_json_lines(std::string& out, const Bulletin& bulletin,
                                              std::size_t number, std::string_view source);

/// One document of a JSON Lines input, as Hadoop Streaming or Spark hand it over.
struct JsonDocument {
  std::optional<std::string> id;  ///< absent (or null) in the object: nullopt
  std::string text;               ///< the whole bulletin text, escapes decoded to UTF-8
};

/// What parse_json_document found: the document, or the error that says why there is none.
struct JsonDocumentResult {
  std::optional<JsonDocument> document;  ///< nullopt exactly when diagnostics hold an error
  Diagnostics diagnostics;               ///< line 0: the caller knows which line it read
};

/// Reads one JSON Lines line holding an object with a string member "text" (required) and an
/// "id" member that is a string, a number (kept as written) or null. Other members, of any JSON
/// type, are skipped. Escapes, \uXXXX surrogate pairs included, are decoded; a lone surrogate
/// becomes U+FFFD with a warning. Anything else that is not such an object (bad JSON, trailing
/// text, "text" missing or not a string) is an error naming the byte column.
JIANBAO_EXPORT JsonDocumentResult parse_json_document(std::string_view line);

}  // namespace jianbao
