// SPDX-License-Identifier: MIT
#include "common/batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <system_error>

#include "common/documents.hpp"
#include "common/input.hpp"
#include "common/pool.hpp"
#include "common/progress.hpp"
#include "jianbao/reader.hpp"

namespace jianbao::tools {
namespace {

constexpr std::size_t block_size = 1 << 20;

Diagnostics one_error(std::string message) {
  return {{Severity::error, 0, std::move(message)}};
}

/// True when an input is standard input and that is a terminal: someone is typing, and a
/// progress line would get in the way.
bool reads_terminal(const std::vector<Input>& inputs) {
  return ::isatty(STDIN_FILENO) == 1 &&
         std::any_of(inputs.begin(), inputs.end(), [](const Input& in) { return in.name == "-"; });
}

/// The bytes of all inputs, or nullopt when the size of one is not known (standard input).
std::optional<std::uint64_t> total_bytes(const std::vector<Input>& inputs) {
  std::uint64_t total = 0;
  for (const Input& input : inputs) {
    if (!input.error.empty()) continue;
    if (!input.size) return std::nullopt;
    total += *input.size;
  }
  return total;
}

class Batch {
 public:
  Batch(const std::vector<Input>& inputs, const BatchOptions& options, const Render& render,
        const PerInput& per_input, Output& out, Reporter& reporter)
      : inputs_(inputs),
        options_(options),
        render_(render),
        per_input_(per_input),
        out_(out),
        reporter_(reporter),
        stderr_is_terminal_(::isatty(STDERR_FILENO) == 1),
        progress_(reporter, options.format == InputFormat::text ? "file" : "document",
                  !options.quiet && stderr_is_terminal_ && !reads_terminal(inputs),
                  options.format == InputFormat::text ? inputs.size() : 0, total_bytes(inputs)),
        buffer_(block_size, '\0'),
        pool_(options.jobs > 1 ? options.jobs : 0) {}
  // A run cut short (a closed pipe) must not leave the progress line on the screen.
  ~Batch() { reporter_.clear_status(); }
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

  ExitStatus run() {
    for (auto input = inputs_.begin(); input != inputs_.end() && !stopped_; ++input) {
      if (options_.format == InputFormat::text) {
        read_file(*input);
      } else {
        read_documents(*input);
      }
    }
    pool_.drain(deliver_);
    progress_.finish(!options_.quiet && (progress_.inputs_done() > 1 || stderr_is_terminal_));
    return progress_.failed() > 0 ? ExitStatus::failure : ExitStatus::success;
  }

 private:
  void read_file(const Input& input) {
    if (!readable(input)) return;
    if (!input.size) pool_.drain(deliver_);  // opening a FIFO waits for its writer
    std::string error;
    const int fd = open_input(input.name, error);
    if (fd < 0) {
      end_input(input, one_error(error));
      return;
    }
    BulletinReader reader(input.name, DecodeOptions{options_.encoding, 1});
    const BulletinReader::Emit emit = emitter(reader, input.name);
    long n = 0;
    while (!reader.failed() && (n = read_available(fd, error)) > 0) {
      progress_.add_bytes(static_cast<std::size_t>(n));
      reader.feed(std::string_view(buffer_.data(), static_cast<std::size_t>(n)), emit);
      progress_.tick();
    }
    close_input(fd);
    finish_input(input, reader, emit, n < 0 ? error : std::string());
  }

  /// Reads an input that holds many documents; each is an input of its own, named by its id.
  void read_documents(const Input& container) {
    if (!container.error.empty()) {
      end_input(container, one_error(container.error));
      return;
    }
    std::string error;
    const int fd = open_input(container.name, error);
    if (fd < 0) {
      end_input(container, one_error(error));
      return;
    }
    DocumentSplitter splitter(options_.format == InputFormat::json_lines);
    const DocumentSplitter::Emit convert = [&](Document&& document) {
      if (stopped_) return;
      if (has_error(document.diagnostics)) {
        // A line that is no document: it counts as one that failed, named by where it is.
        end_input({container.name, {}, {}, {}}, std::move(document.diagnostics));
        return;
      }
      if (!document.diagnostics.empty())
        submit_ready({container.name, std::move(document.diagnostics), {}, nullptr, {}, {}});
      const Input input{std::move(document.id), {}, document.text.size(), {}};
      if (!readable(input)) return;
      BulletinReader reader(input.name, DecodeOptions{options_.encoding, 1});
      const BulletinReader::Emit emit = emitter(reader, input.name);
      reader.feed(document.text, emit);
      finish_input(input, reader, emit, {});
    };
    long n = 0;
    while (!stopped_ && (n = read_available(fd, error)) > 0) {
      progress_.add_bytes(static_cast<std::size_t>(n));
      splitter.feed(std::string_view(buffer_.data(), static_cast<std::size_t>(n)), convert);
      progress_.tick();
    }
    close_input(fd);
    if (n < 0) {
      end_input(container, one_error(error));
    } else if (!stopped_) {
      splitter.finish(convert);
    }
  }

  /// Reads the next block. Before waiting on a pipe, what is done is written: a downstream
  /// tool gets each bulletin as soon as it is ready, and a run killed while it waits has
  /// committed every input before.
  long read_available(int fd, std::string& error) {
    if (read_would_wait(fd)) pool_.drain(deliver_);
    return read_block(fd, buffer_.data(), buffer_.size(), error);
  }

  /// False when the input is not to be read: it cannot be (reported), or --skip-existing
  /// finds its output. Names the input's output either way, so that names come in order.
  bool readable(const Input& input) {
    marker_ = per_input_.marker ? per_input_.marker(input) : std::string();
    if (!input.error.empty()) {
      end_input(input, one_error(input.error));
      return false;
    }
    std::error_code ignored;
    if (options_.skip_existing && !marker_.empty() && std::filesystem::exists(marker_, ignored)) {
      end_input(input, {}, Outcome::skipped);
      return false;
    }
    return true;
  }

  /// Each bulletin the reader cuts out is structured and rendered as a job of the pool.
  BulletinReader::Emit emitter(BulletinReader& reader, const std::string& source) {
    return [this, &reader, source, marker = marker_](BulletinPiece&& cut) {
      auto piece = std::make_shared<BulletinPiece>(std::move(cut));
      // Decoding problems so far concern this piece: they go out just before it.
      Rendered start{source, reader.take_diagnostics(), {}, nullptr, {}, marker};
      // A piece holds one bulletin (none when it is blank): numbered as it is cut.
      const Ordinals ordinals{++bulletins_read_, reader.bulletins()};
      std::size_t bytes = piece->text.content.size();
      for (const Record& record : piece->records) bytes += record.text.size();
      pool_.submit(
          [this, piece, start, ordinals]() mutable {
            for (const SourcedBulletin& bulletin :
                 structure_piece(std::move(*piece), start.diagnostics))
              start.text += render_(bulletin, ordinals);
            return start;
          },
          deliver_, bytes);
    };
  }

  void finish_input(const Input& input, BulletinReader& reader, const BulletinReader::Emit& emit,
                    const std::string& read_error) {
    if (read_error.empty() && !reader.failed()) reader.finish(emit);
    Diagnostics diagnostics = reader.take_diagnostics();
    if (!read_error.empty()) {
      diagnostics.push_back({Severity::error, 0, read_error});
    } else if (!reader.failed() && reader.bulletins() == 0) {
      diagnostics.push_back({Severity::error, 0, "no bulletin found"});
    }
    end_input(input, std::move(diagnostics));
  }

  /// Queues the end of an input behind its bulletins: its last diagnostics, then its outcome
  /// (failed when any of its diagnostics was an error, unless `outcome` says otherwise).
  void end_input(const Input& input, Diagnostics diagnostics,
                 std::optional<Outcome> outcome = std::nullopt) {
    submit_ready({input.name,
                  std::move(diagnostics),
                  {},
                  nullptr,
                  [this, input, outcome] {
                    const Outcome result = outcome              ? *outcome
                                           : delivering_failed_ ? Outcome::failed
                                                                : Outcome::converted;
                    delivering_failed_ = false;
                    progress_.count(result);
                    if (per_input_.done) per_input_.done(input, result);
                  },
                  {}});
    if (options_.fail_fast) {
      pool_.drain(deliver_);  // the outcome must be known before the next input is read
      stopped_ = progress_.failed() > 0;
    }
  }

  /// Queues a result that needs no work, in order with the jobs before it.
  void submit_ready(Rendered rendered) {
    pool_.submit([ready = std::move(rendered)] { return ready; }, deliver_);
  }

  void deliver(Rendered&& rendered) {
    if (rendered.error) std::rethrow_exception(rendered.error);
    if (has_error(rendered.diagnostics)) delivering_failed_ = true;
    reporter_.report(rendered.source, rendered.diagnostics);
    if (!rendered.text.empty() && per_input_.write) {
      per_input_.write(rendered.marker, rendered.text);
    } else if (!rendered.text.empty()) {
      if (out_.to_terminal()) reporter_.clear_status();  // records and progress share a screen
      out_.write(rendered.text);
      out_.flush();  // each bulletin at once, so a downstream tool starts
    }
    if (rendered.then) rendered.then();
    progress_.tick();
  }

  const std::vector<Input>& inputs_;
  const BatchOptions& options_;
  const Render& render_;
  const PerInput& per_input_;
  Output& out_;
  Reporter& reporter_;
  bool stderr_is_terminal_;
  Progress progress_;
  std::string buffer_;
  std::string marker_;              // PerInput::marker of the input being read
  std::size_t bulletins_read_ = 0;  // pieces cut from all inputs so far
  bool delivering_failed_ = false;  // an error was reported for the input being delivered
  bool stopped_ = false;            // --fail-fast met a failure
  const OrderedPool::Deliver deliver_ = [this](Rendered&& rendered) {
    deliver(std::move(rendered));
  };
  OrderedPool pool_;  // last: destroyed first, so no worker outlives what its jobs use
};

}  // namespace

ExitStatus run_batch(const std::vector<Input>& inputs, const BatchOptions& options,
                     const Render& render, const PerInput& per_input, Output& out,
                     Reporter& reporter) {
  return Batch(inputs, options, render, per_input, out, reporter).run();
}

}  // namespace jianbao::tools
