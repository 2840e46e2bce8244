// SPDX-License-Identifier: MIT
#include "common/input.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jianbao::tools {

int open_input(const std::string& name, std::string& error) {
  if (name == "-") return STDIN_FILENO;
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return -1;
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    error = "is a directory";
    return -1;
  }
  return fd;
}

void close_input(int fd) {
  if (fd != STDIN_FILENO) ::close(fd);
}

long read_block(int fd, char* buffer, std::size_t size, std::string& error) {
  for (;;) {
    const ssize_t n = ::read(fd, buffer, size);
    if (n >= 0) return static_cast<long>(n);
    if (errno == EINTR) continue;
    error = std::string("cannot read: ") + std::strerror(errno);
    return -1;
  }
}

bool read_would_wait(int fd) {
  pollfd request{fd, POLLIN, 0};
  int ready = 0;
  while ((ready = ::poll(&request, 1, 0)) < 0 && errno == EINTR) {
  }
  return ready == 0;
}

std::optional<std::string> read_input(const std::string& name, Reporter& reporter) {
  std::string error;
  const int fd = open_input(name, error);
  if (fd < 0) {
    reporter.error(name, 0, error);
    return std::nullopt;
  }
  std::string bytes;
  char buffer[1 << 16];
  long n = 0;
  while ((n = read_block(fd, buffer, sizeof buffer, error)) > 0)
    bytes.append(buffer, static_cast<std::size_t>(n));
  close_input(fd);
  if (n < 0) {
    reporter.error(name, 0, error);
    return std::nullopt;
  }
  return bytes;
}

}  // namespace jianbao::tools
