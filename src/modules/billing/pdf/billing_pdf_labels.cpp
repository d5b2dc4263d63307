#include "modules/billing/pdf/billing_pdf_labels.h"

namespace salesdesk::pdf {
namespace {

constexpr BillingLabels kEnglish = {
    .invoice = "Invoice",
    .credit_note = "Credit note",
    .reminder = "Payment reminder",
    .invoice_number = "Invoice number",
    .invoice_date = "Invoice date",
    .credit_note_number = "Credit note number",
    .order = "Order",
    .for_invoice = "Invoice",
    .reason = "Reason",
    .credit_text = "This credit note reduces invoice {invoice} of {date}.",
    .tax_of = "Tax {rate} on {base}",
    .total_credited = "Total credited",
    .schedule = "Payment schedule",
    .due_on = "Due on",
    .amount = "Amount",
    .payment = "Payment",
    .payment_text = "Please pay {total} by {date}, quoting {number}.",
    .level = "Reminder level {level}",
    .days_overdue = "Days overdue",
    .outstanding = "Outstanding",
    .interest = "Interest",
    .fees = "Fees",
    .total_to_pay = "Total to pay",
    .bank = "Bank details",
};

constexpr BillingLabels kGerman = {
    .invoice = "Rechnung",
    .credit_note = "Gutschrift",
    .reminder = "Zahlungserinnerung",
    .invoice_number = "Rechnungsnummer",
    .invoice_date = "Rechnungsdatum",
    .credit_note_number = "Gutschriftsnummer",
    .order = "Auftrag",
    .for_invoice = "Zu Rechnung",
    .reason = "Grund",
    .credit_text = "Diese Gutschrift mindert die Rechnung {invoice} vom {date}.",
    .tax_of = "USt. {rate} auf {base}",
    .total_credited = "Gutschriftsbetrag",
    .schedule = "Zahlungsplan",
    .due_on = "Fällig am",
    .amount = "Betrag",
    .payment = "Zahlung",
    .payment_text = "Bitte zahlen Sie {total} bis zum {date} unter Angabe von {number}.",
    .level = "Mahnstufe {level}",
    .days_overdue = "Tage überfällig",
    .outstanding = "Offen",
    .interest = "Zinsen",
    .fees = "Gebühren",
    .total_to_pay = "Zu zahlender Betrag",
    .bank = "Bankverbindung",
};

constexpr BillingLabels kSpanish = {
    .invoice = "Factura",
    .credit_note = "Nota de crédito",
    .reminder = "Recordatorio de pago",
    .invoice_number = "Número de factura",
    .invoice_date = "Fecha de factura",
    .credit_note_number = "Número de nota de crédito",
    .order = "Pedido",
    .for_invoice = "Factura rectificada",
    .reason = "Motivo",
    .credit_text = "Esta nota de crédito reduce la factura {invoice} del {date}.",
    .tax_of = "IVA {rate} sobre {base}",
    .total_credited = "Total abonado",
    .schedule = "Calendario de pagos",
    .due_on = "Vencimiento",
    .amount = "Importe",
    .payment = "Pago",
    .payment_text = "Le rogamos abone {total} antes del {date}, indicando {number}.",
    .level = "Nivel de reclamación {level}",
    .days_overdue = "Días de retraso",
    .outstanding = "Pendiente",
    .interest = "Intereses",
    .fees = "Gastos",
    .total_to_pay = "Total a pagar",
    .bank = "Datos bancarios",
};

constexpr BillingLabels kChinese = {
    .invoice = "发票",
    .credit_note = "贷项通知单",
    .reminder = "付款提醒函",
    .invoice_number = "发票号码",
    .invoice_date = "开票日期",
    .credit_note_number = "贷项通知单号",
    .order = "订单",
    .for_invoice = "原发票",
    .reason = "原因",
    .credit_text = "本贷项通知单冲减{date}开具的发票{invoice}。",
    .tax_of = "税额 {rate}（计税基础 {base}）",
    .total_credited = "贷记合计",
    .schedule = "付款计划",
    .due_on = "到期日",
    .amount = "金额",
    .payment = "付款",
    .payment_text = "请于{date}前支付{total}，并注明{number}。",
    .level = "第{level}级催款",
    .days_overdue = "逾期天数",
    .outstanding = "未付金额",
    .interest = "利息",
    .fees = "费用",
    .total_to_pay = "应付总额",
    .bank = "银行账户",
};

}  // namespace

const BillingLabels& BillingLabelsFor(Language language) {
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

}  // namespace salesdesk::pdf
