// SPDX-License-Identifier: MIT
// The inputs of a run: file operands as given, and with -r the files under directory operands.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/reporter.hpp"

namespace jianbao::tools {

/// One input of a run: a file, standard input ("-"), or one document of a JSON Lines or
/// NUL-separated input.
struct Input {
  std::string name;                   ///< the source in records and messages
  std::string relative;               ///< below the directory operand it was found under
  std::optional<std::uint64_t> size;  ///< bytes, when known before reading (for progress)
  std::string error;                  ///< why it cannot be read at all, reported in its turn
};

/// What became of an input.
enum class Outcome { converted, failed, skipped };

struct WalkOptions {
  bool recursive = false;          ///< read the files under directory operands
  std::vector<std::string> globs;  ///< fnmatch(3) patterns for the names of files found; none: all
};

/// The inputs `operands` name, in order. A directory operand, with `options.recursive`, stands
/// for the regular files below it: depth first, each directory's entries in byte order of
/// their names, symbolic links followed but each directory read once, so that a link loop
/// ends. Without it, a directory is an input with an error, as is a directory that cannot be
/// read; a broken link and a directory met twice are reported as warnings and left out.
std::vector<Input> expand_operands(const std::vector<std::string>& operands,
                                   const WalkOptions& options, Reporter& reporter);

}  // namespace jianbao::tools
