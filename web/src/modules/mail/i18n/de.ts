import type { Catalog } from './en';

export const de: Catalog = {
  "mail.emailQuote": "Per E-Mail an den Kunden",
  "mail.customerPdf": "Das Kunden-PDF (ohne Kosten und Marge) wird in der Sprache des Angebots angehängt. Der Versand erscheint in der Chronik des Kunden.",
  "mail.to": "An",
  "mail.toDefault": "Der Kontakt des Angebots",
  "mail.cc": "Cc (durch Kommas getrennt)",
  "mail.subject": "Betreff",
  "mail.subjectDefault": "Angebot <Nummer> von <Firma>",
  "mail.message": "Nachricht",
  "mail.send": "Senden",
  "mail.queued": "Für {to} eingereiht: Sie geht mit dem nächsten Lauf des Postausgangs hinaus.",
  "mail.documentPdf": "PDF für den Kunden",
  "mail.documentCustomerPdf": "Das Kunden-PDF (ohne Kosten und Marge) wird in der Sprache des Kunden angehängt. Der Versand erscheint in der Chronik des Kunden.",
  "mail.documentToDefault": "Der Ansprechpartner des Kunden",
  "entity.outbox-messages": "Postausgang",
  "entity.one.outbox-messages": "Nachricht im Postausgang",
  "entity.outbox-attachments": "Anhänge im Postausgang",
  "entity.one.outbox-attachments": "Anhang im Postausgang",
  "entity.calendar-feeds": "Kalender-Feeds",
  "entity.one.calendar-feeds": "Kalender-Feed",
};
