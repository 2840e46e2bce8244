// SPDX-License-Identifier: MIT
// jianbao-to-xml: bulletins as XML in jianbao's own vocabulary, or as TEI P5.
#include <map>
#include <memory>

#include "common/cli.hpp"
#include "jianbao/jianbao.hpp"

int main(int argc, char** argv) {
  using namespace jianbao;
  tools::install_signal_handlers();
  tools::Tool tool("jianbao-to-xml",
                   "Convert Chinese work bulletins (工作简报) to XML or TEI P5, with the people "
                   "named in them marked up.",
                   {"xml", "tei"});
  bool tei = false;
  bool no_entities = false;
  CLI::App& app = tool.app();
  app.add_flag("--tei", tei, "write TEI P5, as --format tei does")
      ->excludes(app.get_option("--format"));
  app.add_flag("--no-entities", no_entities,
               "leave out the people and dates: structure and text only");
  app.get_option("--output")
      ->description(
          "write to FILE, replaced atomically; to DIR (an existing directory, or a name ending "
          "in '/'), one DIR/<source>.xml per source")
      ->type_name("FILE|DIR");
  // XML has no header line; identifiers are numbered bulletin after bulletin in each document,
  // so bulletins are converted one at a time.
  app.remove_option(app.get_option("--no-header"));
  app.remove_option(app.get_option("--jobs"));
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  const XmlVocabulary vocabulary =
      tei || tool.format() == "tei" ? XmlVocabulary::tei : XmlVocabulary::jianbao;
  std::string directory = tool.output_path();
  const bool to_directory =
      !directory.empty() && (directory.back() == '/' || tools::is_directory(directory));
  while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
  tool.set_sequential();
  const Lexicon lexicon = Lexicon::builtin();

  return tool.finish([&] {
    tools::Output out(to_directory ? std::string() : tool.output_path());
    std::unique_ptr<tools::Output> file;  // with a directory: the document of the current source
    std::string file_source;
    std::map<std::string, int> stems;
    std::size_t ordinal = 0;  // the bulletin's place in its document
    const auto end_file = [&] {
      if (!file) return;
      file->write(xml_document_end(vocabulary));
      file->commit();
    };
    if (to_directory) {
      tools::make_directories(directory);
    } else {
      out.write(xml_document_start(vocabulary));
    }
    const auto render = [&](const SourcedBulletin& sourced) {
      Annotations annotations;
      if (!no_entities) {
        const std::vector<Passage> passages = bulletin_passages(sourced.bulletin);
        annotations.people = find_people(passages, lexicon);
        // dates and events: wired by the lead once find_dates/find_events land
      }
      if (to_directory && (!file || sourced.source != file_source)) {
        end_file();
        file = std::make_unique<tools::Output>(directory + "/" +
                                               tools::unique_stem(sourced.source, stems) + ".xml");
        file->write(xml_document_start(vocabulary));
        file_source = sourced.source;
        ordinal = 0;
      }
      std::string xml;
      append_bulletin_xml(xml, sourced, ++ordinal, annotations, vocabulary);
      if (!to_directory) return xml;
      file->write(xml);
      return std::string();
    };
    const tools::ExitStatus status = tool.run(render, out);
    if (to_directory) {
      end_file();
    } else {
      out.write(xml_document_end(vocabulary));
    }
    out.commit();
    return status;
  });
}
