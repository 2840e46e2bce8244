// SPDX-License-Identifier: MIT
#include "common/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jianbao::tools {
namespace {}  // namespace

int open_input(const std::string& name, Reporter& reporter) {
  if (name == "-") return STDIN_FILENO;
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reporter.error(name, 0, std::string("cannot open: ") + std::strerror(errno));
    return -1;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    reporter.error(name, 0, "is a directory");
    return -1;
  }
  return fd;
}

void close_input(int fd) {
  if (fd != STDIN_FILENO) ::close(fd);
}

long read_block(int fd, char* buffer, std::size_t size, const std::string& name,
                Reporter& reporter) {
  for (;;) {
    const ssize_t n = ::read(fd, buffer, size);
    if (n >= 0) return static_cast<long>(n);
    if (errno == EINTR) continue;
    reporter.error(name, 0, std::string("cannot read: ") + std::strerror(errno));
    return -1;
  }
}

std::optional<std::string> read_input(const std::string& name, Reporter& reporter) {
  const int fd = open_input(name, reporter);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const long n = read_block(fd, buffer, sizeof buffer, name, reporter);
    if (n < 0) {
      close_input(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  close_input(fd);
  return bytes;
}

}  // namespace jianbao::tools
