// SPDX-License-Identifier: MIT
// People: names with their job titles and organisations, as Chinese officialese writes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/export.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"

namespace jianbao {

/// A place where a person is named.
struct Mention {
  std::size_t line = 0;     ///< source line
  std::size_t article = 0;  ///< article number (0 for the TOC and masthead)
  std::size_t begin = 0;    ///< byte offsets of the name in the block's text
  std::size_t end = 0;
  std::size_t passage = 0;  ///< index of the passage it was found in
};

struct Person {
  std::string name;
  std::vector<std::string> titles;         ///< first seen first
  std::vector<std::string> organizations;  ///< first seen first
  /// Title and organisation pairs as written (organisation may be empty).
  std::vector<std::pair<std::string, std::string>> affiliations;
  std::vector<Mention> mentions;
  std::vector<std::size_t> articles;  ///< articles they appear in, ascending
  /// Named only in passing: no title, no organisation, never the subject of a speech verb
  /// (historical figures and examples such as 商鞅 or an entrepreneur cited as a case).
  bool in_passing = false;

  std::size_t first_line() const { return mentions.empty() ? 0 : mentions.front().line; }
};

/// Finds the people in one bulletin's passages, in order of first mention.
JIANBAO_EXPORT std::vector<Person> find_people(const std::vector<Passage>& passages,
                                               const Lexicon& lexicon);

}  // namespace jianbao
