// SPDX-License-Identifier: MIT
// Reading inputs: files or '-' for stdin; only tools/common opens files.
#pragma once

#include <optional>
#include <string>

#include "common/reporter.hpp"

namespace jianbao::tools {

/// The bytes of one input ("-" is stdin), or nullopt after reporting why it cannot be read
/// (missing, a directory, unreadable).
std::optional<std::string> read_input(const std::string& name, Reporter& reporter);

}  // namespace jianbao::tools
