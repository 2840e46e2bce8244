// SPDX-License-Identifier: MIT
// Lexicons: the word lists the extractors work from, compiled in and extensible at run time.
#pragma once

#include <memory>
#include <string_view>

#include "jianbao/diagnostic.hpp"
#include "jianbao/export.hpp"

namespace jianbao {

/// Word lists that drive the extractors: surnames, job titles, organisation suffixes, words that
/// are never names, the words that stop a name, and the nouns and verbs of events. Built from
/// lib/data/*.txt, which are compiled in; more entries can be added at run time.
class JIANBAO_EXPORT Lexicon {
 public:
  enum class Kind {
    surname,
    weak_surname,
    title,
    org_suffix,
    not_name,
    name_stop,
    event_noun,
    event_verb,
    figure  ///< a historical or foreign person cited as an example (商鞅, 戴明)
  };

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
  /// weak-surname, title, org-suffix, not-name, name-stop, event-noun or event-verb; '#'
  /// starts a comment. Bad lines are reported.
  Diagnostics add_file(std::string_view contents);

  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::unique_ptr<Tables> tables_;
};

}  // namespace jianbao
