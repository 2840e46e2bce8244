// SPDX-License-Identifier: MIT
// A passage's text by code point, for the extractors (private).
#pragma once

#include <deque>
#include <vector>

#include "detail/utf8.hpp"
#include "jianbao/passage.hpp"

namespace jianbao::detail {

/// bulletin_passages without the code points, for readers of the text and blocks only.
std::vector<Passage> undecoded_passages(const Bulletin& bulletin);

/// The passage's code points: those bulletin_passages decoded once for every extractor, or,
/// for a passage made without them, decoded here into `scratch` (which keeps them alive).
inline const CodePoints& code_points_of(const Passage& passage, std::deque<CodePoints>& scratch) {
  if (passage.code_points) return *passage.code_points;
  return scratch.emplace_back(passage.text);
}

}  // namespace jianbao::detail
