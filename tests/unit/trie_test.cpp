// SPDX-License-Identifier: MIT
// The lexicon tries (a private header): longest matches both ways, and a trie of words under
// prefixes that must answer exactly as one trie of every prefixed form would.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "detail/trie.hpp"

using jianbao::detail::PrefixedTrie;
using jianbao::detail::reversed;
using jianbao::detail::Trie;

TEST_CASE("a trie finds the longest word starting or ending at a position", "[trie]") {
  Trie words, backwards;
  for (std::u32string_view word : {U"主任", U"主任委员", U"委员"}) {
    words.insert(word);
    backwards.insert(reversed(word));
  }
  const std::u32string text = U"副主任委员会";
  CHECK(words.longest_at(text, 1) == 4);  // 主任委员, not 主任
  CHECK(words.longest_at(text, 3) == 2);  // 委员
  CHECK(words.longest_at(text, 0) == 0);
  CHECK(words.longest_at(text, text.size()) == 0);
  CHECK(backwards.longest_ending_at(text, 5) == 4);  // 主任委员 ends before 会
  CHECK(backwards.longest_ending_at(text, 3) == 2);
  CHECK(backwards.longest_ending_at(text, 0) == 0);
  std::vector<std::size_t> lengths;
  words.each_at(text, 1, [&](std::size_t length) { lengths.push_back(length); });
  CHECK(lengths == std::vector<std::size_t>{2, 4});
  CHECK(words.contains(U"委员"));
  CHECK_FALSE(words.contains(U"委"));
  CHECK_FALSE(words.contains(U""));
}

TEST_CASE("a prefixed trie answers as the trie of every prefixed form", "[trie]") {
  const std::vector<std::u32string_view> prefixes = {U"原",     U"副", U"常务",
                                                     U"常务副", U"代", U"代理"};
  const std::vector<std::u32string_view> words = {U"局长", U"副局长",   U"校长",
                                                  U"主任", U"主任委员", U"教授"};
  PrefixedTrie prefixed{U"原", U"副", U"常务", U"常务副", U"代", U"代理"};
  Trie expanded, expanded_backwards;
  for (std::u32string_view word : words) {
    prefixed.insert(word);
    expanded.insert(word);
    expanded_backwards.insert(reversed(word));
    for (std::u32string_view prefix : prefixes) {
      const std::u32string form = std::u32string(prefix) + std::u32string(word);
      expanded.insert(form);
      expanded_backwards.insert(reversed(form));
    }
  }
  const std::u32string text = U"原副局长常务副校长代理主任委员会副教授代主任常务局长常务副局长";
  for (std::size_t pos = 0; pos <= text.size(); ++pos) {
    INFO("position " << pos);
    CHECK(prefixed.longest_at(text, pos) == expanded.longest_at(text, pos));
    CHECK(prefixed.longest_ending_at(text, pos) == expanded_backwards.longest_ending_at(text, pos));
    for (std::size_t length = 0; pos + length <= text.size() && length <= 8; ++length) {
      const std::u32string_view piece = std::u32string_view(text).substr(pos, length);
      CHECK(prefixed.contains(piece) == expanded.contains(piece));
    }
  }
  CHECK(prefixed.longest_at(text, 4) == 5);         // 常务副校长
  CHECK(prefixed.longest_ending_at(text, 9) == 5);  // …常务副校长
  CHECK(prefixed.contains(U"代理主任委员"));
  CHECK_FALSE(prefixed.contains(U"原原局长"));  // prefixes do not stack
}
