// The delivery note and return note PDFs read back with poppler's pdftotext: the quantities as
// given, in the customer's language, and no price, cost, margin or note in any language (the
// models have no place for them; the consignee is often not the payer). Figures: 10 pc ordered,
// 4 delivered before, 4 in this note: 10 - (4 + 4) = 2 open; 3.5 m ordered, all 3.5 in this
// note: 0 open.
#include <gtest/gtest.h>

#include "modules/deliveries/pdf/delivery_pdf.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

namespace cd = core::deliveries;
using testing::Day;
using testing::RenderedPdf;

core::Quantity Q(const char* text) { return *core::Quantity::Parse(text); }

cd::DocumentHead Head(const std::string& language, std::string number, const char* date) {
  return cd::DocumentHead{.language = language,
                          .company = {.name = "Nordhafen Pumpen GmbH",
                                      .address_lines = {"Kaistraße 12", "20457 Hamburg"},
                                      .tax_id = "DE123456789",
                                      .email = "",
                                      .phone = ""},
                          .customer = {.name = "Acme Industrial S.L.",
                                       .address_lines = {"Calle Mayor 5", "28013 Madrid"},
                                       .tax_id = "",
                                       .email = "",
                                       .phone = ""},
                          .number = std::move(number),
                          .date = Day(date),
                          .draft = false};
}

cd::DeliveryNotePrint Note(const std::string& language) {
  return {.head = Head(language, "DN-2026-000012", "2026-11-16"),
          .order_number = "SO-2026-0107",
          .carrier = "DHL Express",
          .tracking = "JD014600003",
          .lines = {{.position = 1,
                     .sku = "PMP-200",
                     .description = "Centrifugal pump, stainless steel",
                     .ordered = Q("10"),
                     .quantity = Q("4"),
                     .back_order = Q("2"),
                     .unit = "pc"},
                    {.position = 2,
                     .sku = "HOS-35",
                     .description = "Pressure hose",
                     .ordered = Q("3.5"),
                     .quantity = Q("3.5"),
                     .back_order = Q("0"),
                     .unit = "m"}}};
}

cd::ReturnNotePrint Return(const std::string& language) {
  return {.head = Head(language, "RN-2026-000003", "2026-11-24"),
          .delivery_number = "DN-2026-000012",
          .shipped_on = Day("2026-11-16"),
          .order_number = "SO-2026-0107",
          .reason = "Damaged in transit",
          .lines = {{.position = 1,
                     .sku = "PMP-200",
                     .description = "Centrifugal pump, stainless steel",
                     .quantity = Q("1"),
                     .unit = "pc"}}};
}

void ExpectAll(const std::string& text, std::initializer_list<const char*> expected) {
  for (const char* e : expected) EXPECT_NE(text.find(e), std::string::npos) << e << "\n" << text;
}

TEST(DeliveryPdf, EnglishDeliveryNoteShowsOrderCarrierTrackingAndQuantities) {
  auto bytes = RenderDeliveryNotePdf(Note("en"));
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  const std::string text = RenderedPdf(*bytes).Text();
  ExpectAll(text, {"Delivery note", "DN-2026-000012", "Shipped on", "16 Nov 2026", "SO-2026-0107",
                   "DHL Express", "JD014600003", "Deliver to", "Acme Industrial S.L.", "PMP-200",
                   "Centrifugal pump", "Ordered", "Delivered", "Open", "3.5", "Page 1 of 1"});
  EXPECT_EQ(text.find("DRAFT"), std::string::npos);
}

TEST(DeliveryPdf, GermanSpanishAndChineseUseTheirWordsAndDates) {
  struct Case {
    const char* language;
    std::initializer_list<const char*> expected;
  };
  for (const Case& c :
       {Case{"de", {"Lieferschein", "16.11.2026", "Spediteur", "Sendungsnummer", "Folgt", "3,5"}},
        Case{"es", {"Albarán de entrega", "16/11/2026", "Transportista", "Pendiente", "3,5"}},
        Case{"zh", {"送货单", "承运商", "运单号", "待发"}}}) {
    auto bytes = RenderDeliveryNotePdf(Note(c.language));
    ASSERT_TRUE(bytes.ok()) << c.language;
    ExpectAll(RenderedPdf(*bytes).Text(), c.expected);
  }
}

TEST(DeliveryPdf, ADraftDeliveryNoteHasNoNumberAndSaysSo) {
  cd::DeliveryNotePrint draft = Note("de");
  draft.head.number.clear();
  draft.head.draft = true;
  auto bytes = RenderDeliveryNotePdf(draft);
  ASSERT_TRUE(bytes.ok());
  const std::string text = RenderedPdf(*bytes).Text();
  EXPECT_NE(text.find("ENTWURF"), std::string::npos) << text;
  EXPECT_EQ(text.find("Lieferscheinnummer"), std::string::npos) << text;
}

TEST(DeliveryPdf, ReturnNoteNamesTheDeliveryTheReasonAndTheReturnedQuantity) {
  auto bytes = RenderReturnNotePdf(Return("en"));
  ASSERT_TRUE(bytes.ok());
  ExpectAll(RenderedPdf(*bytes).Text(),
            {"Return note", "RN-2026-000003", "Returned on", "24 Nov 2026", "DN-2026-000012",
             "16 Nov 2026", "Damaged in transit", "Returned", "PMP-200"});
  auto german = RenderReturnNotePdf(Return("de"));
  ASSERT_TRUE(german.ok());
  ExpectAll(RenderedPdf(*german).Text(), {"Rücksendeschein", "24.11.2026", "Grund"});
}

// The models have no price, cost, margin or note field; the words for them never reach the page,
// nor does a currency (nothing on a delivery or return note is money).
TEST(DeliveryPdf, NoNoteCarriesAPriceCostMarginOrInternalWords) {
  for (const char* language : {"en", "de", "es", "zh"}) {
    for (auto bytes :
         {RenderDeliveryNotePdf(Note(language)), RenderReturnNotePdf(Return(language))}) {
      ASSERT_TRUE(bytes.ok());
      const std::string text = RenderedPdf(*bytes).Text();
      for (const char* word :
           {"Price",  "price",   "Cost",  "cost",   "Margin", "margin", "Total",  "Net",
            "INTERN", "Notes",   "Preis", "Kosten", "Marge",  "Summe",  "Precio", "Coste",
            "Margen", "Importe", "单价",  "成本",   "毛利",   "金额",   "EUR"}) {
        EXPECT_EQ(text.find(word), std::string::npos) << language << ": " << word << "\n" << text;
      }
    }
  }
}

TEST(DeliveryPdf, AnUnknownLanguageIsAnErrorNamingLang) {
  auto bytes = RenderDeliveryNotePdf(Note("fr"));
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.error().field, "lang");
}

}  // namespace
}  // namespace salesdesk::pdf
