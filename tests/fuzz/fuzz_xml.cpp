// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes through structure, people and both XML writers. Beyond not
// crashing, it checks that every document is well-formed whatever the text holds.
#include <pugixml.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "jianbao/bulletin.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/people.hpp"
#include "jianbao/text.hpp"
#include "jianbao/xml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jianbao::Lexicon lexicon = jianbao::Lexicon::builtin();
  const jianbao::Text text =
      jianbao::decode(std::string_view(reinterpret_cast<const char*>(data), size));
  jianbao::ParseResult result = jianbao::parse_bulletins(text);
  for (jianbao::XmlVocabulary vocabulary :
       {jianbao::XmlVocabulary::jianbao, jianbao::XmlVocabulary::tei}) {
    std::string xml = jianbao::xml_document_start(vocabulary);
    for (std::size_t b = 0; b < result.bulletins.size(); ++b) {
      const jianbao::SourcedBulletin sourced{"fuzz", b + 1, result.bulletins[b], text.encoding};
      jianbao::Annotations annotations;
      annotations.people =
          jianbao::find_people(jianbao::bulletin_passages(sourced.bulletin), lexicon);
      jianbao::append_bulletin_xml(xml, sourced, b + 1, annotations, vocabulary);
    }
    xml += jianbao::xml_document_end(vocabulary);
    pugi::xml_document document;
    if (!document.load_buffer(xml.data(), xml.size())) std::abort();
  }
  return 0;
}
