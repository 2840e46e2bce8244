// SPDX-License-Identifier: MIT
#include "common/output_names.hpp"

#include <fmt/format.h>

namespace jianbao::tools {
namespace {

/// `path` without the extension of its last component ("a/b.txt" gives "a/b").
std::string without_extension(std::string path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t name_start = slash == std::string::npos ? 0 : slash + 1;
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string::npos && dot > name_start) path.resize(dot);  // ".profile" stays
  return path;
}

}  // namespace

const std::string& OutputNames::name_for(const std::string& source, const std::string& relative) {
  const auto [named, added] = by_source_.try_emplace(source);
  if (!added) return named->second;
  std::string name = relative;
  if (name.empty()) name = source == "-" ? "stdin" : source.substr(source.find_last_of('/') + 1);
  name = without_extension(std::move(name));
  // A document id may be anything; it must not climb out of the output directory.
  if (name.empty() || name == "." || name == "..") name = "unnamed";
  std::string unique = name;
  for (int n = 2; !given_.insert(unique).second; ++n) unique = fmt::format("{}-{}", name, n);
  named->second = std::move(unique);
  return named->second;
}

}  // namespace jianbao::tools
