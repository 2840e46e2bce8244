// SPDX-License-Identifier: MIT
// Reading a tool's input piece by piece: raw bulletin text or a jianbao stream, one bulletin
// at a time, so memory stays bounded by the largest bulletin, not by the input.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

namespace jianbao {

/// One bulletin's share of the input, cut out but not yet structured, so that structuring can
/// run on another thread while reading goes on.
struct BulletinPiece {
  std::string source;
  std::size_t number = 0;       ///< the bulletin's number within its source
  Text text;                    ///< raw input: the bulletin's text (first_line set)
  std::vector<Record> records;  ///< stream input: the bulletin's records
};

/// Structures a piece: parses its text or rebuilds it from its records. Usually one bulletin;
/// none for blank text. Problems found are appended to `diagnostics`.
JIANBAO_EXPORT std::vector<SourcedBulletin> structure_piece(BulletinPiece&& piece,
                                                            Diagnostics& diagnostics);

/// Turns bytes arriving in pieces into whole bulletins. Raw text (any supported encoding,
/// detected from the first 64 KiB) is cut at line ends, decoded and split where a new masthead
/// begins; a jianbao stream (told by its header line) is grouped by source and bulletin.
///
/// Example:
///   BulletinReader reader("a.txt");
///   reader.feed(bytes, emit);  // as often as bytes come; emit gets BulletinPiece&&
///   reader.finish(emit);       // emits the last bulletin
class JIANBAO_EXPORT BulletinReader {
 public:
  using Emit = std::function<void(BulletinPiece&&)>;

  /// `source` names raw input in the bulletins it yields (a stream carries its own names).
  explicit BulletinReader(std::string source, DecodeOptions options = {});
  ~BulletinReader();
  BulletinReader(const BulletinReader&) = delete;
  BulletinReader& operator=(const BulletinReader&) = delete;

  /// Takes the next piece of input and emits the bulletins it completes.
  void feed(std::string_view bytes, const Emit& emit);
  /// Ends the input and emits what remains.
  void finish(const Emit& emit);

  /// The diagnostics found since the last call (decoding, structure, malformed records).
  Diagnostics take_diagnostics();
  /// True after an error that stops this input (binary data): further bytes are ignored.
  bool failed() const;
  /// How many pieces were emitted.
  std::size_t bulletins() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace jianbao
