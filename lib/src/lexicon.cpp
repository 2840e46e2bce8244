// SPDX-License-Identifier: MIT
// Lexicons: lib/data/*.txt compiled in, user files added at run time, all kept as tries.
#include "jianbao/lexicon.hpp"

#include <algorithm>
#include <iterator>

#include "detail/layout.hpp"
#include "detail/lexicon_data.hpp"
#include "detail/lexicon_tables.hpp"
#include "detail/utf8.hpp"

namespace jianbao {

using detail::reversed;
using detail::to_u32;

Lexicon::Lexicon() : tables_(std::make_unique<Tables>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(const Lexicon& other) : tables_(std::make_unique<Tables>(*other.tables_)) {}
Lexicon& Lexicon::operator=(const Lexicon& other) {
  if (this != &other) tables_ = std::make_unique<Tables>(*other.tables_);
  return *this;
}
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

void Lexicon::add(Kind kind, std::string_view word) {
  const std::u32string chars = to_u32(detail::trim(word));
  if (chars.empty()) return;
  switch (kind) {
    case Kind::surname:
      tables_->surnames.insert(chars);
      break;
    case Kind::weak_surname:
      tables_->weak_surnames.insert(chars);
      break;
    case Kind::title:
      tables_->titles.insert(chars);
      break;
    case Kind::org_suffix:
      tables_->org_suffixes_reversed.insert(reversed(chars));
      break;
    case Kind::not_name:
      tables_->not_names.insert(chars);
      break;
    case Kind::name_stop:
      tables_->stops.insert(chars);
      break;
    case Kind::event_noun:
      tables_->event_nouns.insert(chars);
      tables_->event_nouns_reversed.insert(reversed(chars));
      break;
    case Kind::event_verb:
      tables_->event_verbs.insert(chars);
      break;
    case Kind::figure:
      tables_->figures.insert(chars);
      break;
  }
}

namespace {

/// Calls `add` for every entry line of a lexicon file ('#' comments and blank lines skipped).
template <typename Add>
void for_each_entry(std::string_view contents, Add add) {
  std::size_t line_number = 0;
  while (!contents.empty()) {
    const std::size_t newline = contents.find('\n');
    std::string_view line = contents.substr(0, newline);
    contents.remove_prefix(newline == std::string_view::npos ? contents.size() : newline + 1);
    ++line_number;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = detail::trim(line);
    if (!line.empty()) add(line, line_number);
  }
}

// Lexicon file names (lib/data/<name>.txt, and the KIND word of user files) and their kinds.
constexpr std::pair<std::string_view, Lexicon::Kind> lexicon_kinds[] = {
    {"surname", Lexicon::Kind::surname},       {"weak-surname", Lexicon::Kind::weak_surname},
    {"title", Lexicon::Kind::title},           {"org-suffix", Lexicon::Kind::org_suffix},
    {"not-name", Lexicon::Kind::not_name},     {"name-stop", Lexicon::Kind::name_stop},
    {"event-noun", Lexicon::Kind::event_noun}, {"event-verb", Lexicon::Kind::event_verb},
    {"figure", Lexicon::Kind::figure}};
constexpr std::string_view lexicon_files[] = {"surnames",     "weak_surnames", "titles",
                                              "org_suffixes", "not_names",     "name_stops",
                                              "event_nouns",  "event_verbs",   "figures"};

}  // namespace

Lexicon Lexicon::builtin() {
  static const Lexicon built = [] {
    Lexicon lexicon;
    for (std::size_t i = 0; i < std::size(lexicon_files); ++i) {
      const Kind kind = lexicon_kinds[i].second;
      for_each_entry(detail::builtin_lexicon(lexicon_files[i]),
                     [&](std::string_view entry, std::size_t) { lexicon.add(kind, entry); });
    }
    return lexicon;
  }();
  return built;
}

Diagnostics Lexicon::add_file(std::string_view contents) {
  Diagnostics diagnostics;
  for_each_entry(contents, [&](std::string_view line, std::size_t number) {
    const std::size_t space = line.find_first_of(" \t");
    const std::string_view kind = line.substr(0, space);
    const auto found = std::find_if(std::begin(lexicon_kinds), std::end(lexicon_kinds),
                                    [&](const auto& k) { return k.first == kind; });
    if (space == std::string_view::npos || found == std::end(lexicon_kinds)) {
      diagnostics.push_back({Severity::error, number,
                             "expected 'KIND WORD' with KIND one of surname, weak-surname, title, "
                             "org-suffix, not-name, name-stop, event-noun, event-verb, figure"});
      return;
    }
    const std::string_view word = detail::trim(line.substr(space + 1));
    if (word.find_first_of(" \t") != std::string_view::npos) {
      diagnostics.push_back({Severity::error, number, "one word per line expected after KIND"});
      return;
    }
    add(found->second, word);
  });
  return diagnostics;
}

}  // namespace jianbao
