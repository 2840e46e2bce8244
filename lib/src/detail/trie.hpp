// SPDX-License-Identifier: MIT
// A trie over code points for the lexicons: longest match forwards or backwards in one walk.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace jianbao::detail {

/// Trie edges: (node, character) -> child, in one open-addressed table (linear probing). A
/// lookup is a multiply, a mask and usually one probe into one cache line, where
/// std::unordered_map chases nodes.
class EdgeTable {
 public:
  /// The child stored for `key`, 0 when none.
  std::uint32_t find(std::uint64_t key) const {
    if (slots_.empty()) return 0;
    for (std::size_t i = index(key);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.child == 0) return 0;
      if (slot.key == key) return slot.child;
    }
  }

  /// The place for `key`'s child, created (holding 0) when new.
  std::uint32_t& slot(std::uint64_t key) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    std::size_t i = index(key);
    while (slots_[i].child != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].child == 0 && slots_[i].key != key) {
      slots_[i].key = key;
      ++used_;
    }
    return slots_[i].child;
  }

 private:
  // Key and child side by side: a probe touches one cache line, not one in each of two arrays.
  struct Slot {
    std::uint64_t key = empty_key;
    std::uint32_t child = 0;  // 0 while empty: no child is node 0, the root
  };

  std::size_t index(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask_;
  }

  void grow() {
    std::vector<Slot> slots = std::move(slots_);
    const std::size_t size = slots.empty() ? 1024 : slots.size() * 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    used_ = 0;
    for (const Slot& old : slots)
      if (old.child != 0) slot(old.key) = old.child;
  }

  // No real key has all bits set: node ids fit in 43 bits.
  static constexpr std::uint64_t empty_key = ~std::uint64_t{0};
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
};

/// A trie over code points: longest match in one walk, no allocation per lookup.
class Trie {
 public:
  void insert(std::u32string_view word) {
    if (word.empty()) return;
    std::uint32_t node = 0;
    for (char32_t c : word) {
      if (node == 0 && c < first_step_.size()) starts_[c / 64] |= std::uint64_t{1} << (c % 64);
      std::uint32_t& slot =
          node == 0 && c < first_step_.size() ? first_step_[c] : edges_.slot(key(node, c));
      if (slot == 0) {
        slot = node_count_++;
        terminal_.push_back(false);
      }
      node = slot;
    }
    terminal_[node] = true;
  }

  /// False when no word starts with `c`: the answer for most characters of running text,
  /// given without a walk.
  bool may_start(char32_t c) const {
    return c >= first_step_.size() || ((starts_[c / 64] >> (c % 64)) & 1) != 0;
  }

  /// Length of the longest word starting at `pos` (0 when none).
  std::size_t longest_at(std::u32string_view text, std::size_t pos) const {
    if (pos >= text.size() || !may_start(text[pos])) return 0;
    std::size_t best = 0;
    each_at(text, pos, [&](std::size_t length) { best = length; });
    return best;
  }

  /// Length of the longest word ending just before `end`, for a trie of reversed words.
  std::size_t longest_ending_at(std::u32string_view text, std::size_t end) const {
    if (end == 0 || end > text.size() || !may_start(text[end - 1])) return 0;
    std::size_t best = 0;
    each_ending_at(text, end, [&](std::size_t length) { best = length; });
    return best;
  }

  /// Calls `found(length)` for every word starting at `pos`, shortest first.
  template <typename Found>
  void each_at(std::u32string_view text, std::size_t pos, Found&& found) const {
    std::uint32_t node = 0;
    for (std::size_t i = pos; i < text.size(); ++i) {
      node = step(node, text[i]);
      if (node == 0) break;
      if (terminal_[node]) found(i - pos + 1);
    }
  }

  /// Calls `found(length)` for every word ending just before `end`, shortest first, for a
  /// trie of reversed words.
  template <typename Found>
  void each_ending_at(std::u32string_view text, std::size_t end, Found&& found) const {
    std::uint32_t node = 0;
    for (std::size_t i = end; i > 0; --i) {
      node = step(node, text[i - 1]);
      if (node == 0) break;
      if (terminal_[node]) found(end - i + 1);
    }
  }

  bool contains(std::u32string_view word) const {
    std::uint32_t node = 0;
    for (char32_t c : word) {
      node = step(node, c);
      if (node == 0) return false;
    }
    return !word.empty() && terminal_[node];
  }

 private:
  /// The child of `node` by `c`, or 0. The first step, where almost every lookup in running
  /// text ends, is an array index rather than a hash lookup, behind a bit per character that
  /// says whether any word starts with it: 8 KiB that stay in cache where the array's 256 KiB,
  /// one per lexicon, would not.
  std::uint32_t step(std::uint32_t node, char32_t c) const {
    if (node == 0 && c < first_step_.size())
      return (starts_[c / 64] >> (c % 64)) & 1 ? first_step_[c] : 0;
    return edges_.find(key(node, c));
  }

  static std::uint64_t key(std::uint32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 21) | c;
  }
  std::vector<std::uint32_t> first_step_ = std::vector<std::uint32_t>(0x10000, 0);  // BMP
  std::vector<std::uint64_t> starts_ = std::vector<std::uint64_t>(0x10000 / 64, 0);
  EdgeTable edges_;
  std::vector<bool> terminal_{false};
  std::uint32_t node_count_ = 1;
};

inline std::u32string reversed(std::u32string_view word) {
  return {word.rbegin(), word.rend()};
}

/// Words that may each stand behind any of a few prefixes (原局长, 常务副校长): the same
/// answers as one trie of every prefixed form, from tries that hold each word and each
/// prefix once. The expanded trie was the prefixes' count times larger, and its lookups
/// missed the cache.
class PrefixedTrie {
 public:
  explicit PrefixedTrie(std::initializer_list<std::u32string_view> prefixes) {
    for (std::u32string_view prefix : prefixes) {
      prefixes_.insert(prefix);
      reversed_prefixes_.insert(reversed(prefix));
    }
  }

  void insert(std::u32string_view word) {
    words_.insert(word);
    reversed_words_.insert(reversed(word));
  }

  /// Length of the longest prefixed word starting at `pos` (0 when none).
  std::size_t longest_at(std::u32string_view text, std::size_t pos) const {
    if (pos >= text.size() || (!words_.may_start(text[pos]) && !prefixes_.may_start(text[pos])))
      return 0;
    std::size_t best = words_.longest_at(text, pos);
    prefixes_.each_at(text, pos, [&](std::size_t prefix) {
      if (const std::size_t word = words_.longest_at(text, pos + prefix))
        best = std::max(best, prefix + word);
    });
    return best;
  }

  /// Length of the longest prefixed word ending just before `end`.
  std::size_t longest_ending_at(std::u32string_view text, std::size_t end) const {
    std::size_t best = 0;
    reversed_words_.each_ending_at(text, end, [&](std::size_t word) {
      best = std::max(best, word + reversed_prefixes_.longest_ending_at(text, end - word));
    });
    return best;
  }

  bool contains(std::u32string_view word) const {
    if (words_.contains(word)) return true;
    bool found = false;
    prefixes_.each_at(word, 0, [&](std::size_t prefix) {
      found = found || words_.contains(word.substr(prefix));
    });
    return found;
  }

 private:
  Trie words_, reversed_words_, prefixes_, reversed_prefixes_;
};

}  // namespace jianbao::detail
