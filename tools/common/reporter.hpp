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

  bool failed() const { return failed_; }

 private:
  void print(std::string_view source, std::size_t line, std::string_view severity,
             std::string_view message);

  std::string program_;
  bool quiet_ = false;
  bool failed_ = false;
};

}  // namespace jianbao::tools
