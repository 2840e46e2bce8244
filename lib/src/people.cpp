// SPDX-License-Identifier: MIT
// People: names anchored by job titles (NAME+TITLE, TITLE+NAME), with the organisation written
// before them, then later mentions of the same names.
#include "jianbao/people.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "detail/layout.hpp"
#include "detail/lexicon_tables.hpp"
#include "detail/passage_text.hpp"
#include "detail/utf8.hpp"

namespace jianbao {
namespace {

using detail::is_han;

bool is_punctuation(char32_t c) {
  return !is_han(c) && !(c >= U'0' && c <= U'9') && !(c >= U'A' && c <= U'Z') &&
         !(c >= U'a' && c <= U'z') && !(c >= U'０' && c <= U'９') && c != U'·';
}

constexpr std::size_t npos = static_cast<std::size_t>(-1);
// Organisation names run at most this long before the title or name they qualify.
constexpr std::size_t max_org_length = 32;

// A single character that may stand right before a name: prepositions and conjunctions.
bool is_lead_character(char32_t c) {
  return std::u32string_view(U"由与和及同对向让请在是被将把给跟为等邀").find(c) !=
         std::u32string_view::npos;
}

// Words that end the run of an organisation name when scanning backwards from its suffix.
// Kept to words that never occur inside organisation names (联合会, 材料和技术集团 do).
constexpr std::u32string_view org_boundaries[] = {
    U"邀请", U"来自", U"出席", U"参加", U"包括", U"其中", U"主持", U"以及", U"陪同", U"带领",
    U"率领", U"会见", U"看望", U"在",   U"由",   U"是",   U"为",   U"及",   U"等"};

// Words that make a title of a title (总书记, 副院长, 常务副校长): never an organisation's end.
constexpr std::u32string_view title_prefixes[] = {U"总",   U"副",   U"原",   U"前",   U"代",
                                                  U"常务", U"执行", U"名誉", U"首席", U"高级",
                                                  U"特级", U"资深", U"专职", U"兼职", U"正"};

/// Speech verbs that vouch for a name that is also a word (方向认为，): the verb then a comma,
/// colon or quote, as reported speech is written.
bool opens_reported_speech(const std::u32string& text, std::size_t verb_end) {
  const char32_t c = verb_end < text.size() ? text[verb_end] : 0;
  return c == U'，' || c == U'：' || c == U'“' || c == U',' || c == U':';
}

/// One person found at one place in a passage.
struct Found {
  std::u32string name;
  std::size_t begin = 0;  // code points
  std::size_t end = 0;
  std::vector<std::pair<std::u32string, std::u32string>> affiliations;  // title, organisation
  bool speaker = false;
};

class PassageScanner {
 public:
  PassageScanner(const std::u32string& text, const Lexicon::Tables& tables)
      : text_(text), t_(tables), title_lengths_(text.size()) {
    for (std::size_t pos = 0; pos < text.size(); ++pos)
      title_lengths_[pos] =
          static_cast<std::uint8_t>(std::min<std::size_t>(t_.titles.longest_at(text, pos), 255));
  }

  std::vector<Found> scan() {
    for (std::size_t pos = 0; pos < text_.size();) {
      const std::size_t length = title_lengths_[pos] == 0 ? 0 : title_at(pos);
      if (length == 0) {
        ++pos;
        continue;
      }
      on_title(pos, pos + length);
      pos += length;
    }
    find_speakers();
    add_appointments();
    std::sort(found_.begin(), found_.end(),
              [](const Found& a, const Found& b) { return a.begin < b.begin; });
    return std::move(found_);
  }

 private:
  /// 邀请甲、乙担任评审委员: the people named in the clause before 担任 (or 出任, 兼任,
  /// 当选, 当选为) take the title after it.
  void add_appointments() {
    static constexpr std::u32string_view verbs[] = {U"当选为", U"担任", U"出任", U"兼任", U"当选"};
    for (std::size_t pos = 0; pos < text_.size(); ++pos) {
      const char32_t c = text_[pos];
      if (c != U'担' && c != U'出' && c != U'兼' && c != U'当') continue;  // cheap first test
      std::size_t verb = 0;
      for (std::u32string_view v : verbs) {
        if (text_.compare(pos, v.size(), v) == 0) {
          verb = v.size();
          break;
        }
      }
      if (verb == 0) continue;
      const std::size_t title = title_at(pos + verb);
      if (title == 0) continue;
      std::size_t clause = pos;  // back to the clause's start; 、 joins a list, it does not end it
      while (clause > 0 && !(is_punctuation(text_[clause - 1]) && text_[clause - 1] != U'、'))
        --clause;
      const std::u32string appointed = slice(pos + verb, pos + verb + title);
      for (Found& person : found_)
        if (person.begin >= clause && person.end <= pos)
          person.affiliations.emplace_back(appointed, std::u32string());
      pos += verb + title - 1;
    }
  }

  char32_t at(std::size_t i) const { return i < text_.size() ? text_[i] : 0; }

  /// The longest lexicon title starting at `pos`, from the table the constructor filled:
  /// title_at asks about a position once for every title start whose title runs over it.
  std::size_t title_length_at(std::size_t pos) const {
    if (pos >= title_lengths_.size()) return 0;
    const std::uint8_t length = title_lengths_[pos];
    return length < 255 ? length : t_.titles.longest_at(text_, pos);  // 255: too long to keep
  }

  /// A title starting at `pos`. Not when it is the start of an organisation (主任委员会), nor when
  /// a title starting inside it runs further (上海交大校长 holds 大校 but means 校长). When the
  /// lexicon's title has an organisation in front (中心主任, 学术委员会主任) the title starts
  /// later and the organisation keeps its suffix; party organs (党委副书记) stay in the title.
  std::size_t title_at(std::size_t pos) const {
    const std::size_t length = title_length_at(pos);
    if (length == 0) return 0;
    for (std::size_t k = 1; k < length; ++k)
      if (title_length_at(pos + k) > length - k) return 0;
    const std::u32string_view title = std::u32string_view(text_).substr(pos, length);
    for (std::size_t k = 1; k + 2 <= length; ++k) {
      const std::u32string_view prefix = title.substr(0, k);
      const bool party_organ =
          (prefix.back() == U'委' || prefix.back() == U'組' || prefix.back() == U'组') &&
          (prefix.find(U'党') != prefix.npos || prefix.find(U'黨') != prefix.npos);
      const bool title_prefix = std::find(std::begin(title_prefixes), std::end(title_prefixes),
                                          prefix) != std::end(title_prefixes);
      if (!party_organ && !title_prefix &&
          prefix.substr(prefix.size() - std::min<std::size_t>(2, k)) != U"党组" &&
          t_.titles.contains(title.substr(k)) &&
          t_.org_suffixes_reversed.longest_ending_at(text_, pos + k) > 0)
        return 0;
    }
    const char32_t next = at(pos + length);
    if (std::u32string_view(U"会处室厅局部办组").find(next) != std::u32string_view::npos &&
        next != 0)
      return 0;
    return length;
  }

  /// The length of the title ending just before `end`, read as title_at would read it
  /// (研究室主任 ends with 主任, the 室 closing the organisation); 0 when none.
  std::size_t title_ending_at(std::size_t end) const {
    for (std::size_t length = t_.titles.longest_ending_at(text_, end); length >= 2; --length)
      if (title_at(end - length) == length) return length;
    return 0;
  }

  bool is_stop_at(std::size_t pos, bool single_allowed) const {
    const std::size_t length = t_.stops.longest_at(text_, pos);
    return length >= 2 || (single_allowed && length == 1);
  }

  /// The candidate is a word that is not a name (高度), or, with `prefixes`, starts with one
  /// (方面的); next to a title, only the whole candidate counts (林立涛 is a name, 林立 a word).
  bool blocked_word(std::size_t begin, std::size_t end, bool prefixes = true) const {
    if (!prefixes)
      return t_.not_names.contains(std::u32string_view(text_).substr(begin, end - begin));
    for (std::size_t e = begin + 2; e <= end; ++e)
      if (t_.not_names.contains(std::u32string_view(text_).substr(begin, e - begin))) return true;
    return false;
  }

  /// Given-name characters: Han, and not the grammar words that never stand in a name.
  bool given_name_ok(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      if (!is_han(at(i)) ||
          std::u32string_view(U"的了是在与及等对把被从于们这那个也都就又而并为").find(at(i)) !=
              std::u32string_view::npos)
        return false;
    }
    return true;
  }

  /// The surname a name could start with at `pos`, or 0: not when the given name would begin
  /// with a title (林校长) or the surname starts a verb that follows names (强调, 解读).
  std::size_t surname_at(std::size_t pos) const {
    const std::size_t surname = t_.surnames.longest_at(text_, pos);
    if (surname == 0 || title_length_at(pos + surname) > 0 || t_.stops.longest_at(text_, pos) >= 2)
      return 0;
    return surname;
  }

  /// 和, 向, 高 …: a one-character surname that is more often an ordinary word.
  bool weak_surname_at(std::size_t pos) const {
    return t_.weak_surnames.longest_at(text_, pos) == 1 && t_.surnames.longest_at(text_, pos) == 1;
  }

  /// A name starting at `pos`: surname then one or two given characters, ended by punctuation,
  /// a title, or a word that follows names (表示, 认为 …). Returns its length or 0.
  /// `after_title`: a title stands just before, which vouches for names that are also words
  /// (院长方向认为) and for transliterated names.
  std::size_t name_after(std::size_t pos, bool after_title) const {
    const std::size_t surname = surname_at(pos);
    if (surname == 0) return after_title ? transliterated_name_at(pos) : 0;
    const bool weak = weak_surname_at(pos);  // 校长和一线教师: 和 needs a clear end
    const auto strong_end = [&](std::size_t end) {
      const char32_t c = at(end);
      return end >= text_.size() || is_punctuation(c) || is_stop_at(end, false) ||
             (!weak && (title_at(end) > 0 || detail::is_decimal_digit(c)));
    };
    const auto fits = [&](std::size_t given) {
      const std::size_t end = pos + surname + given;
      if (end > text_.size() || !given_name_ok(pos + surname, end)) return false;
      // A name that is also a word stands only between a title and a speech verb.
      return !blocked_word(pos, end, !after_title) ||
             (after_title && is_stop_at(end, false) &&
              opens_reported_speech(text_, end + t_.stops.longest_at(text_, end)));
    };
    if (fits(1) && strong_end(pos + surname + 1)) return surname + 1;
    if (fits(2) && (strong_end(pos + surname + 2) || is_stop_at(pos + surname + 2, true)))
      return surname + 2;
    if (!weak && fits(1) && is_stop_at(pos + surname + 1, true)) return surname + 1;
    return 0;
  }

  /// 约翰·史密斯: Han syllables joined by a middle dot.
  std::size_t transliterated_name_at(std::size_t pos) const {
    std::size_t i = pos, parts = 0, last = pos;
    for (;;) {
      last = i;
      while (i < text_.size() && is_han(text_[i]) && i - last < 5) ++i;
      if (i == last) return 0;
      ++parts;
      if (at(i) != U'·' && at(i) != U'•') break;
      ++i;
    }
    if (parts < 2) return 0;
    // The last syllables run on into the text (史密斯作报告): keep the shortest run of two or
    // more that ends where a name can end, else three characters, the usual length.
    for (std::size_t end = std::min(i, last + 2); end <= i; ++end) {
      const char32_t c = at(end);
      if (end >= text_.size() || is_punctuation(c) || is_stop_at(end, true) || title_at(end) > 0)
        return end - pos;
    }
    return std::min(i, last + 3) - pos;
  }

  bool boundary_before(std::size_t pos) const {
    if (pos == 0) return true;
    const char32_t c = text_[pos - 1];
    return is_punctuation(c) || detail::is_decimal_digit(c) || is_lead_character(c) ||
           t_.org_suffixes_reversed.longest_ending_at(text_, pos) > 0 ||
           t_.titles.longest_ending_at(text_, pos) > 0;
  }

  /// A name ending just before `end` (NAME+TITLE); returns its start or npos. Three
  /// characters need a boundary before them; two are taken when three do not fit; a weak
  /// surname needs punctuation or an organisation before it (校长和一线教师 names no one).
  std::size_t name_before(std::size_t end) const {
    const auto valid = [&](std::size_t length, bool strict) {
      if (length > end) return false;
      const std::size_t start = end - length;
      const std::size_t surname = surname_at(start);
      // Without a boundary, three characters only as compound surname + one (代表欧阳静讲师).
      if (!strict && length == 3 && surname != 2) return false;
      if (surname == 0 || length <= surname || length - surname > 2 ||
          !given_name_ok(start + surname, end) || blocked_word(start, end, false))
        return false;
      if (weak_surname_at(start))
        return start == 0 || is_punctuation(text_[start - 1]) ||
               t_.org_suffixes_reversed.longest_ending_at(text_, start) > 0;
      // Two characters inside a longer word (蓝皮书主编) are not a name: a surname right
      // before them would have made the three-character name instead.
      if (!strict && start > 0 && is_han(text_[start - 1]) &&
          t_.surnames.longest_at(text_, start - 1) > 0 &&
          t_.titles.longest_ending_at(text_, start) == 0)
        return false;
      return !strict || boundary_before(start);
    };
    for (const auto& [length, strict] :
         {std::pair<std::size_t, bool>{3, true}, {4, true}, {2, false}, {3, false}})
      if (valid(length, strict)) return end - length;
    return npos;
  }

  /// The organisation written just before `end`, e.g. 国家质检总局 in 国家质检总局黄国梁司长:
  /// a run ending in an organisation suffix, back to punctuation or a boundary word.
  std::pair<std::size_t, std::size_t> org_before(std::size_t end) const {
    std::size_t q = end;
    while (q > 0 && text_[q - 1] == U' ') --q;
    // 生物医学工程学院 2017 级硕士生: the cohort sits between organisation and title.
    if (q > 0 && text_[q - 1] == U'级') {
      std::size_t d = q - 1;
      while (d > 0 && text_[d - 1] == U' ') --d;
      const std::size_t digits_end = d;
      while (d > 0 && detail::is_decimal_digit(text_[d - 1])) --d;
      if (d < digits_end) {
        q = d;
        while (q > 0 && text_[q - 1] == U' ') --q;
      }
    }
    const std::size_t org_end = q;
    if (q > 0 && (text_[q - 1] == U'）' || text_[q - 1] == U')')) {  // 国际标准化组织（ISO）
      std::size_t open = q - 1;
      while (open > 0 && text_[open - 1] != U'（' && text_[open - 1] != U'(' && q - open < 12)
        --open;
      if (open == 0 || q - open >= 12) return {npos, npos};
      q = open - 1;
    }
    if (t_.org_suffixes_reversed.longest_ending_at(text_, q) == 0) return {npos, npos};
    std::size_t begin = q;
    while (begin > 0 && org_end - begin < max_org_length) {
      const char32_t c = text_[begin - 1];
      if (is_punctuation(c) && c != U'（' && c != U'）') break;
      bool boundary = false;
      for (std::u32string_view word : org_boundaries) {
        if (begin >= word.size() && text_.compare(begin - word.size(), word.size(), word) == 0) {
          boundary = true;
          break;
        }
      }
      if (boundary) break;
      --begin;
    }
    while (begin < q && detail::is_decimal_digit(text_[begin]))
      ++begin;  // a date run into the name
    return {begin, org_end};
  }

  std::u32string slice(std::size_t begin, std::size_t end) const {
    return text_.substr(begin, end - begin);
  }

  /// The title and organisation standing before `title_begin`, and the chain of
  /// "ORG TITLE、ORG TITLE" before that (上海交大校长、党委副书记、中国工程院院士林忠钦).
  std::vector<std::pair<std::u32string, std::u32string>> affiliations_before(
      std::size_t title_begin, std::size_t title_end) const {
    std::vector<std::pair<std::u32string, std::u32string>> result;
    std::size_t begin = title_begin, end = title_end;
    for (;;) {
      std::u32string title = slice(begin, end);
      auto [org_begin, org_end] = org_before(begin);
      std::u32string org = org_begin == npos ? std::u32string() : slice(org_begin, org_end);
      // 原国务院参事: the 原 belongs to the title.
      for (char32_t former : {U'原', U'前'}) {
        if (!org.empty() && org.front() == former) {
          org.erase(0, 1);
          title.insert(title.begin(), former);
        } else if (org.empty() && begin > 0 && text_[begin - 1] == former) {
          title.insert(title.begin(), former);
        }
      }
      result.emplace_back(std::move(title), std::move(org));
      std::size_t cursor = org_begin == npos ? begin : org_begin;
      if (cursor == 0 || text_[cursor - 1] != U'、') break;
      const std::size_t previous = title_ending_at(cursor - 1);
      // 严立诚研究员、副所长蒋文澜: a title with its own name before it is that person's.
      if (previous == 0 || name_before(cursor - 1 - previous) != npos) break;
      end = cursor - 1;
      begin = end - previous;
    }
    std::reverse(result.begin(), result.end());
    return result;
  }

  /// Records a person unless the span overlaps one already found (阳为 inside 屈正阳为).
  void add(std::size_t begin, std::size_t end,
           std::vector<std::pair<std::u32string, std::u32string>> affiliations) {
    for (Found& other : found_) {
      if (other.begin == begin && other.end == end) {  // 主任蒋炜教授: one more title
        other.affiliations.insert(other.affiliations.end(), affiliations.begin(),
                                  affiliations.end());
        return;
      }
      if (begin < other.end && end > other.begin) return;
    }
    found_.push_back({slice(begin, end), begin, end, std::move(affiliations), false});
  }

  void on_title(std::size_t title_begin, std::size_t title_end) {
    // TITLE+NAME: 副院长潘尔顺, then a list sharing the title: 副院长蔡满堂、沈体雁.
    std::size_t name_length = name_after(title_end, true);
    if (name_length == 0 && at(title_end) == U'的') {  // 做访问学者的程虹
      name_length = name_after(title_end + 1, false);
      if (name_length > 0) {
        add(title_end + 1, title_end + 1 + name_length, {{slice(title_begin, title_end), {}}});
        return;
      }
    }
    if (name_length > 0) {
      const auto affiliations = affiliations_before(title_begin, title_end);
      std::size_t end = title_end + name_length;
      add(title_end, end, affiliations);
      while (at(end) == U'、' || at(end) == U'和' || at(end) == U'及') {
        const std::size_t next = name_after(end + 1, false);
        const char32_t after = at(end + 1 + next);
        if (next == 0 || title_at(end + 1 + next) > 0 ||
            !(after == 0 || is_punctuation(after) || after == U'等' ||
              is_stop_at(end + 1 + next, true)))
          break;
        add(end + 1, end + 1 + next, affiliations);
        end += 1 + next;
      }
      return;
    }
    // NAME+TITLE: 国家质检总局黄国梁司长.
    const std::size_t name_begin = name_before(title_begin);
    if (name_begin == npos) return;
    if (blocked_word(name_begin, title_begin)) return;
    const auto [org_begin, org_end] = org_before(name_begin);
    std::u32string org = org_begin == npos ? std::u32string() : slice(org_begin, org_end);
    add(name_begin, title_begin, {{slice(title_begin, title_end), std::move(org)}});
  }

  /// NAME + speech verb at the start of a clause: 张纲认为, 林忠钦表示.
  void find_speakers() {
    for (std::size_t pos = 0; pos < text_.size(); ++pos) {
      if (pos > 0 && !is_punctuation(text_[pos - 1])) continue;
      if (weak_surname_at(pos)) continue;
      const std::size_t length = name_after(pos, false);
      if (length == 0 || !is_stop_at(pos + length, false)) continue;
      const auto same = std::find_if(found_.begin(), found_.end(), [&](const Found& f) {
        return f.begin < pos + length && f.end > pos;
      });
      if (same == found_.end()) {
        found_.push_back({slice(pos, pos + length), pos, pos + length, {}, true});
      } else if (same->begin == pos && same->end == pos + length) {
        same->speaker = true;
      }
    }
  }

  const std::u32string& text_;
  const Lexicon::Tables& t_;
  std::vector<std::uint8_t> title_lengths_;  // titles.longest_at at each position, at most 255
  std::vector<Found> found_;
};

std::string to_utf8(std::u32string_view chars) {
  std::string out;
  for (char32_t c : chars) detail::append_utf8(out, c);
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

/// Where a person is named in a passage, in code points.
struct NameSpan {
  std::size_t begin;
  std::size_t end;
  std::size_t person;
};

bool overlaps(const std::vector<NameSpan>& spans, std::size_t begin, std::size_t end) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const NameSpan& s) { return begin < s.end && end > s.begin; });
}

/// Collects people by name across the passages of one bulletin.
class PeopleBook {
 public:
  std::size_t record(const Found& found) {
    auto [it, added] = index_.try_emplace(found.name, people_.size());
    if (added) {
      people_.emplace_back().name = to_utf8(found.name);
      names_.push_back(found.name);
      speakers_.push_back(false);
    }
    const std::size_t i = it->second;
    Person& person = people_[i];
    speakers_[i] = speakers_[i] || found.speaker;
    for (const auto& [title, org] : found.affiliations) {
      std::pair<std::string, std::string> pair{to_utf8(title), to_utf8(org)};
      add_unique(person.titles, pair.first);
      add_unique(person.organizations, pair.second);
      if (std::find(person.affiliations.begin(), person.affiliations.end(), pair) ==
          person.affiliations.end())
        person.affiliations.push_back(std::move(pair));
    }
    return i;
  }

  /// Figures of the lexicon (商鞅, 戴明) where no anchored name stands: people named in
  /// passing, unless a title elsewhere anchors them. Not where the name stands for a doctrine
  /// or an institution (马克思主义, 毛泽东思想, 孔子学院).
  void add_figures(const std::u32string& text, const Lexicon::Tables& tables,
                   std::vector<NameSpan>& spans) {
    for (std::size_t at = 0; at < text.size(); ++at) {
      const std::size_t length = tables.figures.longest_at(text, at);
      if (length == 0) continue;
      const std::size_t end = at + length;
      const std::u32string_view after = std::u32string_view(text).substr(end, 2);
      if (overlaps(spans, at, end) || after == U"主义" || after == U"思想" || after == U"学院" ||
          after == U"主義" || after == U"學院")
        continue;
      Found figure;
      figure.name = text.substr(at, length);
      figure.begin = at;
      figure.end = end;
      spans.push_back({at, end, record(figure)});
      at = end - 1;
    }
  }

  /// Once every anchored name is recorded: the names that later mentions may repeat, longest
  /// first (王明远 before 王明), and a bitmap of their first characters that lets one pass over
  /// a text skip almost every position without comparing names. Names that are also words
  /// (方向) count only where a title or verb anchored them.
  void index_names(const Lexicon::Tables& tables) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (tables.not_names.contains(names_[i])) continue;
      mention_order_.push_back(i);
      first_characters_.set(names_[i][0] % first_characters_.size());
    }
    std::stable_sort(
        mention_order_.begin(), mention_order_.end(),
        [&](std::size_t a, std::size_t b) { return names_[a].size() > names_[b].size(); });
  }

  /// Mentions of the names index_names chose, not yet in `spans`.
  void add_name_mentions(const std::u32string& text, const Lexicon::Tables& tables,
                         std::vector<NameSpan>& spans) const {
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (!first_characters_.test(text[at] % first_characters_.size())) continue;
      for (std::size_t i : mention_order_) {
        const std::u32string& name = names_[i];
        if (name[0] != text[at] || text.compare(at, name.size(), name) != 0) continue;
        // 王明 is not mentioned in 王明远: the name must end where a name can end.
        const std::size_t end = at + name.size();
        const bool ends = end >= text.size() || !is_han(text[end]) ||
                          tables.stops.longest_at(text, end) > 0 ||
                          tables.titles.longest_at(text, end) > 0;
        if (ends && !overlaps(spans, at, end)) spans.push_back({at, end, i});
        break;
      }
    }
  }

  /// 林校长, 潘院长: a surname and a title name the one person of that surname holding it.
  void add_surname_title_mentions(const std::u32string& text, const Lexicon::Tables& tables,
                                  std::vector<NameSpan>& spans) const {
    for (std::size_t at = 0; at + 1 < text.size(); ++at) {
      const std::size_t surname = tables.surnames.longest_at(text, at);
      if (surname == 0) continue;
      const std::size_t title = tables.titles.longest_at(text, at + surname);
      if (title == 0 || overlaps(spans, at, at + surname + title)) continue;
      const std::string title_text = to_utf8(text.substr(at + surname, title));
      std::size_t match = npos;
      for (std::size_t i = 0; i < names_.size(); ++i) {
        const auto& titles = people_[i].titles;
        // 潘院长 also names a 副院长: the 副 is dropped when addressing a deputy.
        const bool holds = std::any_of(titles.begin(), titles.end(), [&](const std::string& t) {
          return t == title_text || t == "副" + title_text;
        });
        const bool same_surname = names_[i].size() > surname &&
                                  names_[i].compare(0, surname, text, at, surname) == 0 &&
                                  tables.surnames.longest_at(names_[i], 0) == surname;
        if (!same_surname || !holds) continue;
        match = match == npos ? i : npos - 1;  // npos - 1: ambiguous
      }
      if (match < npos - 1) spans.push_back({at, at + surname + title, match});
    }
  }

  std::vector<Person> finish() {
    for (std::size_t i = 0; i < people_.size(); ++i) {
      Person& person = people_[i];
      person.in_passing = person.titles.empty() && person.organizations.empty() && !speakers_[i];
    }
    std::stable_sort(people_.begin(), people_.end(), [](const Person& a, const Person& b) {
      return a.first_line() < b.first_line();
    });
    return std::move(people_);
  }

  Person& operator[](std::size_t i) { return people_[i]; }

 private:
  std::map<std::u32string, std::size_t> index_;
  std::vector<std::u32string> names_;
  std::vector<Person> people_;
  std::vector<bool> speakers_;
  std::vector<std::size_t> mention_order_;  // see index_names
  std::bitset<4096> first_characters_;
};

}  // namespace

std::vector<Person> find_people(const std::vector<Passage>& passages, const Lexicon& lexicon) {
  const Lexicon::Tables& tables = lexicon.tables();
  std::deque<detail::CodePoints> decoded;
  std::vector<const detail::CodePoints*> texts;
  texts.reserve(passages.size());
  for (const Passage& passage : passages)
    texts.push_back(&detail::code_points_of(passage, decoded));

  // Pass 1: people anchored by a title or a speech verb.
  PeopleBook book;
  std::vector<std::vector<NameSpan>> spans(passages.size());
  for (std::size_t p = 0; p < passages.size(); ++p)
    for (const Found& found : PassageScanner(texts[p]->text, tables).scan())
      spans[p].push_back({found.begin, found.end, book.record(found)});

  // Figures cited as examples, where nothing anchored stands.
  for (std::size_t p = 0; p < passages.size(); ++p)
    book.add_figures(texts[p]->text, tables, spans[p]);

  // Pass 2: later mentions, by full name or by surname and title.
  book.index_names(tables);
  for (std::size_t p = 0; p < passages.size(); ++p) {
    book.add_name_mentions(texts[p]->text, tables, spans[p]);
    book.add_surname_title_mentions(texts[p]->text, tables, spans[p]);
    std::sort(spans[p].begin(), spans[p].end(),
              [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
    const std::vector<std::size_t>& offsets = texts[p]->offsets;
    for (const NameSpan& span : spans[p]) {
      Person& person = book[span.person];
      person.mentions.push_back(
          {passages[p].line, passages[p].article, offsets[span.begin], offsets[span.end], p});
      const std::size_t article = passages[p].article;
      if (article != 0 && std::find(person.articles.begin(), person.articles.end(), article) ==
                              person.articles.end())
        person.articles.push_back(article);
    }
  }
  return book.finish();
}

}  // namespace jianbao
