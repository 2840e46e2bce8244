// SPDX-License-Identifier: MIT
// Uses the installed headers and library: structures a two-line bulletin and prints its title.
#include <jianbao/jianbao.hpp>

#include <iostream>

int main() {
  const jianbao::ParseResult result = jianbao::parse_bulletins(jianbao::decode(
      "某某研究所\n\n工作简报\n\n第1期\n\n研究所召开年度工作会议\n\n"
      "2021年1月8日，研究所召开年度工作会议，总结上一年度工作并部署新一年重点任务。\n"));
  if (result.bulletins.size() != 1 || result.bulletins[0].articles.empty()) return 1;
  std::cout << jianbao::version << ' ' << result.bulletins[0].articles[0].title.text << '\n';
  return 0;
}
