// SPDX-License-Identifier: MIT
// Decode: bytes in any supported encoding into UTF-8 text with LF newlines and a line table.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, gb18030 };

/// The name used in messages and output ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030").
JIANBAO_EXPORT std::string_view encoding_name(Encoding encoding);

/// Parses a user-given encoding name, case-insensitively; GBK and GB2312 map to GB18030, their
/// superset. Returns nullopt for an unknown name.
JIANBAO_EXPORT std::optional<Encoding> parse_encoding_name(std::string_view name);

/// Decoded text. Line n (1-based) of the text is source line first_line + n - 1: CRLF and CR
/// became LF.
struct JIANBAO_EXPORT Text {
  std::string content;  ///< UTF-8, LF newlines, no BOM; invalid input replaced by U+FFFD
  Encoding encoding = Encoding::utf8;
  std::size_t first_line = 1;  ///< source line of the first line (a piece of a longer input)
  std::vector<std::size_t> line_starts{0};  ///< byte offset where each line starts
  Diagnostics diagnostics;

  std::size_t line_count() const { return line_starts.size(); }
  /// Line n (1-based) without its newline; empty past the end.
  std::string_view line(std::size_t n) const;
  /// The 1-based line that holds byte `offset` of content.
  std::size_t line_of(std::size_t offset) const;
};

struct DecodeOptions {
  std::optional<Encoding> encoding;  ///< force this encoding instead of detecting one
  std::size_t first_line = 1;        ///< source line the bytes start on, for diagnostics
};

/// The encoding decode detects for these bytes: a BOM, then UTF-16 by its zero bytes, then valid
/// UTF-8, else GB18030. Looking at the first 64 KiB is enough.
JIANBAO_EXPORT Encoding detect_encoding(std::string_view bytes);

/// Detects the encoding (BOM, then valid UTF-8, then GB18030), converts to UTF-8 and normalises
/// newlines. Never fails: bad bytes become U+FFFD with a warning naming the line; input that
/// looks binary gets an error diagnostic and empty content.
JIANBAO_EXPORT Text decode(std::string_view bytes, const DecodeOptions& options = {});

/// A key for comparing text regardless of width and spacing: NFKC case-folded (full-width digits
/// and letters become ASCII), with white space and punctuation removed.
JIANBAO_EXPORT std::string matching_key(std::string_view text);

}  // namespace jianbao
