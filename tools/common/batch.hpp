// SPDX-License-Identifier: MIT
// The run loop: each input read a block at a time, its bulletins structured and rendered (on
// worker threads with -j), written in input order, and what became of each input counted.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/exit_status.hpp"
#include "common/operands.hpp"
#include "common/output.hpp"
#include "common/reporter.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"

namespace jianbao::tools {

/// A bulletin's place, counted as it is read (1-based): among all bulletins of the run, and
/// among those of its input. Fixed before rendering, so numbering does not depend on which
/// thread renders what.
struct Ordinals {
  std::size_t in_run = 0;
  std::size_t in_input = 0;
};

/// Renders one bulletin as the text to write. With more than one job it runs on worker
/// threads, so it must not touch shared state.
using Render = std::function<std::string(const SourcedBulletin&, const Ordinals&)>;

/// What a tool that writes an output of its own for each input tells the run loop.
struct PerInput {
  /// The file that exists once an input was converted completely (--skip-existing skips the
  /// input then). Called for every input in order, skipped or not, so it may name as it goes.
  std::function<std::string(const Input&)> marker;
  /// Called on the calling thread, in input order, once an input's last bulletin is written,
  /// or it failed, or it was skipped.
  std::function<void(const Input&, Outcome)> done;
  /// When set, where rendered text goes instead of the run's output: called on the calling
  /// thread, in order, with the marker of the input the text belongs to.
  std::function<void(const std::string& marker, const std::string& text)> write;
};

/// How the inputs hold bulletins: as files of text, or many documents in one input.
enum class InputFormat { text, json_lines, nul_separated };

struct BatchOptions {
  InputFormat format = InputFormat::text;
  std::optional<Encoding> encoding;  ///< forced instead of detected
  unsigned jobs = 1;                 ///< threads that structure and render
  bool fail_fast = false;            ///< stop after the first input that fails
  bool skip_existing = false;        ///< skip inputs whose PerInput::marker exists
  bool quiet = false;                ///< no progress line and no summary (nor warnings)
};

/// Reads every input in turn and writes what `render` makes of its bulletins to `out`, each
/// bulletin's diagnostics before it. Memory stays bounded by a few bulletins (or documents).
/// An input that cannot be read, decoded or parsed is reported and counted as failed, and the
/// next one is read. On a terminal, a progress line is drawn on standard error; a summary
/// follows when there was more than one input or standard error is a terminal (not with
/// quiet). Returns the status for the whole run.
ExitStatus run_batch(const std::vector<Input>& inputs, const BatchOptions& options,
                     const Render& render, const PerInput& per_input, Output& out,
                     Reporter& reporter);

}  // namespace jianbao::tools
