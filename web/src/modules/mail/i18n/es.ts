import type { Catalog } from './en';

export const es: Catalog = {
  "mail.emailQuote": "Enviar al cliente por correo",
  "mail.customerPdf": "Se adjunta el PDF para el cliente (sin coste ni margen) en el idioma de la oferta. El envío queda en la cronología de la cuenta.",
  "mail.to": "Para",
  "mail.toDefault": "El contacto de la oferta",
  "mail.cc": "Cc (separados por comas)",
  "mail.subject": "Asunto",
  "mail.subjectDefault": "Oferta <número> de <empresa>",
  "mail.message": "Mensaje",
  "mail.send": "Enviar",
  "mail.queued": "En cola para {to}: sale con la próxima ejecución de la bandeja de salida.",
  "mail.documentPdf": "PDF para el cliente",
  "mail.documentCustomerPdf": "Se adjunta el PDF del cliente (sin coste ni margen) en el idioma del cliente. El envío queda registrado en la cronología de la cuenta.",
  "mail.documentToDefault": "El contacto del cliente",
  "entity.outbox-messages": "Bandeja de salida",
  "entity.one.outbox-messages": "Mensaje de salida",
  "entity.outbox-attachments": "Adjuntos de salida",
  "entity.one.outbox-attachments": "Adjunto de salida",
  "entity.calendar-feeds": "Calendarios suscritos",
  "entity.one.calendar-feeds": "Calendario suscrito",
};
