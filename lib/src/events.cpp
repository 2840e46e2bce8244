// SPDX-License-Identifier: MIT
// Events: in each sentence of a paragraph, a date followed by an event verb (召开, 举办, 开班 …)
// is an event; the event nouns near the verb give its kind and name, 在X召开 its place.
#include "jianbao/events.hpp"

#include <algorithm>

#include "detail/lexicon_tables.hpp"
#include "detail/passage_text.hpp"
#include "detail/utf8.hpp"

namespace jianbao {
namespace {

using Chars = detail::CodePoints;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool ends_sentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' ||
         c == U';';
}

bool ends_clause(char32_t c) {
  return ends_sentence(c) || c == U'，' || c == U',' || c == U'：' || c == U':';
}

/// Dates that can head an event: a day, a month or a span of days; not a bare year (2008年…
/// 事件 is a year mentioned in passing) nor an academic year.
bool can_date_event(const DateMention& date) {
  return date.kind == DateKind::day || date.kind == DateKind::month ||
         (date.kind == DateKind::range && date.start().size() >= 7);
}

/// 截至11月10日, 11月30日前, 9月1日起: a deadline or a starting point, not when something
/// happened.
bool is_bound(const Chars& chars, std::size_t date_begin, std::size_t date_end) {
  for (std::u32string_view before : {U"截至", U"截止", U"截止到", U"到", U"至", U"自", U"从"})
    if (date_begin >= before.size() &&
        chars.text.compare(date_begin - before.size(), before.size(), before) == 0)
      return true;
  for (std::u32string_view after : {U"以来", U"前", U"之前", U"以前", U"起", U"开始", U"止"})
    if (chars.has(date_end, after)) return true;
  return false;
}

std::string utf8(const Chars& chars, std::size_t begin, std::size_t end, std::string_view text) {
  return std::string(text.substr(chars.offsets[begin], chars.offsets[end] - chars.offsets[begin]));
}

/// Marks the characters inside 《》 and “” so verbs in document titles and quotations
/// (《关于印发…的通知》) do not make events.
std::vector<bool> quoted_characters(const Chars& chars) {
  std::vector<bool> quoted(chars.text.size(), false);
  int depth = 0;
  for (std::size_t i = 0; i < chars.text.size(); ++i) {
    const char32_t c = chars.text[i];
    if (c == U'》' || c == U'”') depth = std::max(0, depth - 1);
    quoted[i] = depth > 0;
    if (c == U'《' || c == U'“') ++depth;
  }
  return quoted;
}

/// Verbs that hold an event; the subject before them is its organiser.
bool is_holding_verb(std::u32string_view verb) {
  for (std::u32string_view v : {U"召开", U"举办", U"举行", U"主办", U"承办", U"开展", U"组织",
                                U"启动", U"发布", U"印发", U"出台", U"舉辦", U"舉行", U"召開"})
    if (verb == v) return true;
  return false;
}

/// Characters a place marker's object cannot hold: 在会上, 在…指导下 are not places.
bool is_place(std::u32string_view place) {
  if (place.empty() || place.size() > 24) return false;
  const char32_t last = place.back();
  if (last == U'上' || last == U'中' || last == U'下' || last == U'里' || last == U'内')
    return false;
  for (char32_t c : place)
    if (ends_clause(c) || c == U'、') return false;
  return true;
}

class SentenceReader {
 public:
  SentenceReader(const Chars& chars, std::string_view text, const Lexicon::Tables& tables)
      : chars_(chars), text_(text), tables_(tables), quoted_(quoted_characters(chars)) {}

  /// The main event verb in [begin, end) outside quotes, as (position, length). Verbs of an
  /// attribute are passed over: 由X主办的…论坛在北京举行 is held (举行), not 主办.
  std::pair<std::size_t, std::size_t> find_verb(std::size_t begin, std::size_t end) const {
    std::pair<std::size_t, std::size_t> first{npos, 0};
    for (std::size_t i = begin; i < end; ++i) {
      if (quoted_[i]) continue;
      std::size_t length = tables_.event_verbs.longest_at(chars_.text, i);
      // 上…课 (上思政课) teaches a class: the noun then carries the kind.
      if (!length && chars_.at(i) == U'上' && tables_.event_nouns.longest_at(chars_.text, i + 1))
        length = 1;
      if (!length || i + length > end) continue;
      // 签约 of 签约仪式 or of 签约暨揭牌仪式: the start of an event noun, not a verb.
      if (tables_.event_nouns.longest_at(chars_.text, i) > length || chars_.at(i + length) == U'暨')
        continue;
      if (first.first == npos) first = {i, length};
      if (!is_attributive(begin, i, i + length)) return {i, length};
      i += length - 1;
    }
    return first;
  }

  /// 由X主办, X承办的: the verb qualifies a noun that follows. 由 counts up to the verb
  /// before: in 由X主办的论坛在Y举行, 举行 is the main verb.
  bool is_attributive(std::size_t begin, std::size_t verb, std::size_t verb_end) const {
    if (chars_.at(verb_end) == U'的') return true;
    for (std::size_t i = verb; i > begin; --i) {
      const char32_t c = chars_.at(i - 1);
      if (c == U'由') return true;
      if (ends_clause(c) || (i < verb && tables_.event_verbs.longest_at(chars_.text, i - 1) > 0))
        break;
    }
    return false;
  }

  /// X of 由X主办 (由X联合主办), the organiser named by an attribute.
  std::string find_host(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      if (chars_.at(i) != U'由' || quoted_[i]) continue;
      for (std::size_t j = i + 1; j < end && j < i + 40 && !ends_clause(chars_.at(j)); ++j) {
        const std::size_t length = tables_.event_verbs.longest_at(chars_.text, j);
        if (!length) continue;
        if (!is_holding_verb(std::u32string_view(chars_.text.data() + j, length))) break;
        return utf8(chars_, i + 1, without_adverbs(i + 1, j), text_);
      }
    }
    return {};
  }

  /// Whether character `i` stands inside 《》.
  bool in_book_title(std::size_t i) const {
    for (std::size_t j = i; j > 0; --j) {
      if (chars_.at(j - 1) == U'》') return false;
      if (chars_.at(j - 1) == U'《') return true;
    }
    return false;
  }

  /// The event nouns in [begin, end), longest first at each place, outside `place` (the
  /// training class one arrives at is where the event is, not what it is).
  std::vector<std::pair<std::size_t, std::size_t>> find_nouns(std::size_t begin, std::size_t end,
                                                              std::string_view place = {}) const {
    std::vector<std::pair<std::size_t, std::size_t>> nouns;
    for (std::size_t i = begin; i < end;) {
      if (!place.empty() && text_.compare(chars_.offsets[i], place.size(), place) == 0) {
        i = chars_.index_at(chars_.offsets[i] + place.size());
        continue;
      }
      const std::size_t length = tables_.event_nouns.longest_at(chars_.text, i);
      if (length && i + length <= end && ends_noun(i + length)) {
        nouns.emplace_back(i, length);
        i += length;
      } else {
        ++i;
      }
    }
    return nouns;
  }

  /// The place of 在X召开 or 于X举行 (X right before an event verb), or of 来到X / 走进X.
  std::string find_place(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      const char32_t c = chars_.at(i);
      if (c == U'在' || c == U'于' || c == U'於') {
        for (std::size_t j = i + 1; j < end && j < i + 26 && !ends_clause(chars_.at(j)); ++j) {
          // 在会上作了讲话: a meeting with 上 frames what is said there, even when more words
          // stand between it and the verb; it is not where the event is.
          if (chars_.at(j) == U'上' && is_meeting(j)) break;
          if (!tables_.event_verbs.longest_at(chars_.text, j)) continue;
          const std::size_t place_end = without_adverbs(i + 1, j);  // 在北京隆重召开
          const std::u32string_view place(chars_.text.data() + i + 1, place_end - i - 1);
          if (is_place(place)) return utf8(chars_, i + 1, place_end, text_);
          break;
        }
      }
      for (std::u32string_view arrive : {U"来到", U"走进", U"莅临", U"赴", U"來到", U"蒞臨"}) {
        if (!chars_.has(i, arrive)) continue;
        std::size_t j = i + arrive.size();
        while (j < end && !ends_clause(chars_.at(j)) && chars_.at(j) != U'为' &&
               !tables_.event_verbs.longest_at(chars_.text, j))
          ++j;
        const std::u32string_view place(chars_.text.data() + i + arrive.size(),
                                        j - i - arrive.size());
        if (is_place(place)) return utf8(chars_, i + arrive.size(), j, text_);
      }
    }
    return {};
  }

  /// A quoted name holding an event noun (“2017国是论坛”), or the words from the verb to the
  /// last noun after it (召开 质量提升工作座谈会), or the subject that ends in a noun right
  /// before the verb (…专题培训班 开班).
  std::string find_title(std::size_t begin, std::size_t end, std::size_t clause_begin,
                         std::size_t verb, std::size_t verb_end,
                         const std::vector<std::pair<std::size_t, std::size_t>>& nouns) const {
    for (std::size_t i = begin; i < end; ++i) {
      if (chars_.at(i) != U'“' && chars_.at(i) != U'《') continue;
      const char32_t close = chars_.at(i) == U'“' ? U'”' : U'》';
      const std::size_t closing = chars_.text.find(close, i + 1);
      if (closing == std::u32string::npos || closing >= end) break;
      if (!find_nouns(i + 1, closing).empty()) return utf8(chars_, i + 1, closing, text_);
      i = closing;
    }
    // The subject: a noun just before the verb or before 在/于 and the place.
    std::size_t title_begin = 0;
    std::size_t title_end = 0;
    for (const auto& [at, length] : nouns) {
      const char32_t next = chars_.at(at + length);
      if (at < verb && (at + length == verb || next == U'在' || next == U'于')) {
        title_begin = clause_begin;
        title_end = at + length;
        break;
      }
      if (at >= verb_end) {  // else the object: from the verb, or from a later verb (赴X开展调研)
        title_begin = verb_end;
        title_end = at + length;
        for (std::size_t i = verb_end; i < at; ++i)
          if (const std::size_t n = tables_.event_verbs.longest_at(chars_.text, i);
              n && i + n <= at)
            title_begin = i + n;
      }
    }
    if (title_end == 0) return {};
    for (std::size_t i = title_begin; i < title_end; ++i)
      if (ends_clause(chars_.at(i))) return {};
    // 以“…”为主题的第二届…圆桌会议: the theme is not the name.
    for (std::u32string_view theme : {U"为主题的", U"为题的", U"為主題的"}) {
      const std::size_t found = chars_.text.find(theme, title_begin);
      if (found != std::u32string::npos && found + theme.size() < title_end)
        title_begin = found + theme.size();
    }
    // 由X主持的Y课题开题论证会: the attribute is not the name either.
    for (std::size_t i = title_begin; i < title_end; ++i)
      if (chars_.at(i) == U'的' && !quoted_[i]) title_begin = i + 1;
    while (title_begin < title_end && !detail::is_han(chars_.at(title_begin)) &&
           !detail::is_decimal_digit(chars_.at(title_begin)) && chars_.at(title_begin) != U'“' &&
           chars_.at(title_begin) != U'《')
      ++title_begin;
    return utf8(chars_, title_begin, title_end, text_);
  }

  /// The subject before the verb: from the clause start to 在/于 or the verb.
  std::string find_organizer(std::size_t clause_begin, std::size_t verb) const {
    std::size_t begin = verb;
    while (begin > clause_begin && !ends_clause(chars_.at(begin - 1))) --begin;
    std::size_t end = begin;
    while (end < verb && chars_.at(end) != U'在' && chars_.at(end) != U'于') ++end;
    while (begin < end && detail::is_space(chars_.at(begin))) ++begin;
    end = without_adverbs(begin, end);
    // X司长一行五人: the party is X's, led by the person before 一行.
    if (const std::size_t party = chars_.text.find(U"一行", begin); party < end) end = party;
    if (end == begin || end - begin > 30) return {};
    // A subject that names an event (…签约仪式在X举行) is what is held, not who holds it.
    if (tables_.event_nouns_reversed.longest_ending_at(chars_.text, end) > 0) return {};
    return utf8(chars_, begin, end, text_);
  }

 private:
  /// The end of [begin, end) without the adverbs that stand before a verb (联合主办, 正式发布).
  std::size_t without_adverbs(std::size_t begin, std::size_t end) const {
    for (bool found = true; found;) {
      found = false;
      for (std::u32string_view adverb : {U"联合", U"共同", U"正式", U"隆重", U"顺利", U"近日",
                                         U"首次", U"再次", U"于", U"聯合"}) {
        if (end - begin > adverb.size() &&
            chars_.text.compare(end - adverb.size(), adverb.size(), adverb) == 0) {
          end -= adverb.size();
          found = true;
        }
      }
    }
    return end;
  }

  /// Whether the text before `end` ends in a meeting: 会 or an event noun (会上, 论坛上).
  bool is_meeting(std::size_t end) const {
    const char32_t last = chars_.at(end - 1);
    return last == U'会' || last == U'會' ||
           tables_.event_nouns_reversed.longest_ending_at(chars_.text, end) > 0;
  }

  /// A noun ends a word where punctuation, a conjunction or a verb follows it: 会议及, 论坛在,
  /// 座谈会召开; not 会议精神.
  bool ends_noun(std::size_t end) const {
    const char32_t c = chars_.at(end);
    if (c == 0 || !detail::is_han(c)) return true;
    if (std::u32string_view(U"及和与暨在于上并期”").find(c) != std::u32string_view::npos)
      return true;
    return tables_.event_verbs.longest_at(chars_.text, end) > 0;
  }

  const Chars& chars_;
  std::string_view text_;
  const Lexicon::Tables& tables_;
  std::vector<bool> quoted_;
};

}  // namespace

std::vector<Event> find_events(const std::vector<Passage>& passages,
                               const std::vector<DateMention>& dates,
                               const std::vector<Person>& people, const Lexicon& lexicon) {
  std::vector<Event> events;
  const Lexicon::Tables& tables = lexicon.tables();
  std::deque<Chars> decoded;
  for (std::size_t d = 0; d < dates.size();) {
    const std::size_t p = dates[d].passage;
    std::size_t next = d;
    while (next < dates.size() && dates[next].passage == p) ++next;
    const Passage& passage = passages[p];
    if (passage.article == 0 || (passage.block && passage.block->kind != BlockKind::paragraph)) {
      d = next;
      continue;
    }
    const Chars& chars = detail::code_points_of(passage, decoded);
    const SentenceReader reader(chars, passage.text, tables);
    for (std::size_t i = d; i < next; ++i) {
      const DateMention& date = dates[i];
      if (!can_date_event(date)) continue;
      const std::size_t date_begin = chars.index_at(date.begin);
      const std::size_t date_end = chars.index_at(date.end);
      if (is_bound(chars, date_begin, date_end)) continue;
      // The event's words run to the sentence end or the next date, whichever comes first.
      std::size_t sentence_begin = date_begin;
      while (sentence_begin > 0 && !ends_sentence(chars.at(sentence_begin - 1))) --sentence_begin;
      std::size_t end = date_end;
      while (end < chars.text.size() && !ends_sentence(chars.at(end))) ++end;
      for (std::size_t j = i + 1; j < next; ++j)
        if (can_date_event(dates[j])) {
          end = std::min(end, chars.index_at(dates[j].begin));
          break;
        }
      auto [verb, verb_length] = reader.find_verb(date_end, end);
      if (verb == npos) {
        // No verb, but an event noun outside a book title: 为师生作了题为《…》的学术报告
        // reports an event too.
        const auto nouns = reader.find_nouns(date_end, end);
        const auto free = std::find_if(nouns.begin(), nouns.end(), [&](const auto& noun) {
          return !reader.in_book_title(noun.first);
        });
        if (free == nouns.end()) continue;
        verb = free->first;
        verb_length = 0;
      }

      Event event;
      event.date = date;
      event.passage = p;
      event.article = passage.article;
      event.line = date.line;
      std::size_t sentence_end = end;
      while (sentence_end < chars.text.size() && !ends_sentence(chars.at(sentence_end)))
        ++sentence_end;
      event.sentence =
          utf8(chars, sentence_begin, std::min(sentence_end + 1, chars.text.size()), passage.text);
      // Nouns of the verb's clause: its object, or the subject of 论坛在北京举行; else of the
      // rest of the sentence (来到…，为学子上了一堂思政课). Never the place's own nouns.
      event.place = reader.find_place(date_end, end);
      std::size_t clause_begin = verb;
      while (clause_begin > date_end && !ends_clause(chars.at(clause_begin - 1))) --clause_begin;
      std::size_t clause_end = verb + verb_length;
      while (clause_end < end && !ends_clause(chars.at(clause_end))) ++clause_end;
      auto nouns = reader.find_nouns(clause_begin, clause_end, event.place);
      if (nouns.empty()) nouns = reader.find_nouns(verb + verb_length, end, event.place);
      for (const auto& [at, length] : nouns) {
        const std::string noun = utf8(chars, at, at + length, passage.text);
        if (event.kind.find(noun) == std::string::npos)
          event.kind += (event.kind.empty() ? "" : ";") + noun;
      }
      if (event.kind.empty()) event.kind = utf8(chars, verb, verb + verb_length, passage.text);
      event.title =
          reader.find_title(sentence_begin, end, clause_begin, verb, verb + verb_length, nouns);
      event.organizer = reader.find_host(sentence_begin, end);
      if (event.organizer.empty() &&
          is_holding_verb(std::u32string_view(chars.text.data() + verb, verb_length)))
        event.organizer = reader.find_organizer(date_end, verb);
      const std::size_t first_byte = chars.offsets[sentence_begin];
      const std::size_t last_byte = chars.offsets[sentence_end];
      for (const Person& person : people) {
        if (person.in_passing) continue;  // cited (商鞅变法), not taking part
        for (const Mention& m : person.mentions)
          if (m.passage == p && m.begin >= first_byte && m.end <= last_byte) {
            event.participants.push_back(person.name);
            break;
          }
      }
      events.push_back(std::move(event));
    }
    d = next;
  }
  return events;
}

}  // namespace jianbao
