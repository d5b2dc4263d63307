// The words of a quote or billing document e-mail in the customer's language (the quote's document
// language): the subject and the body used when the sender writes none of their own.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core::mail {

struct QuoteMailWords {
  std::string subject;  // "Quote Q-2026-0042 from Acme"
  std::string body;     // greeting, one line about the attachment, the sender's name
};

// `language` en, de, es or zh (anything else: en); `message` replaces the middle line when given.
QuoteMailWords QuoteMailText(std::string_view language, std::string_view number,
                             std::string_view company, std::string_view sender,
                             std::string_view message);

// The same for a billing document: `kind` "invoice", "credit_note" or "reminder" (a dunning
// letter; `number` may be empty).
QuoteMailWords DocumentMailText(std::string_view kind, std::string_view language,
                                std::string_view number, std::string_view company,
                                std::string_view sender, std::string_view message);

}  // namespace salesdesk::core::mail
