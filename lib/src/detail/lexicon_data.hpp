// SPDX-License-Identifier: MIT
// The lexicon files of lib/data, compiled in (the source is generated at build time).
#pragma once

#include <string_view>

namespace jianbao::detail {

/// The text of lib/data/<name>.txt as built into the library; empty for an unknown name.
std::string_view builtin_lexicon(std::string_view name);

}  // namespace jianbao::detail
