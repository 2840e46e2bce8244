// SPDX-License-Identifier: MIT
#include "common/reporter.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace jianbao::tools {

void Reporter::print(std::string_view source, std::size_t line, std::string_view severity,
                     std::string_view message) {
  std::fflush(stdout);  // keep stdout and stderr in order when both go to a terminal
  clear_status();
  std::string where;
  if (!source.empty())
    where = line > 0 ? fmt::format("{}:{}: ", source, line) : fmt::format("{}: ", source);
  fmt::print(stderr, "{}: {}{}: {}\n", program_, where, severity, message);
}

void Reporter::error(std::string_view source, std::size_t line, std::string_view message) {
  failed_ = true;
  print(source, line, "error", message);
}

void Reporter::warning(std::string_view source, std::size_t line, std::string_view message) {
  if (!quiet_) print(source, line, "warning", message);
}

void Reporter::error(std::string_view message) {
  print({}, 0, "error", message);
}

void Reporter::note(std::string_view message) {
  if (quiet_) return;
  clear_status();
  fmt::print(stderr, "{}: {}\n", program_, message);
}

void Reporter::show_status(std::string_view line) {
  // Carriage return, the line, then erase to the end of the line: a shorter line leaves no
  // tail of the longer one before it.
  fmt::print(stderr, "\r{}\x1b[K", line);
  std::fflush(stderr);
  status_shown_ = true;
}

void Reporter::clear_status() {
  if (!status_shown_) return;
  std::fputs("\r\x1b[K", stderr);
  status_shown_ = false;
}

void Reporter::report(std::string_view source, const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) {
      error(source, d.line, d.message);
    } else {
      warning(source, d.line, d.message);
    }
  }
}

}  // namespace jianbao::tools
