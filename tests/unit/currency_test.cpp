#include "core/money/currency.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace salesdesk::core {
namespace {

int ExponentOf(const char* code) {
  auto c = ParseCurrency(code);
  EXPECT_TRUE(c.ok()) << code;
  return c.ok() ? c->exponent() : -1;
}

TEST(Currency, MajorCurrenciesHaveTwoDecimals) {
  for (const char* code : {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK",
                           "DKK", "PLN", "CZK", "HUF", "CNY", "INR", "BRL", "MXN", "ZAR",
                           "SGD", "HKD", "TRY", "AED", "SAR", "ILS", "THB", "IDR", "TWD"}) {
    EXPECT_EQ(ExponentOf(code), 2) << code;
  }
}

const std::set<std::string> kZeroDecimals = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                             "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                             "VND", "VUV", "XAF", "XOF", "XPF"};
const std::set<std::string> kThreeDecimals = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
const std::set<std::string> kFourDecimals = {"CLF", "UYW"};

TEST(Currency, ExponentsOtherThanTwoAreExactlyTheIsoList) {
  std::set<std::string> zero, three, four;
  for (const Currency& c : KnownCurrencies()) {
    if (c.exponent() == 0) zero.insert(c.code());
    if (c.exponent() == 3) three.insert(c.code());
    if (c.exponent() == 4) four.insert(c.code());
    EXPECT_TRUE(c.exponent() >= 0 && c.exponent() <= 4) << c.code();
  }
  EXPECT_EQ(zero, kZeroDecimals);
  EXPECT_EQ(three, kThreeDecimals);
  EXPECT_EQ(four, kFourDecimals);
}

TEST(Currency, TableIsSortedUniqueAndParsesBack) {
  const auto& all = KnownCurrencies();
  EXPECT_GE(all.size(), 150u);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(all[i - 1].code(), all[i].code());
    }
    auto parsed = ParseCurrency(all[i].code());
    ASSERT_TRUE(parsed.ok()) << all[i].code();
    EXPECT_EQ(*parsed, all[i]);
    EXPECT_EQ(parsed->code().size(), 3u);
  }
}

TEST(Currency, EqualityComparesCodeAndExponent) {
  EXPECT_EQ(*ParseCurrency("EUR"), *ParseCurrency("EUR"));
  EXPECT_NE(*ParseCurrency("EUR"), *ParseCurrency("USD"));
  EXPECT_EQ(ParseCurrency("KWD")->code(), "KWD");
}

TEST(Currency, RejectsBadShapes) {
  const std::string cases[] = {"",
                               "E",
                               "EU",
                               "EURO",
                               "eur",
                               "Eur",
                               "EUr",
                               "EU1",
                               "1EU",
                               " EUR",
                               "EUR ",
                               "E R",
                               "EU-",
                               "ÉUR",
                               "EU\n",
                               "E.U",
                               "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"};
  for (const std::string& code : cases) {
    auto r = ParseCurrency(code);
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().field, "currency");
    EXPECT_NE(r.error().message.find("three uppercase letters"), std::string::npos) << code;
    EXPECT_LT(r.error().message.size(), 120u) << "input must not be echoed unbounded";
  }
  EXPECT_FALSE(ParseCurrency(std::string("EU\0", 3)).ok());
}

TEST(Currency, RejectsUnknownCodesWithAHint) {
  auto r = ParseCurrency("EUX");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "currency");
  EXPECT_EQ(r.error().message, "unknown currency code 'EUX'; use an ISO 4217 code such as EUR");
  // Non-currency ISO codes (metals, testing, SDR) and withdrawn ones are refused too.
  for (const char* code : {"XAU", "XAG", "XTS", "XXX", "XDR", "DEM", "FRF", "AAA", "ZZZ"}) {
    EXPECT_FALSE(ParseCurrency(code).ok()) << code;
  }
}

}  // namespace
}  // namespace salesdesk::core
