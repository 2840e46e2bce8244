// SPDX-License-Identifier: MIT
#include "common/reporter.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace jianbao::tools {

void Reporter::print(std::string_view source, std::size_t line, std::string_view severity,
                     std::string_view message) {
  std::fflush(stdout);  // keep stdout and stderr in order when both go to a terminal
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
