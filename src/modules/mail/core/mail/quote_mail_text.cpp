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

// The document's name and the line about the attachment; the greeting and closing are the
// quote's.
Words ForDocument(std::string_view kind, std::string_view language) {
  Words w = For(language);
  const bool de = language == "de", es = language == "es", zh = language == "zh";
  if (kind == "invoice") {
    w.quote = de ? "Rechnung" : es ? "Factura" : zh ? "发票" : "Invoice";
    w.attached = de   ? "anbei erhalten Sie unsere Rechnung als PDF."
                 : es ? "le enviamos adjunta nuestra factura en PDF."
                 : zh ? "附件是我们的发票（PDF）。"
                      : "please find our invoice attached as a PDF.";
  } else if (kind == "credit_note") {
    w.quote = de ? "Gutschrift" : es ? "Nota de crédito" : zh ? "贷项通知单" : "Credit note";
    w.attached = de   ? "anbei erhalten Sie unsere Gutschrift als PDF."
                 : es ? "le enviamos adjunta nuestra nota de crédito en PDF."
                 : zh ? "附件是我们的贷项通知单（PDF）。"
                      : "please find our credit note attached as a PDF.";
  } else {
    w.quote = de   ? "Zahlungserinnerung"
              : es ? "Recordatorio de pago"
              : zh ? "付款提醒函"
                   : "Payment reminder";
    w.attached = de   ? "anbei erhalten Sie eine Zahlungserinnerung zu offenen Rechnungen."
                 : es ? "le enviamos adjunto un recordatorio de facturas pendientes."
                 : zh ? "附件是关于逾期发票的付款提醒函。"
                      : "please find attached a reminder about overdue invoices.";
  }
  return w;
}

QuoteMailWords Compose(const Words& w, std::string_view number, std::string_view company,
                       std::string_view sender, std::string_view message) {
  QuoteMailWords out;
  out.subject = std::string(w.quote);
  if (!number.empty()) out.subject += " " + std::string(number);
  if (!company.empty()) out.subject += " " + std::string(w.from) + " " + std::string(company);
  out.body = std::string(w.hello) + "\n\n" + std::string(message.empty() ? w.attached : message) +
             "\n\n" + std::string(w.regards) + "\n" + std::string(sender) + "\n";
  return out;
}

}  // namespace

QuoteMailWords QuoteMailText(std::string_view language, std::string_view number,
                             std::string_view company, std::string_view sender,
                             std::string_view message) {
  return Compose(For(language), number, company, sender, message);
}

QuoteMailWords DocumentMailText(std::string_view kind, std::string_view language,
                                std::string_view number, std::string_view company,
                                std::string_view sender, std::string_view message) {
  return Compose(ForDocument(kind, language), number, company, sender, message);
}

}  // namespace salesdesk::core::mail
