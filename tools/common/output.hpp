// SPDX-License-Identifier: MIT
// Output: stdout, or a file written under a temporary name and renamed into place, so a killed
// job never leaves a half-written file.
#pragma once

#include <cstddef>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jianbao::tools {

/// Thrown when the reader of stdout went away (`| head`): the tool stops quietly with status 0.
struct BrokenPipe : std::runtime_error {
  BrokenPipe() : std::runtime_error("broken pipe") {}
};

/// Ignores SIGPIPE (writes then fail with EPIPE) and makes SIGINT/SIGTERM remove the pending
/// temporary file before exiting with status 130.
void install_signal_handlers();

/// A destination for text: stdout when `path` is empty or "-", else an atomically replaced file.
/// Created and used on the main thread only (the signal handler's list is not locked).
class Output {
 public:
  /// Opens the temporary file next to `path`; throws std::system_error when it cannot.
  explicit Output(const std::string& path = {});
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  /// Writes all of `text`; throws BrokenPipe on EPIPE, std::system_error on other failures.
  void write(std::string_view text);
  /// Flushes, so a downstream tool sees each bulletin at once.
  void flush();
  /// Renames the temporary file into place (no-op for stdout).
  void commit();
  /// True when this is standard output and that is a terminal.
  bool to_terminal() const { return to_terminal_; }

 private:
  std::FILE* file_ = stdout;
  bool to_terminal_ = false;
  std::string path_;
  std::string temporary_;
  std::size_t pending_slot_ = 0;  // where the signal handler finds temporary_
};

/// Writes `content` to `path` atomically; throws std::system_error on failure.
void write_file_atomically(const std::string& path, std::string_view content);

/// Creates `path` and its parents as needed; throws std::system_error on failure.
void make_directories(const std::string& path);

/// True when `path` names an existing directory (or a link to one).
bool is_directory(const std::string& path);

}  // namespace jianbao::tools
