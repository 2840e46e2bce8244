// SPDX-License-Identifier: MIT
// People: names with their job titles and organisations, as Chinese officialese writes them.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jianbao/bulletin.hpp"
#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// Word lists that drive the extractor: surnames, job titles, organisation suffixes, words that
/// are never names, and the words that stop a name. Built from lib/data/*.txt, which are
/// compiled in; more entries can be added at run time.
class JIANBAO_EXPORT Lexicon {
 public:
  enum class Kind { surname, weak_surname, title, org_suffix, not_name, name_stop };

  /// The compiled-in lexicons (a copy; add_* changes only the copy).
  static Lexicon builtin();

  Lexicon();
  ~Lexicon();
  Lexicon(const Lexicon&);
  Lexicon& operator=(const Lexicon&);
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  void add(Kind kind, std::string_view word);

  /// Adds the entries of a user lexicon file: lines "KIND WORD" where KIND is surname,
  /// weak-surname, title, org-suffix, not-name or name-stop; '#' starts a comment. Bad lines
  /// are reported.
  Diagnostics add_file(std::string_view contents);

  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::unique_ptr<Tables> tables_;
};

/// A place where a person is named.
struct Mention {
  std::size_t line = 0;     ///< source line
  std::size_t article = 0;  ///< article number (0 for the TOC and masthead)
  std::size_t begin = 0;    ///< byte offsets of the name in the block's text
  std::size_t end = 0;
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

/// A block of text to search, with where it sits in the bulletin.
struct Passage {
  std::string_view text;
  std::size_t line = 0;
  std::size_t article = 0;
};

/// The passages of a bulletin in document order: TOC items, titles, headings, paragraphs.
JIANBAO_EXPORT std::vector<Passage> bulletin_passages(const Bulletin& bulletin);

/// Finds the people in one bulletin's passages, in order of first mention.
JIANBAO_EXPORT std::vector<Person> find_people(const std::vector<Passage>& passages,
                                               const Lexicon& lexicon);

}  // namespace jianbao
