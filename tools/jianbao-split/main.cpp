// SPDX-License-Identifier: MIT
// jianbao-split: raw bulletin text in; the block stream, JSON Lines, or one file per article out.
#include <fmt/format.h>

#include <optional>

#include "common/cli.hpp"
#include "common/input.hpp"
#include "common/output_names.hpp"
#include "jianbao/jianbao.hpp"

namespace {

namespace tools = jianbao::tools;
using jianbao::Bulletin;
using jianbao::SourcedBulletin;

constexpr std::string_view list_header = "source\tbulletin\tarticle\tsection\ttitle\n";
constexpr std::string_view index_header = "file\tsource\tbulletin\tarticle\tsection\ttitle\n";

/// --output-dir: a text file per article, in DIR itself for one input file, else in a
/// directory of each input's own (its path below a directory operand, or its name). Each input
/// directory gets an index.tsv once its input is converted completely, which is what
/// --skip-existing looks for; DIR/index.tsv lists the articles of all inputs.
class ArticleFiles {
 public:
  ArticleFiles(std::string root, bool one_input, tools::Reporter& reporter)
      : root_(std::move(root)), one_input_(one_input), reporter_(reporter) {
    tools::make_directories(root_);
    if (one_input_) return;  // the input's own index is the only one
    all_index_.emplace(root_ + "/index.tsv");
    all_index_->write(index_header);
  }

  void write(const SourcedBulletin& sourced) {
    const std::string directory = directory_of(sourced.source);
    tools::make_directories(directory);
    const std::string prefix = sourced.number > 1 ? fmt::format("b{}-", sourced.number) : "";
    for (const jianbao::Article& article : sourced.bulletin.articles) {
      const std::string file = directory + "/" + prefix + jianbao::article_file_name(article);
      tools::write_file_atomically(file, jianbao::article_plain_text(article));
      using jianbao::escape_field;
      input_rows_ +=
          fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", escape_field(file.substr(root_.size() + 1)),
                      escape_field(sourced.source), sourced.number, article.number,
                      escape_field(article.section), escape_field(article.title.text));
    }
  }

  tools::PerInput per_input() {
    return {
        [this](const tools::Input& input) { return index_of(input); },
        [this](const tools::Input& input, tools::Outcome outcome) { end_input(input, outcome); },
        {}};
  }

  void commit() {
    if (all_index_) all_index_->commit();
  }

 private:
  std::string directory_of(const std::string& source, const std::string& relative = {}) {
    return one_input_ ? root_ : root_ + "/" + names_.name_for(source, relative);
  }

  std::string index_of(const tools::Input& input) {
    return directory_of(input.name, input.relative) + "/index.tsv";
  }

  void end_input(const tools::Input& input, tools::Outcome outcome) {
    const std::string index = index_of(input);
    if (outcome == tools::Outcome::converted) {
      tools::make_directories(index.substr(0, index.rfind('/')));
      tools::write_file_atomically(index, std::string(index_header) + input_rows_);
    } else if (outcome == tools::Outcome::skipped && all_index_) {
      // Converted by an earlier run: its rows come from its index, as if converted now.
      const std::optional<std::string> rows = tools::read_input(index, reporter_);
      if (rows) input_rows_ = rows->substr(rows->find('\n') + 1);
    }
    // A failed input keeps the rows of the articles it got to, but no index of its own, so
    // that --skip-existing converts it again.
    if (all_index_) all_index_->write(input_rows_);
    input_rows_.clear();
  }

  std::string root_;
  bool one_input_;
  tools::Reporter& reporter_;
  tools::OutputNames names_;
  std::string input_rows_;  // index rows of the input being converted
  std::optional<tools::Output> all_index_;
};

void append_list(std::string& out, const Bulletin& bulletin, std::size_t number,
                 const std::string& source) {
  for (const jianbao::Article& a : bulletin.articles)
    out += fmt::format("{}\t{}\t{}\t{}\t{}\n", jianbao::escape_field(source), number, a.number,
                       jianbao::escape_field(a.section), jianbao::escape_field(a.title.text));
}

void append_stream(std::string& out, const SourcedBulletin& sourced, bool repairs_only) {
  for (const jianbao::Record& record : jianbao::bulletin_records(sourced.bulletin, sourced.number,
                                                                 sourced.source, sourced.encoding))
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
  tool.add_skip_existing_option()->needs(dir_option);
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  if (tool.format() == "jsonl" && (list || repairs || !output_dir.empty()))
    return static_cast<int>(
        tool.usage_error("--format jsonl cannot go with --list, --repairs or --output-dir"));

  return tool.finish([&] {
    tools::Output out(tool.output_path());
    if (!output_dir.empty()) {
      const std::vector<tools::Input>& inputs = tool.inputs();
      const bool one_input =
          !tool.reads_documents() && inputs.size() == 1 && inputs.front().relative.empty();
      ArticleFiles files(output_dir, one_input, tool.reporter());
      tool.set_sequential();  // files and the index are shared state
      const tools::ExitStatus status = tool.run(
          [&](const SourcedBulletin& sourced, const tools::Ordinals&) {
            files.write(sourced);
            return std::string();
          },
          out, files.per_input());
      files.commit();
      return status;
    }
    if (tool.header() && tool.format() == "tsv")
      out.write(list ? list_header : stream_header.data() + std::string("\n"));
    const auto render = [&](const SourcedBulletin& sourced, const tools::Ordinals&) {
      std::string chunk;
      if (list) {
        append_list(chunk, sourced.bulletin, sourced.number, sourced.source);
      } else if (tool.format() == "jsonl") {
        append_article_json_lines(chunk, sourced.bulletin, sourced.number, sourced.source);
      } else {
        append_stream(chunk, sourced, repairs);
      }
      return chunk;
    };
    const tools::ExitStatus status = tool.run(render, out);
    out.commit();
    return status;
  });
}
