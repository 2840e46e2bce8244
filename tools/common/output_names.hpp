// SPDX-License-Identifier: MIT
// Where each input's output goes inside an output directory, the same on every run.
#pragma once

#include <map>
#include <set>
#include <string>

namespace jianbao::tools {

/// Names each input's part of an output directory. A file found under a directory operand gets
/// its path below that directory; any other input its last path component ("stdin" for "-", a
/// document its id). The extension is dropped, and a name given before gets the first free suffix
/// -2, -3, ... So names depend only on the inputs and their order, and a rerun finds the same ones.
class OutputNames {
 public:
  /// The name for the input called `source` (found at `relative`, if under a directory
  /// operand), relative to the output directory; asking again for a source gives the same.
  const std::string& name_for(const std::string& source, const std::string& relative = {});

 private:
  std::map<std::string, std::string> by_source_;
  std::set<std::string> given_;
};

}  // namespace jianbao::tools
