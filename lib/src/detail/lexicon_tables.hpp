// SPDX-License-Identifier: MIT
// The lexicons as tries, shared by the extractors that read them.
#pragma once

#include "detail/trie.hpp"
#include "jianbao/lexicon.hpp"

namespace jianbao {

using detail::Trie;

struct Lexicon::Tables {
  Trie surnames;
  Trie weak_surnames;  // 和, 向, 高 …: names need a title next to them
  // 原局长, 常务副校长, 代主任: the prefixes combine with every title (titles.txt says so).
  detail::PrefixedTrie titles{U"原",     U"前",   U"代",     U"副",   U"常务",
                              U"常务副", U"执行", U"执行副", U"名誉", U"代理"};
  Trie org_suffixes_reversed;
  Trie not_names;
  Trie stops;  // words that follow a name: 表示 指出 认为 …, and single characters 为 在 …
  Trie event_nouns;  // 座谈会, 研讨会, 论坛, 培训班 …
  Trie event_nouns_reversed;
  Trie event_verbs;  // 召开, 举办, 开班, 启动 …
  Trie figures;      // 商鞅, 戴明 …: people cited as examples
};

}  // namespace jianbao
