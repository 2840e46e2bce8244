// SPDX-License-Identifier: MIT
// The options every tool shares, and the run loop: parse, process each input, map to a status.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/exit_status.hpp"
#include "common/output.hpp"
#include "common/reporter.hpp"
#include "jianbao/reader.hpp"
#include "jianbao/text.hpp"

namespace jianbao::tools {

class Tool {
 public:
  /// `formats` lists the values --format accepts; the first is the default.
  Tool(std::string name, std::string description, std::vector<std::string> formats);

  CLI::App& app() { return app_; }
  Reporter& reporter() { return reporter_; }
  const std::string& format() const { return format_; }
  const std::string& output_path() const { return output_; }
  bool header() const { return !no_header_; }

  /// Parses the command line; returns the exit status to end with now (help, version, usage
  /// error) or nullopt to go on.
  std::optional<ExitStatus> parse(int argc, char** argv);

  /// Reports a usage problem found after parsing (options that cannot go together) in the
  /// same form as CLI11's, and returns the status to exit with.
  ExitStatus usage_error(std::string_view message);

  /// Renders one bulletin as the text to write. With --jobs above 1 it runs on worker threads,
  /// so it must not touch shared state.
  using Render = std::function<std::string(const SourcedBulletin&)>;

  /// Reads every input in turn, a block at a time; each bulletin, once complete, is structured
  /// and rendered (on worker threads with --jobs) and written to `out` in input order, with
  /// its diagnostics before it. Memory stays bounded by a few bulletins. An input that cannot
  /// be read or decoded is reported and skipped. Returns the status for the whole run.
  ExitStatus run(const Render& render, Output& out);

  /// Renders on the calling thread only, for renders with side effects (files, an index).
  void set_sequential() { jobs_ = 1; }

  /// Runs `body` and turns its outcome into the process exit status: a broken pipe ends
  /// quietly with 0 (as ripgrep does), an output failure is reported with status 1.
  int finish(const std::function<ExitStatus()>& body);

 private:
  CLI::App app_;
  Reporter reporter_;
  std::vector<std::string> files_;
  std::string output_;
  std::string format_;
  std::string encoding_;
  bool quiet_ = false;
  bool no_header_ = false;
  unsigned jobs_ = 0;  // 0: one per core
  std::optional<Encoding> forced_encoding_;
};

}  // namespace jianbao::tools
