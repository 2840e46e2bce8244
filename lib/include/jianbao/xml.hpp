// SPDX-License-Identifier: MIT
// XML: bulletins in jianbao's own vocabulary (share/jianbao/jianbao.rng) or as TEI P5, with the
// people and dates found in them marked up in the text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "jianbao/dates.hpp"
#include "jianbao/events.hpp"
#include "jianbao/export.hpp"
#include "jianbao/people.hpp"
#include "jianbao/stream.hpp"

namespace jianbao {

/// What the extractors found in one bulletin. Spans index bulletin_passages() of that bulletin.
struct Annotations {
  std::vector<Person> people;
  std::vector<DateMention> dates;
  std::vector<Event> events;
};

enum class XmlVocabulary {
  jianbao,  ///< our own: <bulletins>, <bulletin>, <article>, <p>, <person>, <date> …
  tei,      ///< TEI P5: <teiCorpus> holding one <TEI> per bulletin
};

/// The XML declaration and the root's start tag (<bulletins>, or <teiCorpus> and its header),
/// each line ended by a newline.
JIANBAO_EXPORT std::string xml_document_start(XmlVocabulary vocabulary);

/// The root's end tag and a newline.
JIANBAO_EXPORT std::string xml_document_end(XmlVocabulary vocabulary);

/// Appends one bulletin as a child of the root, indented by two spaces a level. `ordinal` is its
/// place in the document, from 1; identifiers are made from it (b2, b2-a1, b2-p3) so they stay
/// unique when a document holds bulletins of several inputs. People and dates are marked up
/// where their spans fall; of two overlapping spans the one that starts first (or, starting
/// together, is longer) is kept, and spans outside their passage's text are left out.
JIANBAO_EXPORT void append_bulletin_xml(std::string& out, const SourcedBulletin& bulletin,
                                        std::size_t ordinal, const Annotations& annotations,
                                        XmlVocabulary vocabulary);

}  // namespace jianbao
