// SPDX-License-Identifier: MIT
// jianbao-extract-people: the people of each bulletin, with job titles and organisations.
#include <fmt/format.h>

#include "common/cli.hpp"
#include "common/lexicon_files.hpp"
#include "jianbao/jianbao.hpp"

namespace {

using jianbao::Person;

constexpr std::string_view people_header =
    "name\ttitles\torganizations\tmentions\tfirst_line\tarticles\tsource\tbulletin\n";
constexpr std::string_view mentions_header = "name\tsource\tbulletin\tarticle\tline\tbegin\tend\n";

std::string joined(const std::vector<std::string>& values) {
  return jianbao::escape_field(fmt::format("{}", fmt::join(values, ";")));
}

void append_person_tsv(std::string& out, const Person& person, const std::string& source,
                       std::size_t bulletin) {
  out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", jianbao::escape_field(person.name),
                     joined(person.titles), joined(person.organizations), person.mentions.size(),
                     person.first_line(), fmt::join(person.articles, ";"),
                     jianbao::escape_field(source), bulletin);
}

void append_person_json(std::string& out, const Person& person, const std::string& source,
                        std::size_t bulletin) {
  out += "{\"name\":";
  jianbao::append_json_string(out, person.name);
  out += ",\"affiliations\":[";
  for (std::size_t i = 0; i < person.affiliations.size(); ++i) {
    out += i ? ",{\"organization\":" : "{\"organization\":";
    jianbao::append_json_string(out, person.affiliations[i].second);
    out += ",\"title\":";
    jianbao::append_json_string(out, person.affiliations[i].first);
    out += '}';
  }
  out += fmt::format("],\"mentions\":{},\"first_line\":{},\"articles\":[{}],\"in_passing\":{},",
                     person.mentions.size(), person.first_line(), fmt::join(person.articles, ","),
                     person.in_passing);
  out += fmt::format("\"bulletin\":{},\"source\":", bulletin);
  jianbao::append_json_string(out, source);
  out += "}\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jianbao;
  tools::install_signal_handlers();
  tools::Tool tool(
      "jianbao-extract-people",
      "List the people named in Chinese work bulletins, with titles and organisations.",
      {"tsv", "jsonl"});
  bool all = false;
  bool mentions = false;
  std::vector<std::string> lexicon_files;
  CLI::App& app = tool.app();
  app.add_flag("--all", all,
               "also list people named only in passing (historical figures, examples)");
  app.add_flag("--mentions", mentions, "print one row per mention, with its line and byte span");
  tools::add_lexicon_option(app, lexicon_files);
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  if (mentions && tool.format() == "jsonl")
    return static_cast<int>(tool.usage_error("--mentions cannot go with --format jsonl"));
  const std::optional<Lexicon> lexicon = tools::load_lexicon(lexicon_files, tool.reporter());
  if (!lexicon) return static_cast<int>(tools::ExitStatus::usage);

  return tool.finish([&] {
    tools::Output out(tool.output_path());
    if (tool.header() && tool.format() == "tsv")
      out.write(mentions ? mentions_header : people_header);
    // Runs on worker threads: it only reads the lexicon and builds its own text.
    const auto render = [&](const SourcedBulletin& sourced, const tools::Ordinals&) {
      std::string chunk;
      for (const Person& person : find_people(bulletin_passages(sourced.bulletin), *lexicon)) {
        if (person.in_passing && !all) continue;
        if (mentions) {
          for (const Mention& m : person.mentions)
            chunk += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", escape_field(person.name),
                                 escape_field(sourced.source), sourced.number, m.article, m.line,
                                 m.begin, m.end);
        } else if (tool.format() == "jsonl") {
          append_person_json(chunk, person, sourced.source, sourced.number);
        } else {
          append_person_tsv(chunk, person, sourced.source, sourced.number);
        }
      }
      return chunk;
    };
    const tools::ExitStatus status = tool.run(render, out);
    out.commit();
    return status;
  });
}
