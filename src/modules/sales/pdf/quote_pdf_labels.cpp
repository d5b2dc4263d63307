#include "modules/sales/pdf/quote_pdf_labels.h"

namespace salesdesk::pdf {
namespace {

constexpr QuoteLabels kEnglish = {
    .title = "Quotation",
    .draft = "DRAFT",
    .internal = "INTERNAL — shows cost and margin, not for the customer",
    .number = "Quote number",
    .revision = "Revision",
    .issued_on = "Date",
    .valid_until = "Valid until",
    .payment_terms = "Payment terms",
    .payment_terms_value = "{days} days net",
    .incoterm = "Incoterm",
    .currency = "Currency",
    .customer = "Customer",
    .contact = "Contact",
    .tax_id = "Tax ID",
    .email = "Email",
    .phone = "Phone",
    .position = "Pos",
    .sku = "SKU",
    .description = "Description",
    .quantity = "Qty",
    .unit = "Unit",
    .unit_price = "Unit price",
    .discount = "Disc.",
    .tax_rate = "Tax",
    .net = "Net",
    .unit_cost = "Unit cost",
    .margin_percent = "Margin",
    .group_rate = "Tax rate",
    .group_base = "Base",
    .group_tax = "Tax",
    .untaxed = "Subtotal",
    .tax = "Tax",
    .total = "Total",
    .margin = "Margin",
    .notes = "Notes",
    .terms = "Terms",
    .terms_validity = "This quotation is valid until {date}.",
    .terms_prices = "Prices are in {currency}; taxes are shown per rate above.",
    .terms_payment = "Payment is due within {days} days of the invoice date.",
    .terms_delivery = "Delivery terms: {incoterm}.",
    .terms_general = "Our general terms and conditions of sale apply.",
    .tax_reverse_charge = "Reverse charge — Art. 196 Directive 2006/112/EC.",
    .tax_export = "Export — exempt.",
    .page_of = "Page {page} of {pages}",
    .label_separator = ": ",
};

constexpr QuoteLabels kGerman = {
    .title = "Angebot",
    .draft = "ENTWURF",
    .internal = "INTERN — mit Kosten und Marge, nicht für den Kunden",
    .number = "Angebotsnummer",
    .revision = "Revision",
    .issued_on = "Datum",
    .valid_until = "Gültig bis",
    .payment_terms = "Zahlungsbedingungen",
    .payment_terms_value = "{days} Tage netto",
    .incoterm = "Incoterm",
    .currency = "Währung",
    .customer = "Kunde",
    .contact = "Ansprechpartner",
    .tax_id = "USt-IdNr.",
    .email = "E-Mail",
    .phone = "Telefon",
    .position = "Pos.",
    .sku = "Artikelnr.",
    .description = "Beschreibung",
    .quantity = "Menge",
    .unit = "Einheit",
    .unit_price = "Einzelpreis",
    .discount = "Rabatt",
    .tax_rate = "USt.",
    .net = "Betrag",
    .unit_cost = "EK-Preis",
    .margin_percent = "Marge",
    .group_rate = "Steuersatz",
    .group_base = "Bemessungsgrundlage",
    .group_tax = "Steuer",
    .untaxed = "Nettobetrag",
    .tax = "Umsatzsteuer",
    .total = "Gesamtbetrag",
    .margin = "Marge",
    .notes = "Anmerkungen",
    .terms = "Bedingungen",
    .terms_validity = "Dieses Angebot ist gültig bis {date}.",
    .terms_prices = "Alle Preise in {currency}; die Steuern sind oben je Steuersatz ausgewiesen.",
    .terms_payment = "Zahlbar innerhalb von {days} Tagen nach Rechnungsdatum ohne Abzug.",
    .terms_delivery = "Lieferbedingung: {incoterm}.",
    .terms_general = "Es gelten unsere Allgemeinen Verkaufsbedingungen.",
    .tax_reverse_charge =
        "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) — Art. 196 Richtlinie "
        "2006/112/EG.",
    .tax_export = "Ausfuhrlieferung — steuerfrei.",
    .page_of = "Seite {page} von {pages}",
    .label_separator = ": ",
};

constexpr QuoteLabels kSpanish = {
    .title = "Presupuesto",
    .draft = "BORRADOR",
    .internal = "INTERNO — con coste y margen, no para el cliente",
    .number = "Número",
    .revision = "Revisión",
    .issued_on = "Fecha",
    .valid_until = "Válido hasta",
    .payment_terms = "Condiciones de pago",
    .payment_terms_value = "{days} días netos",
    .incoterm = "Incoterm",
    .currency = "Moneda",
    .customer = "Cliente",
    .contact = "Contacto",
    .tax_id = "NIF",
    .email = "Correo electrónico",
    .phone = "Teléfono",
    .position = "Pos.",
    .sku = "Referencia",
    .description = "Descripción",
    .quantity = "Cantidad",
    .unit = "Unidad",
    .unit_price = "Precio unitario",
    .discount = "Dto.",
    .tax_rate = "IVA",
    .net = "Importe",
    .unit_cost = "Coste unitario",
    .margin_percent = "Margen",
    .group_rate = "Tipo",
    .group_base = "Base imponible",
    .group_tax = "Cuota",
    .untaxed = "Base imponible",
    .tax = "Impuestos",
    .total = "Total",
    .margin = "Margen",
    .notes = "Notas",
    .terms = "Condiciones",
    .terms_validity = "Este presupuesto es válido hasta el {date}.",
    .terms_prices = "Precios en {currency}; los impuestos se indican arriba por tipo.",
    .terms_payment = "Pago a {days} días desde la fecha de factura.",
    .terms_delivery = "Condiciones de entrega: {incoterm}.",
    .terms_general = "Se aplican nuestras condiciones generales de venta.",
    .tax_reverse_charge = "Inversión del sujeto pasivo — art. 196 Directiva 2006/112/CE.",
    .tax_export = "Exportación — exenta.",
    .page_of = "Página {page} de {pages}",
    .label_separator = ": ",
};

constexpr QuoteLabels kChinese = {
    .title = "报价单",
    .draft = "草稿",
    .internal = "内部文件 — 含成本和毛利，请勿发给客户",
    .number = "报价编号",
    .revision = "版本",
    .issued_on = "报价日期",
    .valid_until = "有效期至",
    .payment_terms = "付款条件",
    .payment_terms_value = "{days}天内付款",
    .incoterm = "贸易术语",
    .currency = "币种",
    .customer = "客户",
    .contact = "联系人",
    .tax_id = "税号",
    .email = "电子邮件",
    .phone = "电话",
    .position = "序号",
    .sku = "物料编号",
    .description = "描述",
    .quantity = "数量",
    .unit = "单位",
    .unit_price = "单价",
    .discount = "折扣",
    .tax_rate = "税率",
    .net = "金额",
    .unit_cost = "单位成本",
    .margin_percent = "毛利率",
    .group_rate = "税率",
    .group_base = "计税金额",
    .group_tax = "税额",
    .untaxed = "未税金额",
    .tax = "税额",
    .total = "总计",
    .margin = "毛利",
    .notes = "备注",
    .terms = "条款",
    .terms_validity = "本报价有效期至{date}。",
    .terms_prices = "价格以{currency}计，税额按税率列示于上。",
    .terms_payment = "请于发票日期起{days}天内付款。",
    .terms_delivery = "交货条款：{incoterm}。",
    .terms_general = "适用我方一般销售条款。",
    .tax_reverse_charge = "反向征收 — 第2006/112/EC号指令第196条。",
    .tax_export = "出口 — 免税。",
    .page_of = "第 {page} 页，共 {pages} 页",
    .label_separator = "：",
};

}  // namespace

core::Result<Language> ParseLanguage(std::string_view code) {
  if (code == "en") return Language::kEn;
  if (code == "de") return Language::kDe;
  if (code == "es") return Language::kEs;
  if (code == "zh") return Language::kZh;
  return core::Error::Invalid("lang", "lang must be one of en, de, es, zh");
}

const QuoteLabels& LabelsFor(Language language) {
  switch (language) {
    case Language::kDe:
      return kGerman;
    case Language::kEs:
      return kSpanish;
    case Language::kZh:
      return kChinese;
    case Language::kEn:
      break;
  }
  return kEnglish;
}

std::string FillTemplate(std::string_view pattern,
                         const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out(pattern);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (std::size_t at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + value.size())) {
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

}  // namespace salesdesk::pdf
