// SPDX-License-Identifier: MIT
// Reading inputs: files or '-' for stdin; only tools/common opens files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "common/reporter.hpp"

namespace jianbao::tools {

/// The bytes of one whole input ("-" is stdin), or nullopt after reporting why it cannot be
/// read (missing, a directory, unreadable). For small files such as lexicons.
std::optional<std::string> read_input(const std::string& name, Reporter& reporter);

/// Opens an input for reading block by block: a descriptor, or -1 with `error` saying why not.
/// "-" is standard input, which is not closed by close_input.
int open_input(const std::string& name, std::string& error);
void close_input(int fd);

/// Reads up to `size` bytes; 0 at the end; -1 with `error` saying why.
long read_block(int fd, char* buffer, std::size_t size, std::string& error);

/// True when a read would wait for data that has not come yet (a pipe or terminal with
/// nothing in it); false for files, and when data, the end or an error is there to read.
bool read_would_wait(int fd);

}  // namespace jianbao::tools
