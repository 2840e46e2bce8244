// SPDX-License-Identifier: MIT
#include "common/cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <system_error>
#include <thread>

#include "common/input.hpp"
#include "common/pool.hpp"
#include "jianbao/version.hpp"

namespace jianbao::tools {

Tool::Tool(std::string name, std::string description, std::vector<std::string> formats)
    : app_(std::move(description), name), reporter_(name) {
  format_ = formats.front();
  app_.set_help_flag("-h,--help", "print this help and exit");
  app_.set_version_flag("--version", fmt::format("{} (jianbao) {}", name, version),
                        "print the version and exit");
  app_.add_option("files", files_, "input files; '-' or none reads standard input")
      ->type_name("FILE");
  app_.add_option("-o,--output", output_, "write to FILE, replaced atomically, not standard output")
      ->type_name("FILE");
  app_.add_option("--format", format_, fmt::format("output format: {}", fmt::join(formats, ", ")))
      ->check(CLI::IsMember(formats).description(""))
      ->type_name("FORMAT");
  app_.add_option("--encoding", encoding_,
                  "input encoding: utf-8, utf-16le, utf-16be, gb18030 (default: detected)")
      ->type_name("NAME");
  app_.add_flag("--no-header", no_header_, "leave out the TSV header line");
  app_.add_flag("-q,--quiet", quiet_, "do not print warnings");
  app_.add_option("-j,--jobs", jobs_, "structure bulletins on N threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u));
}

std::optional<ExitStatus> Tool::parse(int argc, char** argv) {
  try {
    app_.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app_.exit(e);
    return ExitStatus::success;
  } catch (const CLI::CallForVersion& e) {
    app_.exit(e);
    return ExitStatus::success;
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes are 100 and up; every usage error is 2 here. Its messages start with a
    // capital; ours do not.
    std::string message = e.what();
    if (!message.empty())
      message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return usage_error(message);
  }
  reporter_.set_quiet(quiet_);
  if (!encoding_.empty()) {
    forced_encoding_ = parse_encoding_name(encoding_);
    if (!forced_encoding_) return usage_error(fmt::format("unknown encoding '{}'", encoding_));
  }
  if (files_.empty()) files_.push_back("-");
  return std::nullopt;
}

ExitStatus Tool::usage_error(std::string_view message) {
  reporter_.error(message);
  fmt::print(stderr, "Try '{} --help' for more information.\n", reporter_.program());
  return ExitStatus::usage;
}

ExitStatus Tool::run(const Render& render, Output& out) {
  const unsigned jobs = jobs_ > 0 ? jobs_ : std::max(1u, std::thread::hardware_concurrency());
  OrderedPool pool(jobs > 1 ? jobs : 0);
  const auto deliver = [&](Rendered&& rendered) {
    if (rendered.error) std::rethrow_exception(rendered.error);
    reporter_.report(rendered.source, rendered.diagnostics);
    out.write(rendered.text);
    out.flush();  // each bulletin at once, so a downstream tool starts
  };
  std::string buffer(1 << 20, '\0');
  for (const std::string& name : files_) {
    const int fd = open_input(name, reporter_);
    if (fd < 0) continue;
    BulletinReader reader(name, DecodeOptions{forced_encoding_, 1});
    const auto emit = [&](BulletinPiece&& cut) {
      auto piece = std::make_shared<BulletinPiece>(std::move(cut));
      // Decoding problems so far concern this piece: they go out just before it.
      Rendered start{name, reader.take_diagnostics(), {}, nullptr};
      pool.submit(
          [piece, start, &render]() mutable {
            for (const SourcedBulletin& bulletin :
                 structure_piece(std::move(*piece), start.diagnostics))
              start.text += render(bulletin);
            return start;
          },
          deliver);
    };
    bool complete = true;
    for (;;) {
      const long n = read_block(fd, buffer.data(), buffer.size(), name, reporter_);
      if (n <= 0) {
        complete = n == 0;
        break;
      }
      reader.feed(std::string_view(buffer.data(), static_cast<std::size_t>(n)), emit);
      if (reader.failed()) break;
    }
    close_input(fd);
    if (complete && !reader.failed()) reader.finish(emit);
    pool.drain(deliver);
    reporter_.report(name, reader.take_diagnostics());
    if (complete && !reader.failed() && reader.bulletins() == 0)
      reporter_.error(name, 0, "no bulletin found");
  }
  return reporter_.failed() ? ExitStatus::failure : ExitStatus::success;
}

int Tool::finish(const std::function<ExitStatus()>& body) {
  try {
    return static_cast<int>(body());
  } catch (const BrokenPipe&) {
    return static_cast<int>(ExitStatus::success);
  } catch (const std::system_error& e) {
    reporter_.error(e.what());
    return static_cast<int>(ExitStatus::failure);
  }
}

}  // namespace jianbao::tools
