// SPDX-License-Identifier: MIT
// Exit statuses shared by every tool, documented under EXIT STATUS in each man page.
#pragma once

namespace jianbao::tools {

enum class ExitStatus {
  success = 0,        ///< every input was processed (warnings allowed)
  failure = 1,        ///< at least one input could not be processed; the others were
  usage = 2,          ///< bad options; nothing was processed
  interrupted = 130,  ///< SIGINT or SIGTERM; partial output files were removed
};

}  // namespace jianbao::tools
