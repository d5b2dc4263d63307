#include "modules/deliveries/pdf/delivery_pdf_labels.h"

namespace salesdesk::pdf {
namespace {

constexpr DeliveryLabels kEnglish = {
    .delivery_note = "Delivery note",
    .return_note = "Return note",
    .consignee = "Deliver to",
    .delivery_note_number = "Delivery note number",
    .return_note_number = "Return note number",
    .shipped_on = "Shipped on",
    .returned_on = "Returned on",
    .order = "Order",
    .carrier = "Carrier",
    .tracking = "Tracking number",
    .delivery = "Delivery note",
    .reason = "Reason",
    .ordered = "Ordered",
    .delivered = "Delivered",
    .back_order = "Open",
    .returned = "Returned",
    .check = "On arrival",
    .check_text = "Please check the goods on arrival and note any damage on the carrier's receipt.",
};

constexpr DeliveryLabels kGerman = {
    .delivery_note = "Lieferschein",
    .return_note = "Rücksendeschein",
    .consignee = "Lieferanschrift",
    .delivery_note_number = "Lieferscheinnummer",
    .return_note_number = "Rücksendenummer",
    .shipped_on = "Versanddatum",
    .returned_on = "Rücksendedatum",
    .order = "Auftrag",
    .carrier = "Spediteur",
    .tracking = "Sendungsnummer",
    .delivery = "Lieferschein",
    .reason = "Grund",
    .ordered = "Bestellt",
    .delivered = "Geliefert",
    .back_order = "Folgt",
    .returned = "Zurück",
    .check = "Bei Wareneingang",
    .check_text =
        "Bitte prüfen Sie die Ware bei Eingang und vermerken Sie Schäden auf dem Frachtbrief.",
};

constexpr DeliveryLabels kSpanish = {
    .delivery_note = "Albarán de entrega",
    .return_note = "Albarán de devolución",
    .consignee = "Destinatario",
    .delivery_note_number = "Número de albarán",
    .return_note_number = "Número de devolución",
    .shipped_on = "Fecha de envío",
    .returned_on = "Fecha de devolución",
    .order = "Pedido",
    .carrier = "Transportista",
    .tracking = "Número de seguimiento",
    .delivery = "Albarán",
    .reason = "Motivo",
    .ordered = "Cant. pedida",
    .delivered = "Entregado",
    .back_order = "Pendiente",
    .returned = "Devuelto",
    .check = "A la recepción",
    .check_text =
        "Compruebe la mercancía a su llegada y anote cualquier daño en el albarán del "
        "transportista.",
};

constexpr DeliveryLabels kChinese = {
    .delivery_note = "送货单",
    .return_note = "退货单",
    .consignee = "收货方",
    .delivery_note_number = "送货单号",
    .return_note_number = "退货单号",
    .shipped_on = "发货日期",
    .returned_on = "退货日期",
    .order = "订单",
    .carrier = "承运商",
    .tracking = "运单号",
    .delivery = "送货单",
    .reason = "原因",
    .ordered = "订购数量",
    .delivered = "本次送货",
    .back_order = "待发",
    .returned = "退回数量",
    .check = "收货须知",
    .check_text = "请在收货时检查货物，如有损坏请在承运商签收单上注明。",
};

}  // namespace

const DeliveryLabels& DeliveryLabelsFor(Language language) {
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
