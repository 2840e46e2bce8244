// SPDX-License-Identifier: MIT
// Progress of a run: a line redrawn on a terminal as it goes, and a summary at the end.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "common/operands.hpp"
#include "common/reporter.hpp"

namespace jianbao::tools {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  /// `unit` names what is counted ("file", "document"); `live`: draw the progress line
  /// (standard error is a terminal). Totals of 0 are unknown, and not shown.
  Progress(Reporter& reporter, std::string unit, bool live, std::size_t total_inputs,
           std::optional<std::uint64_t> total_bytes);

  void add_bytes(std::size_t bytes) { bytes_ += bytes; }
  void count(Outcome outcome);
  /// Redraws the progress line, at most ten times a second.
  void tick();
  /// Clears the progress line, then with `summary` prints one line such as
  /// "converted 3214 files, 2 failed, 812.4 MB in 9.1 s".
  void finish(bool summary);

  std::size_t inputs_done() const { return converted_ + failed_ + skipped_; }
  std::size_t failed() const { return failed_; }

 private:
  std::string counted(std::size_t n) const;
  std::string line() const;

  Reporter& reporter_;
  std::string unit_;
  bool live_;
  std::size_t total_inputs_;
  std::optional<std::uint64_t> total_bytes_;
  std::uint64_t bytes_ = 0;
  std::size_t converted_ = 0;
  std::size_t failed_ = 0;
  std::size_t skipped_ = 0;
  Clock::time_point start_ = Clock::now();
  Clock::time_point drawn_ = start_;
};

}  // namespace jianbao::tools
