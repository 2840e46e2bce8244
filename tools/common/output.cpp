// SPDX-License-Identifier: MIT
#include "common/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

namespace jianbao::tools {
namespace {

// The temporary files to remove if a signal ends the process; a signal handler can only reach
// static storage, so this is the one piece of global state, owned by Output. A few slots: a
// tool may have its -o file and an article file open at once.
constexpr std::size_t pending_slots = 4;
char pending_temporaries[pending_slots][4096];

extern "C" void remove_pending_and_exit(int) {
  for (const char* temporary : pending_temporaries)
    if (temporary[0] != '\0') ::unlink(temporary);
  ::_exit(130);
}

/// Registers `path` in a free slot and returns the slot; throws when all are taken (a bug).
std::size_t add_pending(const std::string& path) {
  if (path.size() >= sizeof pending_temporaries[0])
    throw std::system_error(ENAMETOOLONG, std::generic_category(), "cannot write " + path);
  for (std::size_t slot = 0; slot < pending_slots; ++slot) {
    char* entry = pending_temporaries[slot];
    if (entry[0] != '\0') continue;
    std::memcpy(entry + 1, path.data() + 1, path.size() - 1);
    entry[path.size()] = '\0';
    std::atomic_signal_fence(std::memory_order_seq_cst);
    entry[0] = path[0];  // last, so a signal never sees a half-copied name
    return slot;
  }
  throw std::logic_error("more than " + std::to_string(pending_slots) + " outputs open at once");
}

void remove_pending(std::size_t slot) {
  pending_temporaries[slot][0] = '\0';
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
  if (path.empty() || path == "-") {
    to_terminal_ = ::isatty(STDOUT_FILENO) == 1;
    return;
  }
  path_ = path;
  temporary_ = path + ".tmp" + std::to_string(::getpid());
  pending_slot_ = add_pending(temporary_);
  file_ = std::fopen(temporary_.c_str(), "wb");
  if (file_ == nullptr) {
    remove_pending(pending_slot_);
    throw_errno("cannot write " + path);
  }
}

Output::~Output() {
  if (file_ == stdout) return;
  if (file_ != nullptr) std::fclose(file_);
  if (!temporary_.empty()) {
    ::unlink(temporary_.c_str());  // not committed: an error or exception cut the run short
    remove_pending(pending_slot_);
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
  remove_pending(pending_slot_);
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

}  // namespace jianbao::tools
