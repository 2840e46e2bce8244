// SPDX-License-Identifier: MIT
// jianbao-split: raw bulletin text in; the block stream, JSON Lines, or one file per article out.
#include <fmt/format.h>

#include <map>

#include "common/cli.hpp"
#include "jianbao/jianbao.hpp"

namespace {

using jianbao::Bulletin;

constexpr std::string_view list_header = "source\tbulletin\tarticle\tsection\ttitle\n";
constexpr std::string_view index_header = "file\tsource\tbulletin\tarticle\tsection\ttitle\n";

/// The directory an input's article files go in: DIR itself for one input, else DIR/<stem>,
/// made unique (x, x-2, …) when two inputs share a stem.
std::string article_directory(const std::string& root, const std::string& input, bool many_inputs,
                              std::map<std::string, int>& stems) {
  return many_inputs ? root + "/" + jianbao::tools::unique_stem(input, stems) : root;
}

void append_list(std::string& out, const Bulletin& bulletin, std::size_t number,
                 const std::string& source) {
  for (const jianbao::Article& a : bulletin.articles)
    out += fmt::format("{}\t{}\t{}\t{}\t{}\n", jianbao::escape_field(source), number, a.number,
                       jianbao::escape_field(a.section), jianbao::escape_field(a.title.text));
}

void append_stream(std::string& out, const Bulletin& bulletin, std::size_t number,
                   const std::string& source, bool repairs_only) {
  for (const jianbao::Record& record : jianbao::bulletin_records(bulletin, number, source))
    if (!repairs_only || record.kind == "repair") jianbao::append_record(out, record);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jianbao;
  tools::install_signal_handlers();
  tools::Tool tool("jianbao-split",
                   "Split Chinese work bulletins (工作简报) into a TSV stream of blocks.",
                   {"tsv", "jsonl"});
  std::string output_dir;
  bool list = false;
  bool repairs = false;
  CLI::App& app = tool.app();
  CLI::Option* dir_option =
      app.add_option("--output-dir", output_dir,
                     "write one text file per article, and index.tsv, into DIR")
          ->type_name("DIR");
  CLI::Option* list_option =
      app.add_flag("--list", list, "print only source, bulletin, article, section and title");
  CLI::Option* repairs_option = app.add_flag(
      "--repairs", repairs, "print only the repair records, to audit what was changed");
  list_option->excludes(repairs_option);
  dir_option->excludes(list_option)->excludes(repairs_option)->excludes(app.get_option("--output"));
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  if (tool.format() == "jsonl" && (list || repairs || !output_dir.empty()))
    return static_cast<int>(
        tool.usage_error("--format jsonl cannot go with --list, --repairs or --output-dir"));
  const bool many_inputs = app.get_option("files")->count() > 1;

  return tool.finish([&] {
    tools::Output out(tool.output_path());
    std::string index(index_header);
    std::map<std::string, int> stems;
    if (tool.header() && output_dir.empty() && tool.format() == "tsv")
      out.write(list ? list_header : stream_header.data() + std::string("\n"));
    std::map<std::string, std::string> directories;  // per source, made unique once
    if (!output_dir.empty()) tool.set_sequential();  // files and the index are shared state
    const auto render = [&](const SourcedBulletin& sourced) {
      const Bulletin& bulletin = sourced.bulletin;
      const std::string& source = sourced.source;
      std::string chunk;
      if (!output_dir.empty()) {
        auto [it, added] = directories.try_emplace(source);
        if (added) it->second = article_directory(output_dir, source, many_inputs, stems);
        tools::make_directories(it->second);
        const std::string prefix = sourced.number > 1 ? fmt::format("b{}-", sourced.number) : "";
        for (const Article& article : bulletin.articles) {
          const std::string file = it->second + "/" + prefix + article_file_name(article);
          tools::write_file_atomically(file, article_plain_text(article));
          index += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n",
                               escape_field(file.substr(output_dir.size() + 1)),
                               escape_field(source), sourced.number, article.number,
                               escape_field(article.section), escape_field(article.title.text));
        }
      } else if (list) {
        append_list(chunk, bulletin, sourced.number, source);
      } else if (tool.format() == "jsonl") {
        append_article_json_lines(chunk, bulletin, sourced.number, source);
      } else {
        append_stream(chunk, bulletin, sourced.number, source, repairs);
      }
      return chunk;
    };
    const tools::ExitStatus status = tool.run(render, out);
    if (!output_dir.empty()) {
      tools::make_directories(output_dir);
      tools::write_file_atomically(output_dir + "/index.tsv", index);
    }
    out.commit();
    return status;
  });
}
