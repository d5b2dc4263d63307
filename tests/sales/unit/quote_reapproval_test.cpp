// Re-approval after an edit: only deviations that are new or ask for more than was approved.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "modules/sales/core/quotes/reapproval.h"
#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::Amount;
using testing::Pct;

constexpr auto kDisc = DeviationKind::kDiscount;
constexpr auto kMargin = DeviationKind::kMargin;

Deviation Line(const char* key, DeviationKind kind, const char* percent, std::size_t index = 0) {
  return Deviation{DeviationScope::kLine, index, key, kind, Pct(percent), Pct("10")};
}
Deviation Days(int days) {
  return Deviation{DeviationScope::kDocument, 0, {}, DeviationKind::kPaymentTerms, days, 30};
}
Deviation Value(const char* amount, const char* currency = "EUR") {
  return Deviation{
      DeviationScope::kDocument, 0, {}, DeviationKind::kValue, Amount(amount, currency),
      Amount("10000", "EUR")};
}

// What the approver signed off: line A 12 % off, line B 15 % margin, 60 days, EUR 50,000.
std::vector<Deviation> Approved() {
  return {Line("A", kDisc, "12"), Line("B", kMargin, "15"), Days(60), Value("50000")};
}

struct ReapprovalCase {
  std::string name;
  friend void PrintTo(const ReapprovalCase& c, std::ostream* os) { *os << c.name; }
  std::vector<Deviation> current;
  std::vector<std::string> expected;  // "key/kind" or "doc/kind" of what must be re-asked
};

std::string Label(const Deviation& d) {
  return (d.scope == DeviationScope::kLine ? d.line_key : std::string("doc")) + "/" +
         DeviationKindName(d.kind);
}

class QuoteReapprovalTest : public ::testing::TestWithParam<ReapprovalCase> {};

TEST_P(QuoteReapprovalTest, ReasksOnlyWhatGrewOrIsNew) {
  const ReapprovalCase& c = GetParam();
  const std::vector<Deviation> approved = Approved();
  const std::vector<Deviation> again = DeviationsNeedingReapproval(approved, c.current);
  std::vector<std::string> labels;
  for (const Deviation& d : again) labels.push_back(Label(d));
  EXPECT_EQ(labels, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Edits, QuoteReapprovalTest,
    ::testing::Values(
        ReapprovalCase{"Unchanged", Approved(), {}},
        ReapprovalCase{"DiscountGrew", {Line("A", kDisc, "14")}, {"A/discount"}},
        ReapprovalCase{
            "DiscountGrewByTheSmallestStep", {Line("A", kDisc, "12.0001")}, {"A/discount"}},
        ReapprovalCase{"DiscountShrank", {Line("A", kDisc, "10.5")}, {}},
        ReapprovalCase{"DiscountSame", {Line("A", kDisc, "12")}, {}},
        ReapprovalCase{"MarginFell", {Line("B", kMargin, "14")}, {"B/margin"}},
        ReapprovalCase{"MarginRose", {Line("B", kMargin, "18")}, {}},
        ReapprovalCase{"NewLine", {Line("A", kDisc, "12"), Line("C", kDisc, "11")}, {"C/discount"}},
        ReapprovalCase{"NewKindOnApprovedLine",
                       {Line("A", kDisc, "12"), Line("A", kMargin, "19")},
                       {"A/margin"}},
        ReapprovalCase{"LinesRemoved", {Days(60)}, {}}, ReapprovalCase{"EverythingRemoved", {}, {}},
        ReapprovalCase{"LineMovedKeepsApproval",
                       {Line("X", kDisc, "11", 0), Line("A", kDisc, "12", 5)},
                       {"X/discount"}},
        ReapprovalCase{"KeyReusedByAnotherKindIsNew", {Line("B", kDisc, "11")}, {"B/discount"}},
        ReapprovalCase{"TermsGrew", {Days(61)}, {"doc/payment_terms"}},
        ReapprovalCase{"TermsShrank", {Days(45)}, {}},
        ReapprovalCase{"ValueGrewByOneCent", {Value("50000.01")}, {"doc/value"}},
        ReapprovalCase{"ValueShrank", {Value("42000")}, {}},
        ReapprovalCase{"ValueInAnotherCurrency", {Value("100", "USD")}, {"doc/value"}},
        ReapprovalCase{"MixedEdit",
                       {Line("A", kDisc, "14"), Line("B", kMargin, "16"), Line("D", kMargin, "5"),
                        Days(30), Value("60000")},
                       {"A/discount", "D/margin", "doc/value"}}),
    [](const ::testing::TestParamInfo<ReapprovalCase>& info) { return info.param.name; });

TEST(QuoteReapprovalTest, NothingApprovedReasksEverything) {
  const std::vector<Deviation> current = {Line("A", kDisc, "1"), Days(31)};
  EXPECT_EQ(DeviationsNeedingReapproval({}, current).size(), 2u);
}

TEST(QuoteReapprovalTest, MostPermissiveOfRepeatedApprovalsCounts) {
  // Two approval rounds on line A: 12 %, later 16 %.
  const std::vector<Deviation> approved = {Line("A", kDisc, "12"), Line("A", kDisc, "16"),
                                           Line("B", kMargin, "15"), Line("B", kMargin, "9")};
  const std::vector<Deviation> current = {Line("A", kDisc, "15"), Line("B", kMargin, "10")};
  EXPECT_TRUE(DeviationsNeedingReapproval(approved, current).empty());
}

TEST(QuoteReapprovalTest, KeepsTheNewValuesForTheApprover) {
  const std::vector<Deviation> approved = Approved();
  const std::vector<Deviation> current = {Line("A", kDisc, "14", 3)};
  const std::vector<Deviation> again = DeviationsNeedingReapproval(approved, current);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(std::get<Percent>(again[0].requested), Pct("14"));
  EXPECT_EQ(again[0].line_index, 3u);
}

}  // namespace
}  // namespace salesdesk::core::quotes
