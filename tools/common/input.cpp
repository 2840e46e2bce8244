// SPDX-License-Identifier: MIT
#include "common/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jianbao::tools {
namespace {

/// Reads a descriptor to its end; false with errno set on a read error.
bool read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::optional<std::string> read_input(const std::string& name, Reporter& reporter) {
  std::string bytes;
  if (name == "-") {
    if (!read_all(STDIN_FILENO, bytes)) {
      reporter.error(name, 0, std::string("cannot read: ") + std::strerror(errno));
      return std::nullopt;
    }
    return bytes;
  }
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reporter.error(name, 0, std::string("cannot open: ") + std::strerror(errno));
    return std::nullopt;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    reporter.error(name, 0, "is a directory");
    return std::nullopt;
  }
  if (info.st_size > 0) bytes.reserve(static_cast<std::size_t>(info.st_size));
  const bool ok = read_all(fd, bytes);
  const int saved = errno;
  ::close(fd);
  if (!ok) {
    reporter.error(name, 0, std::string("cannot read: ") + std::strerror(saved));
    return std::nullopt;
  }
  return bytes;
}

}  // namespace jianbao::tools
