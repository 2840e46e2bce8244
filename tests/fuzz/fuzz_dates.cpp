// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as one paragraph of an article, through the date scanner and the
// event finder. Beyond not crashing, every date's span must cut its text out of the passage
// and its value must be ISO 8601 as dates.hpp promises.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "jianbao/events.hpp"
#include "jianbao/text.hpp"

namespace {

/// YYYY, YYYY-MM or YYYY-MM-DD, the year possibly XXXX.
bool is_iso_point(std::string_view v) {
  const auto digits = [&](std::size_t at, std::size_t n, bool unknown_ok) {
    if (unknown_ok && v.substr(at, n) == std::string_view("XXXX").substr(0, n)) return true;
    for (std::size_t i = at; i < at + n; ++i)
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4, true)) return false;
  if (v.size() == 4) return true;
  if (v.size() < 7 || v[4] != '-' || !digits(5, 2, false)) return false;
  return v.size() == 7 || (v.size() == 10 && v[7] == '-' && digits(8, 2, false));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const jianbao::Text text =
      jianbao::decode(std::string_view(reinterpret_cast<const char*>(data), size));
  jianbao::Block block;
  block.text = text.content;
  const std::vector<jianbao::Passage> passages{{block.text, 1, 1, &block}};
  jianbao::DateContext context;
  context.period = jianbao::Period{"2017-10-31", "2017-12-31"};
  context.minguo = size % 2 == 1;
  const std::vector<jianbao::DateMention> dates = jianbao::find_dates(passages, context);
  for (const jianbao::DateMention& date : dates) {
    if (date.begin > date.end || date.end > block.text.size()) std::abort();
    if (block.text.compare(date.begin, date.end - date.begin, date.text) != 0) std::abort();
    const std::size_t slash = date.iso.find('/');
    if (!is_iso_point(date.iso.substr(0, slash))) std::abort();
    if (slash != std::string::npos && !is_iso_point(date.iso.substr(slash + 1))) std::abort();
  }
  static const jianbao::Lexicon lexicon = jianbao::Lexicon::builtin();
  jianbao::find_events(passages, dates, {}, lexicon);
  return 0;
}
