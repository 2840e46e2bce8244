// SPDX-License-Identifier: MIT
#include "jianbao/reader.hpp"

#include <algorithm>
#include <optional>

#include "detail/structure.hpp"
#include "detail/utf8.hpp"
#include "jianbao/bulletin.hpp"

namespace jianbao {
namespace {

// Encoding is detected once this much input is in (or at its end): enough for the heuristics.
constexpr std::size_t detection_bytes = 64 * 1024;

/// Where the last complete line of `bytes` ends (0 when there is none), for an encoding whose
/// newline is one LF byte or, in UTF-16, one LF code unit.
std::size_t complete_lines_end(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::utf16le || encoding == Encoding::utf16be) {
    const char first = encoding == Encoding::utf16le ? '\n' : '\0';
    const char second = encoding == Encoding::utf16le ? '\0' : '\n';
    for (std::size_t i = bytes.size() & ~std::size_t{1}; i >= 2; i -= 2)
      if (bytes[i - 2] == first && bytes[i - 1] == second) return i;
    return 0;
  }
  // LF never occurs inside a UTF-8 or GB18030 multibyte character.
  const std::size_t newline = bytes.rfind('\n');
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

std::vector<SourcedBulletin> structure_piece(BulletinPiece&& piece, Diagnostics& diagnostics) {
  if (!piece.records.empty()) return bulletins_from_records(piece.records);
  ParseResult result = detail::parse_one_bulletin(piece.text);  // the reader cut it at mastheads
  diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  std::vector<SourcedBulletin> bulletins;
  for (std::size_t k = 0; k < result.bulletins.size(); ++k)
    bulletins.push_back(
        {piece.source, piece.number + k, std::move(result.bulletins[k]), piece.text.encoding});
  return bulletins;
}

struct BulletinReader::State {
  std::string source;
  DecodeOptions options;
  bool detected = false;
  bool failed = false;
  std::optional<RecordParser> stream;  // set when the input is a jianbao stream
  std::string carry;                   // bytes after the last complete line
  std::size_t next_line = 1;           // source line of the next decoded piece
  Text pending;                        // raw mode: decoded text from the current bulletin on
  std::size_t next_scan_size = 0;      // rescan for mastheads once pending is this long
  std::vector<Record> records;         // stream mode: the current bulletin's records
  std::size_t emitted = 0;
  Diagnostics diagnostics;

  void take(Diagnostics& more) {
    diagnostics.insert(diagnostics.end(), more.begin(), more.end());
    more.clear();
  }

  /// Decodes `bytes` (whole lines, or the input's tail) and passes the text on.
  void decode_piece(std::string_view bytes, const Emit& emit) {
    Text text = decode(bytes, options);
    options.encoding = text.encoding;  // detected on the first piece, kept for the rest
    take(text.diagnostics);
    if (has_error(diagnostics)) {
      failed = true;
      return;
    }
    if (!stream && emitted == 0 && pending.content.empty() && records.empty() &&
        is_stream_header(text.line(1)))
      stream.emplace(text.line(1));
    const std::size_t newlines = text.line_count() - 1;
    if (stream) {
      read_records(text, emit);
    } else {
      pending.content += text.content;
      pending.encoding = text.encoding;  // what every piece cut from it was decoded from
    }
    next_line += newlines;
    options.first_line = next_line;
  }

  void read_records(const Text& text, const Emit& emit) {
    for (std::size_t n = 1; n <= text.line_count(); ++n) {
      std::optional<Record> record =
          stream->parse(text.line(n), text.first_line + n - 1, diagnostics);
      if (!record) continue;
      if (!records.empty() &&
          (records.back().source != record->source || records.back().bulletin != record->bulletin))
        emit_records(emit);
      records.push_back(std::move(*record));
    }
  }

  void emit_records(const Emit& emit) {
    BulletinPiece piece;
    piece.source = records.front().source;
    piece.number = records.front().bulletin;
    piece.records = std::move(records);
    records.clear();
    ++emitted;
    emit(std::move(piece));
  }

  /// Raw mode: the bulletins before the last masthead seen are complete; each is cut out as
  /// a piece of its own (at the end, all that remains is).
  void emit_complete(const Emit& emit, bool at_end) {
    if (!at_end && pending.content.size() < next_scan_size) return;
    rebuild_line_table(pending);
    std::vector<std::size_t> starts = detail::bulletin_start_lines(pending);
    if (at_end) starts.push_back(pending.line_count());
    std::size_t taken_lines = 0, taken_bytes = 0;
    for (std::size_t k = 1; k < starts.size(); ++k) {
      const std::size_t end_bytes = starts[k] < pending.line_count()
                                        ? pending.line_starts[starts[k]]
                                        : pending.content.size();
      BulletinPiece piece;
      piece.source = source;
      piece.text.encoding = pending.encoding;
      piece.text.first_line = pending.first_line + taken_lines;
      piece.text.content = pending.content.substr(taken_bytes, end_bytes - taken_bytes);
      rebuild_line_table(piece.text);
      taken_lines = starts[k];
      taken_bytes = end_bytes;
      if (detail::is_blank(piece.text.content))
        continue;  // blank (ideographic spaces too): no bulletin to number
      piece.number = ++emitted;
      emit(std::move(piece));
    }
    pending.content.erase(0, taken_bytes);
    pending.first_line += taken_lines;
    // Scanning again only once the text has doubled keeps the work linear in the input.
    next_scan_size = 2 * pending.content.size() + detection_bytes;
  }

  static void rebuild_line_table(Text& text) {
    text.line_starts.assign(1, 0);
    for (std::size_t nl = text.content.find('\n'); nl != std::string::npos;
         nl = text.content.find('\n', nl + 1))
      text.line_starts.push_back(nl + 1);
  }
};

BulletinReader::BulletinReader(std::string source, DecodeOptions options)
    : state_(std::make_unique<State>()) {
  state_->source = std::move(source);
  state_->options = options;
  state_->next_line = options.first_line;
  state_->pending.first_line = options.first_line;
}

BulletinReader::~BulletinReader() = default;

void BulletinReader::feed(std::string_view bytes, const Emit& emit) {
  State& s = *state_;
  if (s.failed) return;
  s.carry += bytes;
  if (!s.detected && !s.options.encoding && s.carry.size() < detection_bytes) return;
  if (!s.detected) {
    if (!s.options.encoding)
      s.options.encoding = detect_encoding(std::string_view(s.carry).substr(0, detection_bytes));
    s.detected = true;
  }
  const std::size_t end = complete_lines_end(s.carry, *s.options.encoding);
  if (end == 0) return;
  s.decode_piece(std::string_view(s.carry).substr(0, end), emit);
  s.carry.erase(0, end);
  if (!s.stream && !s.failed) s.emit_complete(emit, false);
}

void BulletinReader::finish(const Emit& emit) {
  State& s = *state_;
  if (s.failed) return;
  if (!s.carry.empty() || !s.detected) s.decode_piece(s.carry, emit);
  s.carry.clear();
  if (s.failed) return;
  if (s.stream) {
    if (!s.records.empty()) s.emit_records(emit);
  } else {
    s.emit_complete(emit, true);
  }
}

Diagnostics BulletinReader::take_diagnostics() {
  Diagnostics taken;
  taken.swap(state_->diagnostics);
  return taken;
}

bool BulletinReader::failed() const {
  return state_->failed;
}

std::size_t BulletinReader::bulletins() const {
  return state_->emitted;
}

}  // namespace jianbao
