// The mail module's English words: the source of its keys (de/es/zh have the same).
export const en = {
  "mail.emailQuote": "E-mail to customer",
  "mail.customerPdf": "The customer PDF (without cost or margin) is attached, in the quote's language. The send is logged on the account's timeline.",
  "mail.to": "To",
  "mail.toDefault": "The quote's contact",
  "mail.cc": "Cc (comma-separated)",
  "mail.subject": "Subject",
  "mail.subjectDefault": "Quote <number> from <company>",
  "mail.message": "Message",
  "mail.send": "Send",
  "mail.queued": "Queued for {to}: it leaves with the next run of the outbox.",
  "mail.documentPdf": "PDF for the customer",
  "mail.documentCustomerPdf": "The customer PDF (without cost or margin) is attached, in the customer's language. The send is logged on the account's timeline.",
  "mail.documentToDefault": "The customer's contact",
  "entity.outbox-messages": "Outbox",
  "entity.one.outbox-messages": "Outbox message",
  "entity.outbox-attachments": "Outbox attachments",
  "entity.one.outbox-attachments": "Outbox attachment",
  "entity.calendar-feeds": "Calendar feeds",
  "entity.one.calendar-feeds": "Calendar feed",
};
export type Catalog = Record<keyof typeof en, string>;
