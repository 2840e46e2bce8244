// SPDX-License-Identifier: MIT
#include "jianbao/text.hpp"

#include <fmt/format.h>
#include <iconv.h>
#include <utf8proc.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "detail/utf8.hpp"

namespace jianbao {
namespace {

using detail::append_utf8;
using detail::replacement_character;

// Past this many, replacements are summed up in one last diagnostic instead of flooding stderr.
constexpr std::size_t max_reported_replacements = 10;

/// Collects replacement warnings, one per line, up to a limit.
class ReplacementLog {
 public:
  explicit ReplacementLog(std::string_view what) : what_(what) {}

  void note(std::size_t line) {
    ++total_;
    if (line == last_line_) return;
    last_line_ = line;
    if (reported_.size() < max_reported_replacements) {
      reported_.push_back({Severity::warning, line, fmt::format("{} replaced by U+FFFD", what_)});
    }
  }

  void flush_into(Diagnostics& diagnostics) const {
    diagnostics.insert(diagnostics.end(), reported_.begin(), reported_.end());
    if (total_ > reported_.size() && reported_.size() == max_reported_replacements) {
      diagnostics.push_back(
          {Severity::warning, 0, fmt::format("{} {}s in all replaced by U+FFFD", total_, what_)});
    }
  }

 private:
  std::string what_;
  std::vector<Diagnostic> reported_;
  std::size_t total_ = 0;
  std::size_t last_line_ = 0;
};

/// Counts source lines as decode will: CRLF, CR and LF each end one line.
class LineCounter {
 public:
  explicit LineCounter(std::size_t first_line = 1) : line_(first_line) {}
  void see(char32_t c) {
    if (c == '\r' || (c == '\n' && previous_ != '\r')) ++line_;
    previous_ = c;
  }
  void see_all(std::string_view text) {
    for (char c : text) see(static_cast<unsigned char>(c));
  }
  std::size_t line() const { return line_; }

 private:
  std::size_t line_ = 1;
  char32_t previous_ = 0;
};

/// Length of the valid UTF-8 sequence at `pos`, or 0 when the bytes there are not one.
std::size_t valid_utf8_length(std::string_view bytes, std::size_t pos) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = at(pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > bytes.size()) return 0;
  if (at(pos + 1) < low || at(pos + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if ((at(pos + i) & 0xC0) != 0x80) return 0;
  }
  return length;
}

std::size_t count_invalid_utf8(std::string_view bytes, std::size_t limit) {
  std::size_t invalid = 0;
  for (std::size_t pos = 0; pos < bytes.size() && invalid < limit;) {
    const std::size_t length = valid_utf8_length(bytes, pos);
    if (length == 0) {
      ++invalid;
      ++pos;
    } else {
      pos += length;
    }
  }
  return invalid;
}

std::string decode_utf8(std::string_view bytes, std::size_t first_line, Diagnostics& diagnostics) {
  std::string out;
  out.reserve(bytes.size());
  ReplacementLog log("invalid UTF-8 sequence");
  LineCounter lines(first_line);
  std::size_t valid_from = 0;  // valid bytes are copied in runs, not one by one
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    // Most Chinese text: a lead byte of U+1000..U+CFFF and two continuation bytes.
    if (lead >= 0xE1 && lead <= 0xEC && pos + 2 < bytes.size() &&
        (static_cast<unsigned char>(bytes[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(bytes[pos + 2]) & 0xC0) == 0x80) {
      pos += 3;
      continue;
    }
    const std::size_t length = valid_utf8_length(bytes, pos);
    if (length > 0) {
      pos += length;
      continue;
    }
    const std::string_view run = bytes.substr(valid_from, pos - valid_from);
    out += run;
    lines.see_all(run);
    log.note(lines.line());
    append_utf8(out, replacement_character);
    ++pos;
    // One U+FFFD per maximal bad run of continuation bytes, as browsers do.
    while (pos < bytes.size() && (static_cast<unsigned char>(bytes[pos]) & 0xC0) == 0x80) ++pos;
    valid_from = pos;
  }
  out += bytes.substr(valid_from);
  log.flush_into(diagnostics);
  return out;
}

std::string decode_utf16(std::string_view bytes, bool big_endian, std::size_t first_line,
                         Diagnostics& diagnostics) {
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  ReplacementLog log("invalid UTF-16 sequence");
  LineCounter lines(first_line);
  const auto unit_at = [&](std::size_t pos) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[pos]);
    const auto b = static_cast<unsigned char>(bytes[pos + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  std::size_t pos = 0;
  for (; pos + 1 < bytes.size(); pos += 2) {
    char32_t unit = unit_at(pos);
    if (unit >= 0xD800 && unit <= 0xDBFF && pos + 3 < bytes.size()) {
      const char32_t low = unit_at(pos + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        pos += 2;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      log.note(lines.line());
      unit = replacement_character;
    }
    lines.see(unit);
    append_utf8(out, unit);
  }
  log.flush_into(diagnostics);
  if (pos < bytes.size()) {
    append_utf8(out, replacement_character);
    diagnostics.push_back(
        {Severity::warning, lines.line(), "truncated UTF-16 code unit at end of input"});
  }
  return out;
}

struct IconvCloser {
  void operator()(iconv_t cd) const { iconv_close(cd); }
};

std::string decode_gb18030(std::string_view bytes, std::size_t first_line,
                           Diagnostics& diagnostics) {
  iconv_t raw = iconv_open("UTF-8", "GB18030");
  if (raw == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error("iconv cannot convert from GB18030 on this system");
  }
  const std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser> cd(raw);
  std::string out;
  ReplacementLog log("invalid GB18030 sequence");
  char* in = const_cast<char*>(bytes.data());  // iconv's interface is not const-correct
  std::size_t in_left = bytes.size();
  char buffer[16384];
  LineCounter lines(first_line);
  while (in_left > 0) {
    char* dest = buffer;
    std::size_t dest_left = sizeof buffer;
    const std::size_t status = iconv(cd.get(), &in, &in_left, &dest, &dest_left);
    const std::string_view converted(buffer, static_cast<std::size_t>(dest - buffer));
    out += converted;
    lines.see_all(converted);
    if (status != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    const std::size_t line = lines.line();
    append_utf8(out, replacement_character);
    if (errno == EINVAL) {  // incomplete sequence: only possible at the end
      diagnostics.push_back({Severity::warning, line,
                             "truncated GB18030 sequence at end of input replaced by U+FFFD"});
      break;
    }
    log.note(line);
    ++in;
    --in_left;
  }
  log.flush_into(diagnostics);
  return out;
}

/// Binary data (images, archives, PDFs) must not be turned into "text" full of U+FFFD.
bool looks_binary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 65536);
  std::size_t control = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B)
      ++control;
  }
  return control * 20 > head.size();  // over 5% control bytes
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// UTF-16 without a BOM: newlines, spaces, digits and Latin letters put a zero byte on one side
/// of each pair only, next to a printable byte (Chinese text has fewer such pairs, but never
/// zeros on the other side).
std::optional<Encoding> detect_bomless_utf16(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 65536);
  const auto printable = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  };
  std::size_t zero_high[2] = {0, 0};  // [0]: zero odd byte (LE), [1]: zero even byte (BE)
  std::size_t zero_any[2] = {0, 0};
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    for (int side = 0; side < 2; ++side) {
      const char zero = head[i + 1 - side], other = head[i + side];
      if (zero != '\0') continue;
      ++zero_any[side];
      zero_high[side] += printable(other) && other != '\0';
    }
  }
  const std::size_t pairs = head.size() / 2;
  for (int side = 0; side < 2; ++side) {
    const bool ascii_pairs =
        zero_high[side] * 20 >= pairs && zero_high[side] * 10 >= zero_any[side] * 9;
    const bool other_side_clean = zero_any[1 - side] * 4 <= zero_high[side];
    if (pairs >= 4 && ascii_pairs && other_side_clean)
      return side == 0 ? Encoding::utf16le : Encoding::utf16be;
  }
  return std::nullopt;
}

/// CRLF and CR become LF, NUL becomes U+FFFD; builds the line table.
void normalise_newlines(std::string& content, std::vector<std::size_t>& line_starts,
                        std::size_t first_line, Diagnostics& diagnostics) {
  line_starts.assign(1, 0);
  if (content.find('\r') == std::string::npos && content.find('\0') == std::string::npos) {
    // The common case: LF only, nothing to rewrite.
    for (std::size_t nl = content.find('\n'); nl != std::string::npos;
         nl = content.find('\n', nl + 1))
      line_starts.push_back(nl + 1);
    return;
  }
  std::string out;
  out.reserve(content.size());
  ReplacementLog nul_log("NUL byte");
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
      out += '\n';
      line_starts.push_back(out.size());
    } else if (c == '\0') {
      nul_log.note(first_line + line_starts.size() - 1);
      append_utf8(out, replacement_character);
    } else {
      out += c;
    }
  }
  nul_log.flush_into(diagnostics);
  content = std::move(out);
}

}  // namespace

Encoding detect_encoding(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return Encoding::utf8_bom;
  if (starts_with(bytes, "\xFF\xFE")) return Encoding::utf16le;
  if (starts_with(bytes, "\xFE\xFF")) return Encoding::utf16be;
  if (const auto utf16 = detect_bomless_utf16(bytes)) return *utf16;
  // Valid UTF-8 is almost never accidental; otherwise GB18030 is what Chinese archives hold.
  const std::size_t invalid = count_invalid_utf8(bytes, 64);
  if (invalid == 0) return Encoding::utf8;
  // A file of UTF-8 with a few damaged bytes stays UTF-8: GB18030 would garble all of it.
  const std::size_t high_bytes = static_cast<std::size_t>(std::count_if(
      bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  const std::size_t valid_multibyte_share =
      high_bytes == 0 ? 0 : (high_bytes - invalid) * 10 / high_bytes;
  return (invalid >= 64 || valid_multibyte_share < 9) ? Encoding::gb18030 : Encoding::utf8;
}

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8:
      return "utf-8";
    case Encoding::utf8_bom:
      return "utf-8-bom";
    case Encoding::utf16le:
      return "utf-16le";
    case Encoding::utf16be:
      return "utf-16be";
    case Encoding::gb18030:
      return "gb18030";
  }
  return "utf-8";
}

std::optional<Encoding> parse_encoding_name(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c != '-' && c != '_') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (key == "utf8") return Encoding::utf8;
  if (key == "utf8bom") return Encoding::utf8_bom;
  if (key == "utf16le") return Encoding::utf16le;
  if (key == "utf16be" || key == "utf16") return Encoding::utf16be;
  if (key == "gb18030" || key == "gbk" || key == "gb2312" || key == "cp936" || key == "euccn")
    return Encoding::gb18030;
  return std::nullopt;
}

std::string_view Text::line(std::size_t n) const {
  if (n == 0 || n > line_starts.size()) return {};
  const std::size_t begin = line_starts[n - 1];
  const std::size_t end = n < line_starts.size() ? line_starts[n] - 1 : content.size();
  return std::string_view(content).substr(begin, end - begin);
}

std::size_t Text::line_of(std::size_t offset) const {
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return static_cast<std::size_t>(it - line_starts.begin());
}

Text decode(std::string_view bytes, const DecodeOptions& options) {
  Text text;
  text.encoding = options.encoding ? *options.encoding : detect_encoding(bytes);
  const bool utf16 = text.encoding == Encoding::utf16le || text.encoding == Encoding::utf16be;
  if (!utf16 && looks_binary(bytes)) {
    text.diagnostics.push_back(
        {Severity::error, 0, "binary input (control bytes), not a text file"});
    return text;
  }
  switch (text.encoding) {
    case Encoding::utf8:
    case Encoding::utf8_bom:
      if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
      text.content = decode_utf8(bytes, options.first_line, text.diagnostics);
      break;
    case Encoding::utf16le:
    case Encoding::utf16be: {
      const std::string_view bom = text.encoding == Encoding::utf16le ? "\xFF\xFE" : "\xFE\xFF";
      if (starts_with(bytes, bom)) bytes.remove_prefix(2);
      text.content = decode_utf16(bytes, text.encoding == Encoding::utf16be, options.first_line,
                                  text.diagnostics);
      break;
    }
    case Encoding::gb18030:
      text.content = decode_gb18030(bytes, options.first_line, text.diagnostics);
      break;
  }
  text.first_line = options.first_line;
  normalise_newlines(text.content, text.line_starts, text.first_line, text.diagnostics);
  return text;
}

namespace {

/// matching_key for the common case, without utf8proc: text of ASCII, CJK ideographs and CJK
/// or full-width punctuation, whose NFKC case fold is plain lower-casing and digit folding.
/// Returns false, having written nothing useful, when another character needs the real thing.
bool fast_matching_key(std::string_view text, std::string& key) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = detail::next_code_point(text, pos);
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) key += static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 0x4E00 && c <= 0x9FFF) {
      append_utf8(key, c);
    } else if (c >= U'０' && c <= U'９') {
      key += static_cast<char>('0' + (c - U'０'));
    } else if (!((c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
                 (c >= 0x3014 && c <= 0x301F) || (c >= 0x2010 && c <= 0x2027) ||
                 (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
                 (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x00B7)) {
      return false;  // punctuation above is dropped; anything else goes to utf8proc
    }
  }
  return true;
}

}  // namespace

std::string matching_key(std::string_view text) {
  if (std::string key; fast_matching_key(text, key)) return key;
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                      UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) return std::string(text);  // only on invalid UTF-8, which decode never yields
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  std::string key;
  for (utf8proc_ssize_t pos = 0; pos < length;) {
    utf8proc_int32_t c = 0;
    pos += utf8proc_iterate(folded + pos, length - pos, &c);
    const utf8proc_category_t category = utf8proc_category(c);
    const bool keep = category < UTF8PROC_CATEGORY_PC;  // letters, marks and numbers
    if (keep && c > 0x20) append_utf8(key, static_cast<char32_t>(c));
  }
  return key;
}

}  // namespace jianbao
