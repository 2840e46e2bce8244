// SPDX-License-Identifier: MIT
// The options every tool shares, and the run loop: parse, process each input, map to a status.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/batch.hpp"
#include "common/exit_status.hpp"
#include "common/operands.hpp"
#include "common/output.hpp"
#include "common/reporter.hpp"
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

  /// Adds --skip-existing, for a tool that writes an output of its own per input and passes
  /// run() a PerInput::marker; returns it, so that the tool can say what it needs.
  CLI::Option* add_skip_existing_option();

  /// Parses the command line and expands the operands; returns the exit status to end with
  /// now (help, version, usage error) or nullopt to go on.
  std::optional<ExitStatus> parse(int argc, char** argv);

  /// The inputs, in order, once parsed: the operands, with -r the files under directories.
  const std::vector<Input>& inputs() const { return inputs_; }
  /// True with --input jsonl or -0: the inputs hold documents, each an input named by its id.
  bool reads_documents() const { return input_format_ != InputFormat::text; }

  /// Reports a usage problem found after parsing (options that cannot go together) in the
  /// same form as CLI11's, and returns the status to exit with.
  ExitStatus usage_error(std::string_view message);

  using Render = tools::Render;

  /// Reads every input and writes what `render` makes of its bulletins to `out` (see
  /// run_batch); `per_input` is for tools that also write an output of their own per input.
  ExitStatus run(const Render& render, Output& out, const PerInput& per_input = {});

  /// Renders on the calling thread only, for renders with side effects (files, an index).
  void set_sequential() { jobs_ = 1; }

  /// Runs `body` and turns its outcome into the process exit status: a broken pipe ends
  /// quietly with 0 (as ripgrep does), an output failure is reported with status 1.
  int finish(const std::function<ExitStatus()>& body);

 private:
  CLI::App app_;
  Reporter reporter_;
  std::vector<std::string> files_;
  std::vector<Input> inputs_;
  std::string output_;
  std::string format_;
  std::string encoding_;
  std::string input_format_name_ = "text";
  InputFormat input_format_ = InputFormat::text;
  WalkOptions walk_;
  bool nul_separated_ = false;
  bool quiet_ = false;
  bool no_header_ = false;
  bool fail_fast_ = false;
  bool skip_existing_ = false;
  unsigned jobs_ = 0;  // 0: one per core
  std::optional<Encoding> forced_encoding_;
};

}  // namespace jianbao::tools
