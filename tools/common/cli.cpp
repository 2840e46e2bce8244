// SPDX-License-Identifier: MIT
#include "common/cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>
#include <thread>

#include "jianbao/version.hpp"

namespace jianbao::tools {

Tool::Tool(std::string name, std::string description, std::vector<std::string> formats)
    : app_(std::move(description), name), reporter_(name) {
  format_ = formats.front();
  app_.set_help_flag("-h,--help", "print this help and exit");
  app_.set_version_flag("--version", fmt::format("{} (jianbao) {}", name, version),
                        "print the version and exit");
  app_.add_option("files", files_, "input files; '-' or none reads standard input")
      ->type_name("FILE");
  app_.add_option("-o,--output", output_, "write to FILE, replaced atomically, not standard output")
      ->type_name("FILE");
  app_.add_option("--format", format_, fmt::format("output format: {}", fmt::join(formats, ", ")))
      ->check(CLI::IsMember(formats).description(""))
      ->type_name("FORMAT");
  app_.add_option("--encoding", encoding_,
                  "input encoding: utf-8, utf-16le, utf-16be, gb18030 (default: detected)")
      ->type_name("NAME");
  app_.add_flag("--no-header", no_header_, "leave out the TSV header line");
  app_.add_flag("-q,--quiet", quiet_, "do not print warnings, progress or the summary");
  app_.add_option("-j,--jobs", jobs_, "structure bulletins on N threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u));
  CLI::Option* recursive =
      app_.add_flag("-r,--recursive", walk_.recursive, "read the files under directory operands");
  app_.add_option("--glob", walk_.globs,
                  "with -r, read only files whose name matches PATTERN (may be repeated)")
      ->type_name("PATTERN")
      ->allow_extra_args(false)  // one PATTERN per --glob, so FILE... stay inputs
      ->needs(recursive);
  app_.add_flag("--fail-fast", fail_fast_, "stop at the first input that fails");
  CLI::Option* input_format =
      app_.add_option("--input", input_format_name_,
                      "input format: text, or jsonl (one {\"id\", \"text\"} document a line)")
          ->check(CLI::IsMember({"text", "jsonl"}).description(""))
          ->type_name("FORMAT");
  app_.add_flag("-0,--null", nul_separated_, "inputs hold documents separated by NUL bytes")
      ->excludes(input_format);
}

CLI::Option* Tool::add_skip_existing_option() {
  return app_.add_flag("--skip-existing", skip_existing_,
                       "skip inputs whose output exists already, to resume a run");
}

std::optional<ExitStatus> Tool::parse(int argc, char** argv) {
  try {
    app_.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app_.exit(e);
    return ExitStatus::success;
  } catch (const CLI::CallForVersion& e) {
    app_.exit(e);
    return ExitStatus::success;
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes are 100 and up; every usage error is 2 here. Its messages start with a
    // capital; ours do not.
    std::string message = e.what();
    if (!message.empty())
      message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return usage_error(message);
  }
  reporter_.set_quiet(quiet_);
  if (!encoding_.empty()) {
    forced_encoding_ = parse_encoding_name(encoding_);
    if (!forced_encoding_) return usage_error(fmt::format("unknown encoding '{}'", encoding_));
  }
  if (files_.empty()) files_.push_back("-");
  input_format_ = nul_separated_                  ? InputFormat::nul_separated
                  : input_format_name_ == "jsonl" ? InputFormat::json_lines
                                                  : InputFormat::text;
  inputs_ = expand_operands(files_, walk_, reporter_);
  return std::nullopt;
}

ExitStatus Tool::usage_error(std::string_view message) {
  reporter_.error(message);
  fmt::print(stderr, "Try '{} --help' for more information.\n", reporter_.program());
  return ExitStatus::usage;
}

ExitStatus Tool::run(const Render& render, Output& out, const PerInput& per_input) {
  BatchOptions options;
  options.format = input_format_;
  options.encoding = forced_encoding_;
  options.jobs = jobs_ > 0 ? jobs_ : std::max(1u, std::thread::hardware_concurrency());
  options.fail_fast = fail_fast_;
  options.skip_existing = skip_existing_;
  options.quiet = quiet_;
  const ExitStatus status = run_batch(inputs_, options, render, per_input, out, reporter_);
  // Errors met outside the inputs (reading back an index, say) fail the run too.
  return reporter_.failed() ? ExitStatus::failure : status;
}

int Tool::finish(const std::function<ExitStatus()>& body) {
  try {
    return static_cast<int>(body());
  } catch (const BrokenPipe&) {
    return static_cast<int>(ExitStatus::success);
  } catch (const std::system_error& e) {
    reporter_.error(e.what());
    return static_cast<int>(ExitStatus::failure);
  }
}

}  // namespace jianbao::tools
