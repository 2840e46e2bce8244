// SPDX-License-Identifier: MIT
// Diagnostics: problems found in the input, returned as values beside results.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "jianbao/export.hpp"

namespace jianbao {

enum class Severity { warning, error };

/// One problem in the input. `line` is 1-based; 0 means the input as a whole.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::size_t line = 0;
  std::string message;  ///< lower-case, no final period, says what and where
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic is an error (the input could not be processed).
JIANBAO_EXPORT bool has_error(const Diagnostics& diagnostics);

}  // namespace jianbao
