// SPDX-License-Identifier: MIT
#include "jianbao/diagnostic.hpp"

#include <algorithm>

namespace jianbao {

bool has_error(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace jianbao
