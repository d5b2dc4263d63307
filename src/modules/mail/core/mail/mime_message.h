// An e-mail as the relay receives it (RFC 5322 with MIME, RFC 2045-2047): a text part and
// attachments, each base64 at 76 columns, non-ASCII headers as UTF-8 encoded words. Pure: the
// outbox builds the bytes, the SMTP port only carries them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::core::mail {

struct MailAttachment {
  std::string filename;      // e.g. "Q-2026-0042.pdf"
  std::string content_type;  // e.g. "application/pdf"
  std::string content;       // the bytes
};

struct MailDraft {
  std::string from;
  std::string reply_to;  // the person who sent it, so the customer answers them
  std::vector<std::string> to;
  std::vector<std::string> cc;
  std::string subject;
  std::string body;  // UTF-8 plain text, lines ending \n
  std::vector<MailAttachment> attachments;
};

// Base64 (RFC 4648); with `wrap`, CRLF after every 76 characters (MIME bodies).
std::string Base64(std::string_view bytes, bool wrap = false);
std::string DecodeBase64(std::string_view text);  // ignores line breaks; stops at bad input
// `text` as a header value: as is when printable ASCII, else "=?UTF-8?B?...?=" words.
// Line breaks become spaces, so no value can start a header of its own.
std::string HeaderText(std::string_view text);
// "Thu, 03 Dec 2026 12:00:00 +0000" for a UTC instant in microseconds.
std::string MailDate(std::int64_t micros_since_epoch);
// The whole message; `boundary` separates the parts, `message_id` is "<...@...>".
std::string BuildMime(const MailDraft& draft, std::string_view boundary,
                      std::string_view message_id, std::int64_t date_micros);

// Splits "a@x.com, b@y.org" into addresses (trimmed, empty pieces dropped).
std::vector<std::string> SplitAddresses(std::string_view list);
// A plausible single address (local@domain.tld, no spaces, angle brackets or line breaks).
bool LooksLikeAddress(std::string_view address);

}  // namespace salesdesk::core::mail
