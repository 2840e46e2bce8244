// SPDX-License-Identifier: MIT
#include "common/progress.hpp"

#include <fmt/format.h>

namespace jianbao::tools {
namespace {

constexpr auto redraw_interval = std::chrono::milliseconds(100);

double megabytes(std::uint64_t bytes) {
  return static_cast<double>(bytes) / 1e6;
}

std::string clock_time(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                   : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(Reporter& reporter, std::string unit, bool live, std::size_t total_inputs,
                   std::optional<std::uint64_t> total_bytes)
    : reporter_(reporter),
      unit_(std::move(unit)),
      live_(live),
      total_inputs_(total_inputs),
      total_bytes_(total_bytes) {
  // Drawn at once, so that a long first input does not leave the terminal silent.
  if (live_) reporter_.show_status(line());
}

void Progress::count(Outcome outcome) {
  switch (outcome) {
    case Outcome::converted:
      ++converted_;
      break;
    case Outcome::failed:
      ++failed_;
      break;
    case Outcome::skipped:
      ++skipped_;
      break;
  }
}

void Progress::tick() {
  if (!live_) return;
  const Clock::time_point now = Clock::now();
  if (now - drawn_ < redraw_interval) return;
  drawn_ = now;
  reporter_.show_status(line());
}

std::string Progress::counted(std::size_t n) const {
  return fmt::format("{} {}{}", n, unit_, n == 1 ? "" : "s");
}

std::string Progress::line() const {
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  std::string text = fmt::format("{}: ", reporter_.program());
  text += total_inputs_ > 0 ? fmt::format("{}/{}", inputs_done(), counted(total_inputs_))
                            : counted(inputs_done());
  text += total_bytes_
              ? fmt::format(", {:.1f}/{:.1f} MB", megabytes(bytes_), megabytes(*total_bytes_))
              : fmt::format(", {:.1f} MB", megabytes(bytes_));
  if (seconds < 0.05 || bytes_ == 0) return text;  // no rate to speak of yet
  const double rate = static_cast<double>(bytes_) / seconds;
  text += fmt::format(", {:.1f} MB/s", rate / 1e6);
  if (total_bytes_ && *total_bytes_ >= bytes_)
    text += ", ETA " + clock_time(static_cast<double>(*total_bytes_ - bytes_) / rate);
  return text;
}

void Progress::finish(bool summary) {
  reporter_.clear_status();
  if (!summary) return;
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  std::string text = "converted " + counted(converted_);
  if (skipped_ > 0) text += fmt::format(", {} skipped", skipped_);
  text += fmt::format(", {} failed, {:.1f} MB in {:.1f} s", failed_, megabytes(bytes_), seconds);
  reporter_.note(text);
}

}  // namespace jianbao::tools
