// SPDX-License-Identifier: MIT
// Messages in the GNU form editors jump to: "prog: file:12: warning: message".
#pragma once

#include <string>
#include <string_view>

#include "jianbao/diagnostic.hpp"

namespace jianbao::tools {

class Reporter {
 public:
  explicit Reporter(std::string program) : program_(std::move(program)) {}

  const std::string& program() const { return program_; }
  void set_quiet(bool quiet) { quiet_ = quiet; }

  /// A problem with one input; `line` 0 leaves out the line part. Marks the run as failed.
  void error(std::string_view source, std::size_t line, std::string_view message);
  /// Suppressed by -q.
  void warning(std::string_view source, std::size_t line, std::string_view message);
  /// A problem not tied to an input (usage, output file).
  void error(std::string_view message);
  /// Reports library diagnostics for `source`; errors mark the run as failed.
  void report(std::string_view source, const Diagnostics& diagnostics);
  /// A message about the run as a whole, "prog: message"; suppressed by -q.
  void note(std::string_view message);

  /// Shows `line` on standard error (a terminal) in place of the last status line; any
  /// message clears it first, and the next call draws it again.
  void show_status(std::string_view line);
  /// Clears the status line, if one is shown.
  void clear_status();

  bool failed() const { return failed_; }

 private:
  void print(std::string_view source, std::size_t line, std::string_view severity,
             std::string_view message);

  std::string program_;
  bool quiet_ = false;
  bool failed_ = false;
  bool status_shown_ = false;
};

}  // namespace jianbao::tools
