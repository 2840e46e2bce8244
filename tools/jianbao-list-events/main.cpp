// SPDX-License-Identifier: MIT
// jianbao-list-events: the dated events of each bulletin, or with --dates every date expression.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "common/cli.hpp"
#include "common/documents.hpp"
#include "common/lexicon_files.hpp"
#include "jianbao/jianbao.hpp"

namespace {

using jianbao::DateMention;
using jianbao::Event;
using jianbao::SourcedBulletin;

constexpr std::string_view events_header =
    "date\ttime\tdate_text\tplace\tkind\ttitle\torganizer\tparticipants\tarticle\tline\tsource\t"
    "bulletin\n";
constexpr std::string_view dates_header =
    "line\tdate\tkind\ttext\ttime\tarticle\tsource\tbulletin\n";

/// Whether a date lies (in part) between the bounds. Values are compared at the precision
/// both give: 2017-12 is on or after 2017-12-15 as a month. Dates of unknown year never match.
struct DateFilter {
  std::string since;
  std::string until;

  bool empty() const { return since.empty() && until.empty(); }

  bool keeps(const DateMention& date) const {
    if (empty()) return true;
    const std::string_view start = date.start();
    const std::string_view end = std::string_view(date.iso).substr(date.iso.find('/') + 1);
    if (start.find('X') != std::string_view::npos) return false;
    const auto before = [](std::string_view a, std::string_view b) {
      const std::size_t n = std::min(a.size(), b.size());
      return a.substr(0, n) < b.substr(0, n);
    };
    return !(!since.empty() && before(end, since)) && !(!until.empty() && before(until, start));
  }
};

void append_date_tsv(std::string& out, const DateMention& date, const SourcedBulletin& sourced) {
  out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", date.line, date.iso,
                     jianbao::date_kind_name(date.kind), jianbao::escape_field(date.text),
                     jianbao::escape_field(date.time), date.article,
                     jianbao::escape_field(sourced.source), sourced.number);
}

void append_date_json(std::string& out, const DateMention& date, const SourcedBulletin& sourced) {
  out += fmt::format("{{\"line\":{},\"date\":", date.line);
  jianbao::append_json_string(out, date.iso);
  out += fmt::format(",\"kind\":\"{}\",\"text\":", jianbao::date_kind_name(date.kind));
  jianbao::append_json_string(out, date.text);
  out += ",\"time\":";
  jianbao::append_json_string(out, date.time);
  out += fmt::format(",\"year_inferred\":{},\"relative\":{},\"article\":{},\"bulletin\":{},",
                     date.year_inferred, date.relative, date.article, sourced.number);
  out += "\"source\":";
  jianbao::append_json_string(out, sourced.source);
  out += "}\n";
}

void append_event_tsv(std::string& out, const Event& event, const SourcedBulletin& sourced) {
  using jianbao::escape_field;
  out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", event.date.iso,
                     escape_field(event.date.time), escape_field(event.date.text),
                     escape_field(event.place), escape_field(event.kind), escape_field(event.title),
                     escape_field(event.organizer),
                     escape_field(fmt::format("{}", fmt::join(event.participants, ";"))),
                     event.article, event.line, escape_field(sourced.source), sourced.number);
}

void append_event_json(std::string& out, const Event& event, const SourcedBulletin& sourced) {
  using jianbao::append_json_string;
  const std::pair<std::string_view, const std::string*> fields[] = {
      {"date", &event.date.iso},       {"time", &event.date.time},
      {"date_text", &event.date.text}, {"place", &event.place},
      {"kind", &event.kind},           {"title", &event.title},
      {"organizer", &event.organizer}, {"sentence", &event.sentence}};
  out += '{';
  for (const auto& [name, value] : fields) {
    out += fmt::format("\"{}\":", name);
    append_json_string(out, *value);
    out += ',';
  }
  out += "\"participants\":[";
  for (std::size_t i = 0; i < event.participants.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, event.participants[i]);
  }
  out += fmt::format("],\"article\":{},\"line\":{},\"bulletin\":{},\"source\":", event.article,
                     event.line, sourced.number);
  append_json_string(out, sourced.source);
  out += "}\n";
}

/// A UID stable across runs and unique across inputs: the event's date and place in its input,
/// with the input's name hashed, since UIDs must not hold arbitrary path characters.
std::string event_uid(const Event& event, const SourcedBulletin& sourced, std::size_t index) {
  return fmt::format("{}-{}-{}-{}-{}@jianbao", event.date.start(),
                     jianbao::tools::content_id(sourced.source), sourced.number, event.line, index);
}

/// DTSTAMP: now, or SOURCE_DATE_EPOCH when set, so that reproducible runs give identical files.
std::string calendar_stamp() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) now = std::strtoll(epoch, nullptr, 10);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jianbao;
  tools::install_signal_handlers();
  tools::Tool tool("jianbao-list-events",
                   "List the dated events of Chinese work bulletins, or every date expression.",
                   {"tsv", "jsonl", "ics"});
  bool dates_only = false;
  DateFilter filter;
  CLI::App& app = tool.app();
  app.add_flag("--dates", dates_only,
               "list every date expression (line, ISO date, kind, text) instead of events");
  const auto bound = [](const std::string& value) {
    return is_iso_date(value) ? std::string() : "expected YYYY, YYYY-MM or YYYY-MM-DD";
  };
  app.add_option("--since", filter.since, "only dates on or after DATE")
      ->type_name("DATE")
      ->check(bound);
  app.add_option("--until", filter.until, "only dates on or before DATE")
      ->type_name("DATE")
      ->check(bound);
  std::vector<std::string> lexicon_files;
  tools::add_lexicon_option(app, lexicon_files);
  if (const auto status = tool.parse(argc, argv)) return static_cast<int>(*status);
  const bool ics = tool.format() == "ics";
  if (dates_only && ics)
    return static_cast<int>(tool.usage_error("--dates cannot go with --format ics"));

  const std::optional<Lexicon> lexicon = tools::load_lexicon(lexicon_files, tool.reporter());
  if (!lexicon) return static_cast<int>(tools::ExitStatus::usage);
  const std::string stamp = calendar_stamp();
  return tool.finish([&] {
    tools::Output out(tool.output_path());
    if (ics) {
      std::string header;
      append_ics_header(header, JIANBAO_VERSION);
      out.write(header);
    } else if (tool.header() && tool.format() == "tsv") {
      out.write(dates_only ? dates_header : events_header);
    }
    // Runs on worker threads: it only reads the lexicon and builds its own text.
    const auto render = [&](const SourcedBulletin& sourced, const tools::Ordinals&) {
      std::string chunk;
      const std::vector<Passage> passages = bulletin_passages(sourced.bulletin);
      const std::vector<DateMention> dates = find_dates(passages, date_context(sourced.bulletin));
      if (dates_only) {
        for (const DateMention& date : dates) {
          if (!filter.keeps(date)) continue;
          if (tool.format() == "jsonl")
            append_date_json(chunk, date, sourced);
          else
            append_date_tsv(chunk, date, sourced);
        }
        return chunk;
      }
      const std::vector<Person> people = find_people(passages, *lexicon);
      std::size_t index = 0;
      for (const Event& event : find_events(passages, dates, people, *lexicon)) {
        ++index;
        if (!filter.keeps(event.date)) continue;
        if (ics)
          append_ics_event(chunk, event, event_uid(event, sourced, index), stamp);
        else if (tool.format() == "jsonl")
          append_event_json(chunk, event, sourced);
        else
          append_event_tsv(chunk, event, sourced);
      }
      return chunk;
    };
    const tools::ExitStatus status = tool.run(render, out);
    if (ics) {
      std::string footer;
      append_ics_footer(footer);
      out.write(footer);
    }
    out.commit();
    return status;
  });
}
