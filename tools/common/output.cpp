// SPDX-License-Identifier: MIT
#include "common/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>

namespace jianbao::tools {
namespace {

// The temporary file to remove if a signal ends the process; a signal handler can only reach
// static storage, so this is the one piece of global state, owned by Output.
char pending_temporary[4096];

extern "C" void remove_pending_and_exit(int) {
  if (pending_temporary[0] != '\0') ::unlink(pending_temporary);
  ::_exit(130);
}

void set_pending(const std::string& path) {
  pending_temporary[0] = '\0';
  if (path.empty() || path.size() >= sizeof pending_temporary) return;
  std::memcpy(pending_temporary + 1, path.data() + 1, path.size() - 1);
  pending_temporary[path.size()] = '\0';
  pending_temporary[0] = path[0];  // last, so a signal never sees a half-copied name
}

[[noreturn]] void throw_errno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

}  // namespace

void install_signal_handlers() {
  std::signal(SIGPIPE, SIG_IGN);
  struct sigaction action {};
  action.sa_handler = remove_pending_and_exit;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

Output::Output(const std::string& path) {
  if (path.empty() || path == "-") return;
  path_ = path;
  temporary_ = path + ".tmp" + std::to_string(::getpid());
  set_pending(temporary_);
  file_ = std::fopen(temporary_.c_str(), "wb");
  if (file_ == nullptr) {
    set_pending({});
    throw_errno("cannot write " + path);
  }
}

Output::~Output() {
  if (file_ == stdout) return;
  if (file_ != nullptr) std::fclose(file_);
  if (!temporary_.empty()) {
    ::unlink(temporary_.c_str());  // not committed: an error or exception cut the run short
    set_pending({});
  }
}

void Output::write(std::string_view text) {
  if (text.empty()) return;
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
    if (errno == EPIPE) throw BrokenPipe();
    throw_errno(path_.empty() ? "cannot write to standard output" : "cannot write " + path_);
  }
}

void Output::flush() {
  if (std::fflush(file_) != 0) {
    if (errno == EPIPE) throw BrokenPipe();
    throw_errno(path_.empty() ? "cannot write to standard output" : "cannot write " + path_);
  }
}

void Output::commit() {
  flush();
  if (file_ == stdout) return;
  if (::fsync(::fileno(file_)) != 0 || std::fclose(file_) != 0) {
    file_ = nullptr;
    throw_errno("cannot write " + path_);
  }
  file_ = nullptr;
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) throw_errno("cannot write " + path_);
  temporary_.clear();
  set_pending({});
}

void write_file_atomically(const std::string& path, std::string_view content) {
  Output output(path);
  output.write(content);
  output.commit();
}

void make_directories(const std::string& path) {
  for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    const std::string prefix = path.substr(0, slash);
    if (!prefix.empty() && ::mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST)
      throw_errno("cannot create directory " + prefix);
    if (slash == std::string::npos) break;
  }
}

bool is_directory(const std::string& path) {
  struct stat status {};
  return ::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
}

std::string unique_stem(const std::string& input, std::map<std::string, int>& seen) {
  std::string stem = input == "-" ? "stdin" : input.substr(input.find_last_of('/') + 1);
  if (const auto dot = stem.find_last_of('.'); dot != std::string::npos && dot > 0)
    stem.resize(dot);
  const int count = ++seen[stem];
  return count == 1 ? stem : stem + "-" + std::to_string(count);
}

}  // namespace jianbao::tools
