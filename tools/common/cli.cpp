// SPDX-License-Identifier: MIT
#include "common/cli.hpp"

#include <fmt/format.h>

#include <system_error>

#include "common/input.hpp"
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
  app_.add_flag("-q,--quiet", quiet_, "do not print warnings");
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
  return std::nullopt;
}

ExitStatus Tool::usage_error(std::string_view message) {
  reporter_.error(message);
  fmt::print(stderr, "Try '{} --help' for more information.\n", reporter_.program());
  return ExitStatus::usage;
}

ExitStatus Tool::run(const std::function<void(const Input&)>& process) {
  for (const std::string& name : files_) {
    std::optional<std::string> bytes = read_input(name, reporter_);
    if (!bytes) continue;
    Input input{name, decode(*bytes, DecodeOptions{forced_encoding_})};
    bytes.reset();
    reporter_.report(name, input.text.diagnostics);
    if (has_error(input.text.diagnostics)) continue;
    process(input);
  }
  return reporter_.failed() ? ExitStatus::failure : ExitStatus::success;
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
