// SPDX-License-Identifier: MIT
// Events: what happened when — a dated clause with an event predicate (召开, 举办, 开班 …).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "jianbao/dates.hpp"
#include "jianbao/export.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/people.hpp"

namespace jianbao {

struct Event {
  DateMention date;
  std::string place;  ///< venue or city as written (在上海交通大学 → 上海交通大学); may be empty
  /// The event nouns as written, ';'-joined (座谈会, 会议;研讨会); else the predicate (启动).
  std::string kind;
  std::string title;  ///< the event's name as given: 2017国是论坛, 质量提升工作座谈会
  std::string organizer;  ///< who holds it, as written before the predicate; may be empty
  std::vector<std::string> participants;  ///< people named in the event's sentence
  std::string sentence;                   ///< the sentence the event was found in
  std::size_t passage = 0;                ///< index of the passage holding the sentence
  std::size_t article = 0;
  std::size_t line = 0;  ///< source line of the date
};

/// Finds the events of a bulletin: each sentence with a date and an event predicate gives
/// one event, with the place, kind and name its own words give. Year mentions
/// in passing (2008年…事件) and dates in the TOC and masthead are not events.
JIANBAO_EXPORT std::vector<Event> find_events(const std::vector<Passage>& passages,
                                              const std::vector<DateMention>& dates,
                                              const std::vector<Person>& people,
                                              const Lexicon& lexicon);

}  // namespace jianbao
