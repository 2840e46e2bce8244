// SPDX-License-Identifier: MIT
#include "common/lexicon_files.hpp"

#include "common/input.hpp"

namespace jianbao::tools {

void add_lexicon_option(CLI::App& app, std::vector<std::string>& files) {
  app.add_option("--lexicon", files, "add the entries of a lexicon FILE (lines 'KIND WORD')")
      ->type_name("FILE")
      ->allow_extra_args(false);  // one FILE per --lexicon, so FILE... stay inputs
}

std::optional<Lexicon> load_lexicon(const std::vector<std::string>& files, Reporter& reporter) {
  Lexicon lexicon = Lexicon::builtin();
  for (const std::string& file : files) {
    const auto contents = read_input(file, reporter);
    if (!contents) return std::nullopt;
    const Diagnostics problems = lexicon.add_file(*contents);
    reporter.report(file, problems);
    if (has_error(problems)) return std::nullopt;
  }
  return lexicon;
}

}  // namespace jianbao::tools
