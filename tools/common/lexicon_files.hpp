// SPDX-License-Identifier: MIT
// --lexicon FILE: user word lists added to the compiled-in lexicons.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "common/reporter.hpp"
#include "jianbao/lexicon.hpp"

namespace jianbao::tools {

/// Adds --lexicon FILE (repeatable, one FILE each) to `app`.
void add_lexicon_option(CLI::App& app, std::vector<std::string>& files);

/// The built-in lexicons plus the entries of `files`; nullopt after reporting a file that
/// cannot be read or has a bad line (a usage error).
std::optional<Lexicon> load_lexicon(const std::vector<std::string>& files, Reporter& reporter);

}  // namespace jianbao::tools
