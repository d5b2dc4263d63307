// The outbox's message bytes: base64 as RFC 4648 gives it, headers that cannot be split by a
// line break in a subject, UTF-8 subjects as encoded words, and a multipart message whose PDF
// comes back byte for byte.
#include <gtest/gtest.h>

#include "modules/mail/core/mail/mime_message.h"

namespace salesdesk::core::mail {
namespace {

TEST(MailMime, Base64IsRfc4648) {
  // RFC 4648 §10 test vectors.
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(DecodeBase64("Zm9vYmE="), "fooba");
}

TEST(MailMime, WrappedBase64HasLinesOf76) {
  const std::string bytes(200, '\xff');  // 200 bytes -> 268 characters -> 76+76+76+40
  const std::string b = Base64(bytes, true);
  EXPECT_EQ(b.find("\r\n"), 76u);
  EXPECT_EQ(b.size(), 268u + 3 * 2);
  EXPECT_EQ(DecodeBase64(b), bytes);
}

TEST(MailMime, HeadersStayOneLineAndNonAsciiIsEncoded) {
  EXPECT_EQ(HeaderText("Quote Q-1"), "Quote Q-1");
  // A line break in a subject must not start a header of its own ("Bcc: ...").
  EXPECT_EQ(HeaderText("Hi\r\nBcc: evil@example.com"), "Hi  Bcc: evil@example.com");
  // "Angebot für Sie" in UTF-8: ü is C3 BC.
  EXPECT_EQ(HeaderText("Angebot f\xC3\xBCr Sie"), "=?UTF-8?B?QW5nZWJvdCBmw7xyIFNpZQ==?=");
}

TEST(MailMime, LongUtf8SubjectsSplitBetweenCharacters) {
  std::string subject;
  for (int i = 0; i < 30; ++i) subject += "\xE6\x8A\xA5";  // 报, 3 bytes: 90 bytes in all
  const std::string h = HeaderText(subject);
  // 45 bytes per word = 15 whole characters: two words, each decoding to whole characters.
  const auto sep = h.find("\r\n ");
  ASSERT_NE(sep, std::string::npos);
  const std::string first = h.substr(10, sep - 12),
                    second = h.substr(sep + 13, h.size() - sep - 15);
  EXPECT_EQ(DecodeBase64(first).size(), 45u);
  EXPECT_EQ(DecodeBase64(first) + DecodeBase64(second), subject);
}

TEST(MailMime, MailDateIsRfc5322) {
  // 2026-12-03 12:00:00 UTC = 1 796 299 200 s (20 790 days * 86 400 + 43 200).
  EXPECT_EQ(MailDate(1'796'299'200'000'000), "Thu, 03 Dec 2026 12:00:00 +0000");
}

TEST(MailMime, MultipartCarriesTheTextAndThePdf) {
  MailDraft d;
  d.from = "sales@example.com";
  d.reply_to = "rep@example.com";
  d.to = {"buyer@customer.example"};
  d.cc = {"boss@customer.example"};
  d.subject = "Quote Q-7";
  d.body = "Hello,\nattached.\n";
  d.attachments.push_back({"Q-7.pdf", "application/pdf", std::string("%PDF-1.7\n\0\xff", 11)});
  const std::string m = BuildMime(d, "B0", "<outbox-7@example.com>", 1'796'299'200'000'000);
  EXPECT_NE(m.find("From: sales@example.com\r\nTo: buyer@customer.example\r\n"
                   "Cc: boss@customer.example\r\nReply-To: rep@example.com\r\n"
                   "Subject: Quote Q-7\r\nDate: Thu, 03 Dec 2026 12:00:00 +0000\r\n"
                   "Message-ID: <outbox-7@example.com>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/mixed; boundary=\"B0\"\r\n\r\n--B0\r\n"),
            std::string::npos)
      << m;
  // The text with CRLF line ends, base64: "Hello,\r\nattached.\r\n".
  EXPECT_NE(m.find(Base64("Hello,\r\nattached.\r\n")), std::string::npos);
  EXPECT_NE(m.find("Content-Disposition: attachment; filename=\"Q-7.pdf\"\r\n"), std::string::npos);
  EXPECT_NE(m.find(Base64(d.attachments[0].content, true)), std::string::npos);
  EXPECT_TRUE(m.ends_with("--B0--\r\n"));
}

TEST(MailMime, AddressesAreSplitAndChecked) {
  EXPECT_EQ(SplitAddresses(" a@x.com, b@y.org;;c@z.de "),
            (std::vector<std::string>{"a@x.com", "b@y.org", "c@z.de"}));
  EXPECT_TRUE(LooksLikeAddress("ana.perez@clinica.example.es"));
  for (const char* bad : {"", "ana", "ana@", "@x.com", "a@b", "a@@b.com", "a b@c.com",
                          "a@b.com\r\nBcc: x@y.z", "<a@b.com>"}) {
    EXPECT_FALSE(LooksLikeAddress(bad)) << bad;
  }
}

}  // namespace
}  // namespace salesdesk::core::mail
