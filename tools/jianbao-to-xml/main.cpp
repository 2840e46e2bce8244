// SPDX-License-Identifier: MIT
// jianbao-to-xml: bulletins as XML in jianbao's own vocabulary, or as TEI P5.
#include <memory>

#include "common/cli.hpp"
#include "common/lexicon_files.hpp"
#include "common/output_names.hpp"
#include "jianbao/jianbao.hpp"

namespace {

using jianbao::SourcedBulletin;
using jianbao::XmlVocabulary;
namespace tools = jianbao::tools;

/// -o DIR: one document per input (a stream's too), DIR/<name>.xml, named as jianbao-split
/// names its directories (the tree below a directory operand is mirrored). A document is renamed
/// into place only once its input converted completely, so its existence is what --skip-existing
/// looks for, and an interrupted run leaves no partial file.
class XmlFiles {
 public:
  XmlFiles(std::string root, XmlVocabulary vocabulary)
      : root_(std::move(root)), vocabulary_(vocabulary) {
    tools::make_directories(root_);
  }

  /// Bulletins arrive in input order, each input's after the one before is done: the open
  /// document is always that of the input being written.
  tools::PerInput per_input() {
    return {[this](const tools::Input& input) {
              return root_ + "/" + names_.name_for(input.name, input.relative) + ".xml";
            },
            [this](const tools::Input&, tools::Outcome outcome) {
              if (file_ && outcome == tools::Outcome::converted) {
                file_->write(jianbao::xml_document_end(vocabulary_));
                file_->commit();
              }
              file_.reset();  // a failed input's temporary file goes with it
            },
            [this](const std::string& path, const std::string& xml) {
              if (!file_) {
                tools::make_directories(path.substr(0, path.rfind('/')));
                file_ = std::make_unique<tools::Output>(path);
                file_->write(jianbao::xml_document_start(vocabulary_));
              }
              file_->write(xml);
            }};
  }

 private:
  std::string root_;
  XmlVocabulary vocabulary_;
  tools::OutputNames names_;
  std::unique_ptr<tools::Output> file_;  // open once its input's first bulletin is written
};

}  // namespace

int main(int argc, char** argv) {
  using namespace jianbao;
  tools::install_signal_handlers();
  tools::Tool tool("jianbao-to-xml",
                   "Convert Chinese work bulletins (工作简报) to XML or TEI P5, with the people, "
                   "dates and events found in them.",
                   {"xml", "tei"});
  bool tei = false;
  bool no_entities = false;
  std::vector<std::string> lexicon_files;
  CLI::App& app = tool.app();
  app.add_flag("--tei", tei, "write TEI P5, as --format tei does")
      ->excludes(app.get_option("--format"));
  app.add_flag("--no-entities", no_entities,
               "leave out the people, dates and events: structure and text only");
  app.get_option("--output")
      ->description(
          "write to FILE, replaced atomically; to DIR (an existing directory, or a name ending "
          "in '/'), one DIR/<input>.xml per input")
      ->type_name("FILE|DIR");
  CLI::Option* skip_existing = tool.add_skip_existing_option();
  tools::add_lexicon_option(app, lexicon_files);
  app.remove_option(app.get_option("--no-header"));  // XML has no header line
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  const XmlVocabulary vocabulary =
      tei || tool.format() == "tei" ? XmlVocabulary::tei : XmlVocabulary::jianbao;
  std::string directory = tool.output_path();
  const bool to_directory =
      !directory.empty() && (directory.back() == '/' || tools::is_directory(directory));
  while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
  if (skip_existing->count() && !to_directory)
    return static_cast<int>(tool.usage_error("--skip-existing needs -o DIR"));
  const std::optional<Lexicon> lexicon = tools::load_lexicon(lexicon_files, tool.reporter());
  if (!lexicon) return static_cast<int>(tools::ExitStatus::usage);

  return tool.finish([&] {
    tools::Output out(to_directory ? std::string() : tool.output_path());
    std::optional<XmlFiles> files;
    if (to_directory)
      files.emplace(directory, vocabulary);
    else
      out.write(xml_document_start(vocabulary));
    // Identifiers number the bulletins of each document: of the input with -o DIR, else of all.
    const auto render = [&](const SourcedBulletin& sourced, const tools::Ordinals& ordinals) {
      Annotations annotations;
      if (!no_entities) {
        const std::vector<Passage> passages = bulletin_passages(sourced.bulletin);
        annotations.people = find_people(passages, *lexicon);
        annotations.dates = find_dates(passages, date_context(sourced.bulletin));
        annotations.events = find_events(passages, annotations.dates, annotations.people, *lexicon);
      }
      std::string xml;
      append_bulletin_xml(xml, sourced, files ? ordinals.in_input : ordinals.in_run, annotations,
                          vocabulary);
      return xml;
    };
    const tools::ExitStatus status =
        files ? tool.run(render, out, files->per_input()) : tool.run(render, out);
    if (!files) out.write(xml_document_end(vocabulary));
    out.commit();
    return status;
  });
}
