// SPDX-License-Identifier: MIT
#include "common/operands.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

namespace jianbao::tools {
namespace {

class Walker {
 public:
  Walker(const WalkOptions& options, Reporter& reporter) : options_(options), reporter_(reporter) {}

  void add_operand(const std::string& operand) {
    struct stat info {};
    if (operand == "-" || ::stat(operand.c_str(), &info) != 0) {
      inputs_.push_back({operand, {}, {}, {}});  // opening it says what is wrong, if anything
    } else if (!S_ISDIR(info.st_mode)) {
      inputs_.push_back({operand, {}, size_of(info), {}});
    } else if (!options_.recursive) {
      inputs_.push_back({operand, {}, {}, "is a directory (-r reads the files under it)"});
    } else {
      walk(operand, {}, info);
    }
  }

  std::vector<Input> take() { return std::move(inputs_); }

 private:
  static std::optional<std::uint64_t> size_of(const struct stat& info) {
    if (!S_ISREG(info.st_mode)) return std::nullopt;  // a pipe or a device: size unknown
    return static_cast<std::uint64_t>(info.st_size);
  }

  static std::string joined(const std::string& directory, const std::string& name) {
    return directory.empty() || directory.back() == '/' ? directory + name : directory + '/' + name;
  }

  bool wanted(const std::string& name) const {
    return options_.globs.empty() ||
           std::any_of(options_.globs.begin(), options_.globs.end(), [&](const std::string& glob) {
             return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
           });
  }

  void walk(const std::string& directory, const std::string& relative, const struct stat& info) {
    // A directory is known by its device and inode, whatever the path (links) that reached it.
    const auto [first, added] = seen_.try_emplace({info.st_dev, info.st_ino}, directory);
    if (!added) {
      reporter_.warning(directory, 0, "directory already read as " + first->second + ", skipped");
      return;
    }
    std::vector<std::string> names;
    std::error_code error;
    for (std::filesystem::directory_iterator entry(directory, error), end; !error && entry != end;
         entry.increment(error))
      names.push_back(entry->path().filename().string());
    if (error) {
      inputs_.push_back({directory, relative, {}, "cannot read directory: " + error.message()});
      return;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      const std::string path = joined(directory, name);
      const std::string below = relative.empty() ? name : relative + '/' + name;
      struct stat entry_info {};
      if (::stat(path.c_str(), &entry_info) != 0) {
        const int stat_error = errno;
        if (::lstat(path.c_str(), &entry_info) == 0 && S_ISLNK(entry_info.st_mode)) {
          reporter_.warning(path, 0, "broken symbolic link, skipped");
        } else {
          inputs_.push_back(
              {path, below, {}, std::string("cannot open: ") + std::strerror(stat_error)});
        }
      } else if (S_ISDIR(entry_info.st_mode)) {
        walk(path, below, entry_info);
      } else if (S_ISREG(entry_info.st_mode) && wanted(name)) {
        inputs_.push_back({path, below, size_of(entry_info), {}});
      }
    }
  }

  const WalkOptions& options_;
  Reporter& reporter_;
  std::vector<Input> inputs_;
  std::map<std::pair<dev_t, ino_t>, std::string> seen_;
};

}  // namespace

std::vector<Input> expand_operands(const std::vector<std::string>& operands,
                                   const WalkOptions& options, Reporter& reporter) {
  Walker walker(options, reporter);
  for (const std::string& operand : operands) walker.add_operand(operand);
  return walker.take();
}

}  // namespace jianbao::tools
