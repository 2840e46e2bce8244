// SPDX-License-Identifier: MIT
// JSON Lines: one self-contained JSON object per article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "jianbao/bulletin.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// Appends `text` as a JSON string literal, quotes included.
JIANBAO_EXPORT void append_json_string(std::string& out, std::string_view text);

/// Appends one line per article of the bulletin: source, bulletin, article, section, title,
/// line, masthead fields, blocks [{kind, line, text}] and repairs.
JIANBAO_EXPORT void append_article_json_lines(std::string& out, const Bulletin& bulletin,
                                              std::size_t number, std::string_view source);

}  // namespace jianbao
