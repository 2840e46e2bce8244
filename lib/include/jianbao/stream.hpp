// SPDX-License-Identifier: MIT
// The TSV stream between the tools: one record per block, lossless for content.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/export.hpp"
#include "jianbao/text.hpp"

namespace jianbao {

/// The header line (without newline) every stream starts with.
inline constexpr std::string_view stream_header = "source\tbulletin\tarticle\tkind\tline\ttext";

/// One stream record. `kind` is masthead, toc-section, toc-item, section, title, heading, para
/// or repair.
struct Record {
  std::string source;
  std::size_t bulletin = 0;
  std::size_t article = 0;
  std::string kind;
  std::size_t line = 0;
  std::string text;
};

/// The records of one bulletin in document order; `number` is its place in the input (1-based).
/// With `encoding`, an "encoding" record naming it comes first, so that a tool reading the
/// stream knows what the raw input was decoded from.
JIANBAO_EXPORT std::vector<Record> bulletin_records(const Bulletin& bulletin, std::size_t number,
                                                    std::string_view source,
                                                    std::optional<Encoding> encoding = {});

/// A repair as the text of its record, e.g. "page-break-join at 87" or
/// "page-furniture-dropped at 12: - 3 -".
JIANBAO_EXPORT std::string describe_repair(const Repair& repair);

/// Escapes a TSV field: tab, newline, carriage return and backslash become \t \n \r \\.
JIANBAO_EXPORT std::string escape_field(std::string_view field);

/// Reverses escape_field; an unknown escape is kept as written.
JIANBAO_EXPORT std::string unescape_field(std::string_view field);

/// Appends the record as one TSV line, newline included.
JIANBAO_EXPORT void append_record(std::string& out, const Record& record);

/// True when the line (without newline) is a stream header: its first six columns are
/// those of stream_header; more columns may follow.
JIANBAO_EXPORT bool is_stream_header(std::string_view line);

/// Parses stream lines into records, finding columns by name from the header line.
class JIANBAO_EXPORT RecordParser {
 public:
  explicit RecordParser(std::string_view header_line);

  /// The record on `line` (no newline; a final CR is ignored). Nullopt for a blank line, a
  /// repeated header (from `cat a b`) and a malformed line, which is reported in `diagnostics`
  /// under `line_number`.
  std::optional<Record> parse(std::string_view line, std::size_t line_number,
                              Diagnostics& diagnostics) const;

 private:
  std::string header_;
  std::vector<std::size_t> columns_;  // index of source, bulletin, article, kind, line, text
};

/// Reads a stream from an input stream record by record.
class JIANBAO_EXPORT StreamReader {
 public:
  /// `input` must be positioned after the header line, which is passed here.
  StreamReader(std::istream& input, std::string_view header_line);

  /// The next record, or nullopt at the end of input.
  std::optional<Record> next();

  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  std::istream& input_;
  RecordParser parser_;
  std::size_t line_number_ = 1;
  Diagnostics diagnostics_;
};

/// A bulletin with the input it came from and its number there.
struct SourcedBulletin {
  std::string source;
  std::size_t number = 0;
  Bulletin bulletin;
  /// The encoding raw input was decoded from; from a stream, what its encoding record says
  /// (nullopt without one).
  std::optional<Encoding> encoding;
};

/// Rebuilds bulletins from stream records (the inverse of bulletin_records, up to byte
/// offsets, which the stream does not carry). Records of one bulletin must be consecutive.
JIANBAO_EXPORT std::vector<SourcedBulletin> bulletins_from_records(
    const std::vector<Record>& records);

}  // namespace jianbao
