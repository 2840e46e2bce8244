// SPDX-License-Identifier: MIT
#include "jianbao/xml.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "detail/calendar.hpp"
#include "detail/passage_text.hpp"
#include "detail/utf8.hpp"

namespace jianbao {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr const char* indent = "  ";

/// The text with the characters XML 1.0 cannot carry replaced by U+FFFD: C0 controls other than
/// tab, newline and carriage return, U+FFFE and U+FFFF. Not even a character reference may
/// name them, and a form feed from PDF extraction would make the whole document unreadable.
/// Length of the XML-unsafe character at `i` (a control character, U+FFFE, U+FFFF), or 0.
std::size_t unsafe_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return 1;
  const bool non_character =
      byte == 0xEF && (text.substr(i, 3) == "\xEF\xBF\xBE" || text.substr(i, 3) == "\xEF\xBF\xBF");
  return non_character ? 3 : 0;
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text before this is in `out`; safe runs are copied whole
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t unsafe = unsafe_at(text, i);
    if (unsafe == 0) continue;
    out.append(text, copied, i - copied);
    detail::append_utf8(out, detail::replacement_character);
    copied = i + unsafe;
    i = copied - 1;
  }
  out.append(text, copied, text.size() - copied);
  return out;
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(xml_safe(value).c_str());
}

void set_attribute(pugi::xml_node node, const char* name, std::size_t value) {
  node.append_attribute(name).set_value(static_cast<unsigned long long>(value));
}

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
  pugi::xml_node element = parent.append_child(name);
  element.append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
  return element;
}

// pugixml indents an element that opens its parent or follows another element, which inside
// mixed content would add white space to the text. An empty text node before each inline
// element and after the last one keeps such content on one line, exactly as written.
pugi::xml_node append_inline(pugi::xml_node parent, const char* name) {
  if (parent.last_child().type() != pugi::node_pcdata) parent.append_child(pugi::node_pcdata);
  return parent.append_child(name);
}

void end_inline(pugi::xml_node parent) {
  if (parent.last_child().type() == pugi::node_element) parent.append_child(pugi::node_pcdata);
}

void append_pcdata(pugi::xml_node parent, std::string_view text) {
  if (!text.empty()) parent.append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
}

/// An element holding one inline element that holds `text`, on one line:
/// <note type="place"><placeName>…</placeName></note>.
pugi::xml_node append_wrapped(pugi::xml_node parent, const char* name, const char* inner,
                              std::string_view text) {
  pugi::xml_node element = parent.append_child(name);
  append_pcdata(append_inline(element, inner), text);
  end_inline(element);
  return element;
}

/// True for YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists: the ISO forms that TEI's
/// date attributes (xsd:gYear, gYearMonth, date) accept. "XXXX" for an unknown year is not one.
bool is_w3c_date(std::string_view value) {
  return detail::parse_iso_date(value).has_value();  // XSD 1.0 has no year 0 either
}

/// Sets TEI's when, or from and to for an interval START/END, from the parts TEI accepts; a
/// value it cannot carry (XXXX-09-05) leaves the attribute out, and the text keeps the date.
void set_tei_date(pugi::xml_node node, std::string_view iso) {
  const std::size_t slash = iso.find('/');
  if (slash == std::string_view::npos) {
    if (is_w3c_date(iso)) set_attribute(node, "when", iso);
    return;
  }
  if (is_w3c_date(iso.substr(0, slash))) set_attribute(node, "from", iso.substr(0, slash));
  if (is_w3c_date(iso.substr(slash + 1))) set_attribute(node, "to", iso.substr(slash + 1));
}

/// True when TEI's teidata.enumerated (no space, no control character) can hold the value.
bool is_tei_token(std::string_view value) {
  if (value.empty()) return false;
  for (std::size_t pos = 0; pos < value.size();) {
    const char32_t c = detail::next_code_point(value, pos);
    if (detail::is_space(c) || (c >= 0x7F && c <= 0x9F) || c == 0xAD ||
        (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
        (c >= 0x2060 && c <= 0x206F))
      return false;
  }
  return true;
}

/// A person or date to mark up over bytes [begin, end) of a block's text.
struct Mark {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t person = npos;  // index into Annotations::people
  const DateMention* date = nullptr;
};

/// A repair, at the byte offset of its position in the block's text.
struct Milestone {
  std::size_t offset = 0;
  const Repair* repair = nullptr;
};

bool starts_character(std::string_view text, std::size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::vector<Milestone> block_milestones(const Block& block) {
  std::vector<Milestone> milestones;
  for (const Repair& repair : block.repairs) milestones.push_back({repair.position, &repair});
  std::stable_sort(milestones.begin(), milestones.end(),
                   [](const Milestone& a, const Milestone& b) { return a.offset < b.offset; });
  // Repairs count code points; one pass over the text turns them into byte offsets.
  std::size_t characters = 0;
  std::size_t byte = 0;
  for (Milestone& milestone : milestones) {
    while (characters < milestone.offset && byte < block.text.size()) {
      detail::next_code_point(block.text, byte);
      ++characters;
    }
    milestone.offset = byte;
  }
  return milestones;
}

/// One bulletin being written: its identifiers, and the marks of each block's text.
class BulletinWriter {
 public:
  BulletinWriter(const SourcedBulletin& sourced, std::size_t ordinal,
                 const Annotations& annotations, XmlVocabulary vocabulary)
      : sourced_(sourced),
        bulletin_(sourced.bulletin),
        annotations_(annotations),
        tei_(vocabulary == XmlVocabulary::tei),
        id_("b" + std::to_string(ordinal)) {
    collect_marks();
  }

  void write_jianbao(pugi::xml_node root) const;
  void write_tei(pugi::xml_node root) const;

 private:
  std::string article_id(std::size_t number) const { return id_ + "-a" + std::to_string(number); }
  std::string person_id(std::size_t index) const { return id_ + "-p" + std::to_string(index + 1); }
  std::string pointer(std::string id) const { return tei_ ? "#" + id : id; }

  /// The person of that name, for an event's participants; npos when none.
  std::size_t find_person(std::string_view name) const {
    const auto& people = annotations_.people;
    const auto it = std::find_if(people.begin(), people.end(),
                                 [&](const Person& person) { return person.name == name; });
    return it == people.end() ? npos : static_cast<std::size_t>(it - people.begin());
  }

  void collect_marks();
  void append_text(pugi::xml_node node, const Block& block) const;
  pugi::xml_node append_mark(pugi::xml_node parent, const Mark& mark) const;
  void append_milestone(pugi::xml_node parent, const Repair& repair) const;
  void append_date(pugi::xml_node parent, const DateMention& date) const;

  void write_jianbao_masthead(pugi::xml_node bulletin) const;
  void write_jianbao_toc(pugi::xml_node bulletin) const;
  void write_jianbao_body(pugi::xml_node bulletin) const;
  void write_jianbao_people(pugi::xml_node bulletin) const;
  void write_jianbao_events(pugi::xml_node bulletin) const;

  void write_tei_header(pugi::xml_node tei) const;
  void write_tei_front(pugi::xml_node text) const;
  void write_tei_body(pugi::xml_node text) const;
  void write_tei_article(pugi::xml_node parent, const Article& article, bool lead_in_article) const;
  void write_tei_people(pugi::xml_node stand_off) const;
  void write_tei_events(pugi::xml_node stand_off) const;

  const SourcedBulletin& sourced_;
  const Bulletin& bulletin_;
  const Annotations& annotations_;
  bool tei_;
  std::string id_;
  std::unordered_map<const Block*, std::vector<Mark>> marks_;
};

void BulletinWriter::collect_marks() {
  const std::vector<Passage> passages = detail::undecoded_passages(bulletin_);
  std::vector<std::vector<Mark>> by_passage(passages.size());
  const auto add = [&](std::size_t passage, const Mark& mark) {
    if (passage >= passages.size()) return;
    const std::string_view text = passages[passage].text;
    if (mark.begin < mark.end && mark.end <= text.size() && starts_character(text, mark.begin) &&
        starts_character(text, mark.end))
      by_passage[passage].push_back(mark);
  };
  for (std::size_t i = 0; i < annotations_.people.size(); ++i)
    for (const Mention& mention : annotations_.people[i].mentions)
      add(mention.passage, {mention.begin, mention.end, i, nullptr});
  for (const DateMention& date : annotations_.dates)
    add(date.passage, {date.begin, date.end, npos, &date});

  for (std::size_t p = 0; p < passages.size(); ++p) {
    std::vector<Mark>& marks = by_passage[p];
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    // Elements cannot overlap: a span inside or across one already kept is dropped.
    std::vector<Mark> kept;
    for (const Mark& mark : marks)
      if (kept.empty() || mark.begin >= kept.back().end) kept.push_back(mark);
    if (!kept.empty()) marks_[passages[p].block] = std::move(kept);
  }
}

void BulletinWriter::append_text(pugi::xml_node node, const Block& block) const {
  if (tei_) set_attribute(append_inline(node, "lb"), "n", block.span.first_line);
  const std::string_view text = block.text;
  const std::vector<Milestone> milestones = block_milestones(block);
  std::size_t next = 0;
  std::size_t pos = 0;
  // Text up to `end` into `into`, with the milestones before `end` (and at it, when `at_end`).
  const auto run = [&](pugi::xml_node into, std::size_t end, bool at_end) {
    while (next < milestones.size() &&
           (milestones[next].offset < end || (at_end && milestones[next].offset == end))) {
      append_pcdata(into, text.substr(pos, milestones[next].offset - pos));
      pos = milestones[next].offset;
      append_milestone(into, *milestones[next++].repair);
    }
    append_pcdata(into, text.substr(pos, end - pos));
    pos = end;
  };
  if (const auto found = marks_.find(&block); found != marks_.end()) {
    for (const Mark& mark : found->second) {
      run(node, mark.begin, true);
      const pugi::xml_node element = append_mark(node, mark);
      run(element, mark.end, false);
      end_inline(element);
    }
  }
  run(node, text.size(), true);
  end_inline(node);
}

pugi::xml_node BulletinWriter::append_mark(pugi::xml_node parent, const Mark& mark) const {
  if (mark.person == npos) {
    const pugi::xml_node date = append_inline(parent, "date");
    append_date(date, *mark.date);
    return date;
  }
  const pugi::xml_node person = append_inline(parent, tei_ ? "persName" : "person");
  set_attribute(person, "ref", pointer(person_id(mark.person)));
  return person;
}

void BulletinWriter::append_date(pugi::xml_node element, const DateMention& date) const {
  if (tei_) {
    set_tei_date(element, date.iso);
    return;
  }
  set_attribute(element, "when", date.iso);
  set_attribute(element, "kind", date_kind_name(date.kind));
  if (!date.time.empty()) set_attribute(element, "time", date.time);
  if (date.year_inferred) set_attribute(element, "year-inferred", "true");
  if (date.relative) set_attribute(element, "relative", "true");
}

void BulletinWriter::append_milestone(pugi::xml_node parent, const Repair& repair) const {
  if (!tei_) {
    const pugi::xml_node element = append_inline(parent, "repair");
    set_attribute(element, "kind", repair_kind_name(repair.kind));
    set_attribute(element, "line", repair.line);
    if (!repair.removed.empty()) set_attribute(element, "removed", repair.removed);
    return;
  }
  // TEI keeps where the source's pages and lines ended; the other repairs leave no trace there.
  if (repair.kind == RepairKind::page_break_join)
    set_attribute(append_inline(parent, "pb"), "break", "no");
  if (repair.kind == RepairKind::page_break_join || repair.kind == RepairKind::line_wrap_join) {
    const pugi::xml_node line = append_inline(parent, "lb");
    set_attribute(line, "break", "no");
    set_attribute(line, "n", repair.line);
  }
}

// Our own vocabulary.

void BulletinWriter::write_jianbao(pugi::xml_node root) const {
  pugi::xml_node bulletin = root.append_child("bulletin");
  set_attribute(bulletin, "id", id_);
  set_attribute(bulletin, "n", sourced_.number);
  set_attribute(bulletin, "source", sourced_.source);
  if (sourced_.encoding) set_attribute(bulletin, "encoding", encoding_name(*sourced_.encoding));
  write_jianbao_masthead(bulletin);
  write_jianbao_toc(bulletin);
  write_jianbao_body(bulletin);
  if (!bulletin_.trailer.empty()) {
    pugi::xml_node trailer = bulletin.append_child("trailer");
    for (const Block& block : bulletin_.trailer) {
      pugi::xml_node line = trailer.append_child("line");
      set_attribute(line, "line", block.span.first_line);
      append_text(line, block);
    }
  }
  write_jianbao_people(bulletin);
  write_jianbao_events(bulletin);
}

void BulletinWriter::write_jianbao_masthead(pugi::xml_node bulletin) const {
  const Masthead& masthead = bulletin_.masthead;
  pugi::xml_node element = bulletin.append_child("masthead");
  if (!masthead.institution.empty())
    append_text_element(element, "institution", masthead.institution);
  if (!masthead.title.empty()) append_text_element(element, "title", masthead.title);
  if (!masthead.issue.empty()) append_text_element(element, "issue", masthead.issue);
  if (masthead.period) {
    pugi::xml_node period = element.append_child("period");
    set_attribute(period, "start", masthead.period->start);
    set_attribute(period, "end", masthead.period->end);
  }
  for (const Block& block : masthead.lines) {
    pugi::xml_node line = element.append_child("line");
    set_attribute(line, "line", block.span.first_line);
    append_text(line, block);
  }
}

void BulletinWriter::write_jianbao_toc(pugi::xml_node bulletin) const {
  if (bulletin_.toc.empty()) return;
  pugi::xml_node toc = bulletin.append_child("toc");
  for (const TocSection& section : bulletin_.toc) {
    pugi::xml_node element = toc.append_child("section");
    if (section.block) {
      set_attribute(element, "name", section.name);
      pugi::xml_node label = element.append_child("label");
      set_attribute(label, "line", section.block->span.first_line);
      append_text(label, *section.block);
    }
    for (const TocItem& item : section.items) {
      pugi::xml_node entry = element.append_child("item");
      set_attribute(entry, "line", item.block.span.first_line);
      if (!item.marker.empty()) set_attribute(entry, "marker", item.marker);
      if (item.article != 0) set_attribute(entry, "ref", article_id(item.article));
      append_text(entry, item.block);
    }
  }
}

void BulletinWriter::write_jianbao_body(pugi::xml_node bulletin) const {
  pugi::xml_node body = bulletin.append_child("body");
  for (const Article& article : bulletin_.articles) {
    for (const Block& block : article.lead) {
      pugi::xml_node head = body.append_child("head");
      set_attribute(head, "line", block.span.first_line);
      append_text(head, block);
    }
    pugi::xml_node element = body.append_child("article");
    set_attribute(element, "id", article_id(article.number));
    set_attribute(element, "n", article.number);
    if (!article.section.empty()) set_attribute(element, "section", article.section);
    const bool titled = article.title.span.first_line != 0;
    const std::size_t line = titled                 ? article.title.span.first_line
                             : article.body.empty() ? 0
                                                    : article.body.front().span.first_line;
    if (line != 0) set_attribute(element, "line", line);
    if (titled) {
      pugi::xml_node title = element.append_child("title");
      set_attribute(title, "line", article.title.span.first_line);
      append_text(title, article.title);
    }
    for (const Block& block : article.body) {
      pugi::xml_node child = element.append_child(block.kind == BlockKind::heading ? "head" : "p");
      set_attribute(child, "line", block.span.first_line);
      append_text(child, block);
    }
  }
}

void BulletinWriter::write_jianbao_people(pugi::xml_node bulletin) const {
  if (annotations_.people.empty()) return;
  pugi::xml_node list = bulletin.append_child("listPerson");
  for (std::size_t i = 0; i < annotations_.people.size(); ++i) {
    const Person& person = annotations_.people[i];
    pugi::xml_node element = list.append_child("person");
    set_attribute(element, "id", person_id(i));
    if (person.first_line() != 0) set_attribute(element, "line", person.first_line());
    if (person.in_passing) set_attribute(element, "in-passing", "true");
    append_text_element(element, "name", person.name);
    for (const auto& [title, organization] : person.affiliations) {
      pugi::xml_node affiliation = element.append_child("affiliation");
      if (!title.empty()) append_text_element(affiliation, "role", title);
      if (!organization.empty()) append_text_element(affiliation, "organization", organization);
    }
  }
}

void BulletinWriter::write_jianbao_events(pugi::xml_node bulletin) const {
  if (annotations_.events.empty()) return;
  pugi::xml_node list = bulletin.append_child("listEvent");
  for (std::size_t i = 0; i < annotations_.events.size(); ++i) {
    const Event& event = annotations_.events[i];
    pugi::xml_node element = list.append_child("event");
    set_attribute(element, "id", id_ + "-e" + std::to_string(i + 1));
    if (event.line != 0) set_attribute(element, "line", event.line);
    if (event.article != 0) set_attribute(element, "article", article_id(event.article));
    if (!event.kind.empty()) set_attribute(element, "kind", event.kind);
    append_date(append_text_element(element, "date", event.date.text), event.date);
    if (!event.title.empty()) append_text_element(element, "title", event.title);
    if (!event.place.empty()) append_text_element(element, "place", event.place);
    if (!event.organizer.empty()) append_text_element(element, "organizer", event.organizer);
    for (const std::string& name : event.participants) {
      pugi::xml_node participant = append_text_element(element, "participant", name);
      if (const std::size_t person = find_person(name); person != npos)
        set_attribute(participant, "ref", person_id(person));
    }
    append_text_element(element, "sentence", event.sentence);
  }
}

// TEI P5.

void BulletinWriter::write_tei(pugi::xml_node root) const {
  pugi::xml_node tei = root.append_child("TEI");
  set_attribute(tei, "xml:id", id_);
  set_attribute(tei, "n", sourced_.number);
  write_tei_header(tei);
  pugi::xml_node text = tei.append_child("text");
  write_tei_front(text);
  write_tei_body(text);
  if (!bulletin_.trailer.empty()) {
    pugi::xml_node trailer = text.append_child("back").append_child("div");
    set_attribute(trailer, "type", "trailer");
    for (const Block& block : bulletin_.trailer) append_text(trailer.append_child("ab"), block);
  }
  if (annotations_.people.empty() && annotations_.events.empty()) return;
  pugi::xml_node stand_off = tei.append_child("standOff");
  write_tei_people(stand_off);
  write_tei_events(stand_off);
}

void BulletinWriter::write_tei_header(pugi::xml_node tei) const {
  const Masthead& masthead = bulletin_.masthead;
  pugi::xml_node file_desc = tei.append_child("teiHeader").append_child("fileDesc");
  std::string title;
  for (const std::string* part : {&masthead.institution, &masthead.title, &masthead.issue})
    if (!part->empty()) title += (title.empty() ? "" : " ") + *part;
  append_text_element(file_desc.append_child("titleStmt"), "title",
                      title.empty() ? sourced_.source : title);
  append_text_element(file_desc.append_child("publicationStmt"), "p",
                      "Converted by jianbao-to-xml from the text of a work bulletin.");
  pugi::xml_node bibl = file_desc.append_child("sourceDesc").append_child("bibl");
  if (!masthead.title.empty()) append_text_element(bibl, "title", masthead.title);
  if (!masthead.institution.empty()) append_text_element(bibl, "orgName", masthead.institution);
  if (!masthead.issue.empty())
    set_attribute(append_text_element(bibl, "biblScope", masthead.issue), "unit", "issue");
  if (masthead.period)
    set_tei_date(bibl.append_child("date"), masthead.period->start + "/" + masthead.period->end);
  set_attribute(append_text_element(bibl, "idno", sourced_.source), "type", "file");
  if (sourced_.encoding)
    set_attribute(append_text_element(bibl, "note", encoding_name(*sourced_.encoding)), "type",
                  "encoding");
}

void BulletinWriter::write_tei_front(pugi::xml_node text) const {
  if (bulletin_.masthead.lines.empty() && bulletin_.toc.empty()) return;
  pugi::xml_node front = text.append_child("front");
  if (!bulletin_.masthead.lines.empty()) {
    pugi::xml_node masthead = front.append_child("div");
    set_attribute(masthead, "type", "masthead");
    for (const Block& block : bulletin_.masthead.lines)
      append_text(masthead.append_child("ab"), block);
  }
  if (bulletin_.toc.empty()) return;
  pugi::xml_node contents = front.append_child("div");
  set_attribute(contents, "type", "contents");
  for (const TocSection& section : bulletin_.toc) {
    pugi::xml_node parent = contents;
    if (section.block) {
      parent = contents.append_child("div");
      set_attribute(parent, "type", "section");
      set_attribute(parent, "n", section.name);
      append_text(parent.append_child("head"), *section.block);
    }
    if (section.items.empty()) continue;
    pugi::xml_node list = parent.append_child("list");
    for (const TocItem& item : section.items) {
      pugi::xml_node entry = list.append_child("item");
      if (item.article == 0) {
        append_text(entry, item.block);
        continue;
      }
      pugi::xml_node ref = append_inline(entry, "ref");
      set_attribute(ref, "target", pointer(article_id(item.article)));
      append_text(ref, item.block);
      end_inline(entry);
    }
  }
}

void BulletinWriter::write_tei_body(pugi::xml_node text) const {
  pugi::xml_node body = text.append_child("body");
  // Articles of one TOC section in a row form a section; a section line repeated in the body
  // (an article's lead) is its head. TEI allows heads only before a division's content, so a
  // lead elsewhere goes to the top of its article.
  pugi::xml_node section;
  const Article* section_start = nullptr;
  for (const Article& article : bulletin_.articles) {
    if (article.section.empty()) {
      section = {};
      write_tei_article(body, article, true);
      continue;
    }
    const bool continues = section && article.section == section_start->section &&
                           article.section_line == section_start->section_line;
    if (!continues) {
      section = body.append_child("div");
      set_attribute(section, "type", "section");
      set_attribute(section, "n", article.section);
      section_start = &article;
      for (const Block& block : article.lead) append_text(section.append_child("head"), block);
    }
    write_tei_article(section, article, continues);
  }
}

void BulletinWriter::write_tei_article(pugi::xml_node parent, const Article& article,
                                       bool lead_in_article) const {
  pugi::xml_node div = parent.append_child("div");
  set_attribute(div, "type", "article");
  set_attribute(div, "xml:id", article_id(article.number));
  set_attribute(div, "n", article.number);
  if (lead_in_article)
    for (const Block& block : article.lead) append_text(div.append_child("head"), block);
  if (article.title.span.first_line != 0) append_text(div.append_child("head"), article.title);
  // A sub-heading opens a subsection that holds the paragraphs up to the next one.
  pugi::xml_node into = div;
  for (const Block& block : article.body) {
    if (block.kind == BlockKind::heading) {
      into = div.append_child("div");
      set_attribute(into, "type", "subsection");
      append_text(into.append_child("head"), block);
    } else {
      append_text(into.append_child("p"), block);
    }
  }
}

void BulletinWriter::write_tei_people(pugi::xml_node stand_off) const {
  if (annotations_.people.empty()) return;
  pugi::xml_node list = stand_off.append_child("listPerson");
  for (std::size_t i = 0; i < annotations_.people.size(); ++i) {
    const Person& person = annotations_.people[i];
    pugi::xml_node element = list.append_child("person");
    set_attribute(element, "xml:id", person_id(i));
    append_text_element(element, "persName", person.name);
    for (const auto& [title, organization] : person.affiliations) {
      pugi::xml_node affiliation = element.append_child("affiliation");
      if (!organization.empty()) append_pcdata(append_inline(affiliation, "orgName"), organization);
      if (!title.empty()) append_pcdata(append_inline(affiliation, "roleName"), title);
      end_inline(affiliation);
    }
  }
}

void BulletinWriter::write_tei_events(pugi::xml_node stand_off) const {
  if (annotations_.events.empty()) return;
  pugi::xml_node list = stand_off.append_child("listEvent");
  for (std::size_t i = 0; i < annotations_.events.size(); ++i) {
    const Event& event = annotations_.events[i];
    pugi::xml_node element = list.append_child("event");
    set_attribute(element, "xml:id", id_ + "-e" + std::to_string(i + 1));
    set_tei_date(element, event.date.iso);
    if (is_tei_token(event.kind)) set_attribute(element, "type", event.kind);
    if (!event.title.empty()) append_text_element(element, "head", event.title);
    append_text_element(element, "desc", event.sentence);
    pugi::xml_node date = append_wrapped(element, "note", "date", event.date.text);
    set_attribute(date, "type", "date");
    set_tei_date(date.child("date"), event.date.iso);
    if (!event.place.empty())
      set_attribute(append_wrapped(element, "note", "placeName", event.place), "type", "place");
    if (!event.organizer.empty())
      set_attribute(append_wrapped(element, "note", "orgName", event.organizer), "type",
                    "organizer");
    for (const std::string& name : event.participants) {
      pugi::xml_node note = append_wrapped(element, "note", "persName", name);
      set_attribute(note, "type", "participant");
      if (const std::size_t person = find_person(name); person != npos)
        set_attribute(note.child("persName"), "ref", pointer(person_id(person)));
    }
    if (event.article != 0) {
      pugi::xml_node ptr = element.append_child("ptr");
      set_attribute(ptr, "type", "article");
      set_attribute(ptr, "target", pointer(article_id(event.article)));
    }
  }
}

class StringWriter : public pugi::xml_writer {
 public:
  explicit StringWriter(std::string& out) : out_(out) {}
  void write(const void* data, std::size_t size) override {
    out_.append(static_cast<const char*>(data), size);
  }

 private:
  std::string& out_;
};

/// Appends `node` pretty-printed as a child of the root element.
void append_node(std::string& out, pugi::xml_node node) {
  StringWriter writer(out);
  node.print(writer, indent, pugi::format_indent, pugi::encoding_utf8, 1);
}

constexpr std::string_view declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace

std::string xml_document_start(XmlVocabulary vocabulary) {
  std::string out(declaration);
  if (vocabulary == XmlVocabulary::jianbao) return out + "<bulletins version=\"1\">\n";
  out += "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
  // TEI wants a header for the corpus too; each bulletin's own header names its source.
  pugi::xml_document document;
  pugi::xml_node file_desc = document.append_child("teiHeader").append_child("fileDesc");
  append_text_element(file_desc.append_child("titleStmt"), "title", "Work bulletins");
  append_text_element(file_desc.append_child("publicationStmt"), "p",
                      "Converted by jianbao-to-xml.");
  append_text_element(file_desc.append_child("sourceDesc"), "p",
                      "The text of Chinese work bulletins, one per TEI element.");
  append_node(out, document.first_child());
  return out;
}

std::string xml_document_end(XmlVocabulary vocabulary) {
  return vocabulary == XmlVocabulary::jianbao ? "</bulletins>\n" : "</teiCorpus>\n";
}

void append_bulletin_xml(std::string& out, const SourcedBulletin& bulletin, std::size_t ordinal,
                         const Annotations& annotations, XmlVocabulary vocabulary) {
  pugi::xml_document document;
  const BulletinWriter writer(bulletin, ordinal, annotations, vocabulary);
  if (vocabulary == XmlVocabulary::jianbao) {
    writer.write_jianbao(document);
  } else {
    writer.write_tei(document);
  }
  append_node(out, document.first_child());
}

}  // namespace jianbao
