#include "modules/mail/core/mail/quote_mail_text.h"

namespace salesdesk::core::mail {
namespace {

struct Words {
  std::string_view quote, from, hello, attached, regards;
};

Words For(std::string_view language) {
  if (language == "de") {
    return {"Angebot", "von", "Guten Tag,", "anbei erhalten Sie unser Angebot als PDF.",
            "Mit freundlichen Grüßen"};
  }
  if (language == "es") {
    return {"Oferta", "de", "Buenos días:", "le enviamos adjunta nuestra oferta en PDF.",
            "Atentamente"};
  }
  if (language == "zh") return {"报价单", "—", "您好：", "附件是我们的报价单（PDF）。", "此致敬礼"};
  return {"Quote", "from", "Hello,", "please find our quote attached as a PDF.", "Kind regards"};
}

}  // namespace

QuoteMailWords QuoteMailText(std::string_view language, std::string_view number,
                             std::string_view company, std::string_view sender,
                             std::string_view message) {
  const Words w = For(language);
  QuoteMailWords out;
  out.subject = std::string(w.quote) + " " + std::string(number);
  if (!company.empty()) out.subject += " " + std::string(w.from) + " " + std::string(company);
  out.body = std::string(w.hello) + "\n\n" + std::string(message.empty() ? w.attached : message) +
             "\n\n" + std::string(w.regards) + "\n" + std::string(sender) + "\n";
  return out;
}

}  // namespace salesdesk::core::mail
