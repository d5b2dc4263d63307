#include "modules/mail/core/mail/mime_message.h"

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace salesdesk::core::mail {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool PrintableAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return out;
}

// A header's addresses; each is already checked by LooksLikeAddress.
std::string Join(const std::vector<std::string>& addresses) {
  std::string out;
  for (const auto& a : addresses) out += (out.empty() ? "" : ", ") + OneLine(a);
  return out;
}

// Body text with CRLF line ends (SMTP's), never a bare CR or LF.
std::string CrlfText(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\r\n";
    } else if (text[i] == '\n') {
      out += "\r\n";
    } else {
      out += text[i];
    }
  }
  return out;
}

// A file name as a quoted parameter: ASCII without quotes or backslashes (ours are numbers).
std::string SafeFilename(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    out += (c < 0x20 || c > 0x7e || c == '"' || c == '\\') ? '_' : static_cast<char>(c);
  }
  return out.empty() ? "attachment" : out;
}

}  // namespace

std::string Base64(std::string_view bytes, bool wrap) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4 + bytes.size() / 57 * 2 + 2);
  std::size_t line = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t b0 = static_cast<unsigned char>(bytes[i]);
    const std::uint32_t b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    const std::uint32_t b2 = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0;
    const std::uint32_t v = (b0 << 16) | (b1 << 8) | b2;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[v & 63] : '=';
    line += 4;
    if (wrap && line == 76 && i + 3 < bytes.size()) {
      out += "\r\n";
      line = 0;
    }
  }
  return out;
}

std::string DecodeBase64(std::string_view text) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '\r' || c == '\n') continue;
    if (c == '=') break;
    const auto pos = kAlphabet.find(c);
    if (pos == std::string_view::npos) break;
    acc = (acc << 6) | static_cast<std::uint32_t>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

std::string HeaderText(std::string_view text) {
  const std::string line = OneLine(text);
  if (PrintableAscii(line)) return line;
  // Encoded words of at most 75 characters: 45 bytes of UTF-8 each, never cutting a character.
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t end = std::min(line.size(), i + 45);
    while (end < line.size() && end > i && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
      --end;
    out += (out.empty() ? "" : "\r\n ") + std::string("=?UTF-8?B?") +
           Base64(std::string_view(line).substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string MailDate(std::int64_t micros_since_epoch) {
  using namespace std::chrono;
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const sys_seconds t{seconds{micros_since_epoch / 1'000'000}};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char out[64];
  std::snprintf(out, sizeof out, "%s, %02u %s %d %02d:%02d:%02d +0000",
                kDays[weekday{day}.c_encoding()], static_cast<unsigned>(ymd.day()),
                kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return out;
}

std::string BuildMime(const MailDraft& d, std::string_view boundary, std::string_view message_id,
                      std::int64_t date_micros) {
  std::string m;
  m += "From: " + OneLine(d.from) + "\r\n";
  m += "To: " + Join(d.to) + "\r\n";
  if (!d.cc.empty()) m += "Cc: " + Join(d.cc) + "\r\n";
  if (!d.reply_to.empty()) m += "Reply-To: " + OneLine(d.reply_to) + "\r\n";
  m += "Subject: " + HeaderText(d.subject) + "\r\n";
  m += "Date: " + MailDate(date_micros) + "\r\n";
  m += "Message-ID: " + OneLine(message_id) + "\r\n";
  m += "MIME-Version: 1.0\r\n";
  const std::string text_part =
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      Base64(CrlfText(d.body), true) + "\r\n";
  if (d.attachments.empty()) return m + text_part;
  const std::string b(boundary);
  m += "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n";
  m += "--" + b + "\r\n" + text_part;
  for (const auto& a : d.attachments) {
    const std::string name = SafeFilename(a.filename);
    m += "--" + b + "\r\n";
    m += "Content-Type: " + OneLine(a.content_type) + "; name=\"" + name + "\"\r\n";
    m += "Content-Disposition: attachment; filename=\"" + name + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += Base64(a.content, true) + "\r\n";
  }
  m += "--" + b + "--\r\n";
  return m;
}

std::vector<std::string> SplitAddresses(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find_first_of(",;", start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view piece = list.substr(start, end - start);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

bool LooksLikeAddress(std::string_view a) {
  if (a.size() < 5 || a.size() > 254) return false;
  for (unsigned char c : a) {
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"')
      return false;
  }
  const auto at = a.find('@');
  if (at == 0 || at == std::string_view::npos || a.find('@', at + 1) != std::string_view::npos)
    return false;
  const auto dot = a.rfind('.');
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < a.size();
}

}  // namespace salesdesk::core::mail
