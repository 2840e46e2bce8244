// SPDX-License-Identifier: MIT
// Plain text: an article as a UTF-8 text file, for archivists who want one file per article.
#pragma once

#include <cstddef>
#include <string>

#include "jianbao/bulletin.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// The title line, then the headings and paragraphs, with a blank line between blocks.
JIANBAO_EXPORT std::string article_plain_text(const Article& article);

/// A file name "NN-<title>.txt": NN is the zero-padded article number; the title is cut to
/// at most 80 bytes at a character boundary, with '/', '\\' and control characters replaced
/// by '_', so the name is safe on any POSIX file system (the number prefix keeps it visible).
JIANBAO_EXPORT std::string article_file_name(const Article& article);

}  // namespace jianbao
