// The typed quote (core/quotes/quote.h) against the entity specs: every field of "quotes" and
// "quote-lines" survives record -> typed -> record, the status enum is the spec's enum, and a
// stored amount in another currency is refused rather than printed.
#include <gtest/gtest.h>

#include "app/records/entity_spec.h"
#include "modules/sales/app/quote_mapping.h"

namespace salesdesk::app::sales {
namespace {

// A value every field of the spec accepts, distinct per field where the type allows.
Record SampleOf(const EntitySpec& e) {
  Record r{{"id", std::int64_t{41}}, {"version", std::int64_t{3}}};
  std::int64_t n = 100;
  for (const auto& f : e.fields) {
    const std::string name(f.name);
    FieldValue v;
    switch (f.type) {
      case FieldType::kText:
        v = "text of " + name;
        break;
      case FieldType::kEnum:
        v = std::string(f.enum_values.back());
        break;
      case FieldType::kCurrency:
        v = std::string("EUR");
        break;
      case FieldType::kDate:
        v = std::string("2026-11-2") + std::to_string(n % 10);
        break;
      case FieldType::kMoney:
        v = MoneyValue{n * 1000 + 7, "EUR"};
        break;
      case FieldType::kJson:
        v = "{\"field\":\"" + name + "\"}";
        break;
      case FieldType::kBool:
        v = true;
        break;
      default:  // integers, references, decimals, timestamps
        v = n;
    }
    r[name] = v;
    ++n;
  }
  return r;
}

TEST(QuoteMappingTest, EveryQuoteFieldOfTheSpecSurvivesTheRoundTrip) {
  const EntitySpec* spec = FindEntity("quotes");
  ASSERT_NE(spec, nullptr);
  Record sample = SampleOf(*spec);
  sample["created_at"] = std::int64_t{1'790'000'000'000'000};
  auto typed = QuoteFromRecord(sample);
  ASSERT_TRUE(typed.ok()) << typed.error().message;
  // Fields other modules add to the spec (pipeline's opportunity_id) ride along untyped.
  const Record back = QuoteToRecord(*typed, QuoteExtensionFields(sample));
  for (const auto& f : spec->fields) {
    ASSERT_TRUE(back.count(std::string(f.name))) << "quotes." << f.name << " is not mapped";
    EXPECT_EQ(back.at(std::string(f.name)), sample.at(std::string(f.name)))
        << "quotes." << f.name << " changes on the way";
  }
}

TEST(QuoteMappingTest, OnlyFieldsTheTypedQuoteDoesNotKnowAreExtensions) {
  const Record stored{{"number", std::string("Q-1")},
                      {"status", std::string("sent")},
                      {"opportunity_id", std::int64_t{7}}};
  const Record extensions = QuoteExtensionFields(stored);
  EXPECT_EQ(extensions, (Record{{"opportunity_id", std::int64_t{7}}}));
}

TEST(QuoteMappingTest, EveryQuoteLineFieldOfTheSpecSurvivesTheRoundTrip) {
  const EntitySpec* spec = FindEntity("quote-lines");
  ASSERT_NE(spec, nullptr);
  const Record sample = SampleOf(*spec);
  auto eur = core::ParseCurrency("EUR");
  ASSERT_TRUE(eur.ok());
  auto typed = QuoteLineFromRecord(sample, *eur);
  ASSERT_TRUE(typed.ok()) << typed.error().message;
  const Record back = QuoteLineToRecord(*typed);
  for (const auto& f : spec->fields) {
    ASSERT_TRUE(back.count(std::string(f.name))) << "quote-lines." << f.name << " is not mapped";
    EXPECT_EQ(back.at(std::string(f.name)), sample.at(std::string(f.name)))
        << "quote-lines." << f.name << " changes on the way";
  }
}

TEST(QuoteMappingTest, TheStatusEnumIsTheSpecsEnum) {
  const FieldSpec* status = FindEntity("quotes")->Field("status");
  ASSERT_NE(status, nullptr);
  for (std::string_view value : status->enum_values) {
    auto parsed = core::quotes::ParseQuoteStatus(value);
    ASSERT_TRUE(parsed.ok()) << value;
    EXPECT_EQ(core::quotes::QuoteStatusName(*parsed), value);
  }
  EXPECT_FALSE(core::quotes::ParseQuoteStatus("ordered").ok());
  EXPECT_TRUE(core::quotes::IsReleased(core::quotes::QuoteStatus::kSent));
  EXPECT_FALSE(core::quotes::IsReleased(core::quotes::QuoteStatus::kPendingApproval));
}

TEST(QuoteMappingTest, AnAmountInAnotherCurrencyIsABrokenRecordNotAValue) {
  Record quote = SampleOf(*FindEntity("quotes"));
  quote["total"] = MoneyValue{100, "USD"};
  auto typed = QuoteFromRecord(quote);
  ASSERT_FALSE(typed.ok());
  EXPECT_EQ(typed.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(typed.error().message.find("total"), std::string::npos);
}

TEST(QuoteMappingTest, AQuoteWithoutPricingDateIsIssuedOnItsCreationDay) {
  Record quote = SampleOf(*FindEntity("quotes"));
  quote.erase("pricing_date");
  quote["created_at"] = std::int64_t{1'795'000'000'000'000};  // 2026-11-18 UTC
  auto typed = QuoteFromRecord(quote);
  ASSERT_TRUE(typed.ok()) << typed.error().message;
  auto issued = typed->IssuedOn();
  ASSERT_TRUE(issued.ok());
  EXPECT_EQ(issued->ToString(), "2026-11-18");
}

}  // namespace
}  // namespace salesdesk::app::sales
