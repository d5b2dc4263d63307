// Invoices, payments and the ageing through the API, with hand-computed cases from RULES.md
// E: a confirmed order becomes a draft with its totals to the cent, posting numbers it without
// gaps and splits it by its terms (E-R1); a USD invoice paid in three parts books the realised
// FX of E-R6; the ageing at an as-of date puts each instalment in its bucket with inclusive edges
// (E-R4), ignores payments dated later (E-R3) and shows each caller only the invoices they see.
#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingInvoicesTest : public ReceivablesApiTest {};

TEST_P(BillingInvoicesTest, AConfirmedOrderIsInvoicedToTheCentAndPostedWithoutGaps) {
  const std::int64_t order = Order("rep_a", 100000, "EUR", 30);
  HttpResult terms = Call("finance", "POST", "/api/v1/payment-terms",
                          R"({"name":"Thirds","lines":[
                              {"portion":1,"rule":"days_after_invoice","days":30},
                              {"portion":1,"rule":"end_of_month_plus","days":0},
                              {"portion":1,"rule":"end_of_month_plus","days":10}]})");
  ASSERT_EQ(terms.status, 201) << terms.Describe();
  HttpResult draft = NewInvoice(order, "2026-01-15", IntAt(terms.Json(), "id"), "finance",
                                {{"Idempotency-Key", "inv-1"}});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  EXPECT_EQ(Amount(draft.Json(), "total"), "1000.00");
  EXPECT_EQ(Amount(draft.Json(), "tax"), "159.66");
  EXPECT_EQ(Amount(draft.Json(), "untaxed"), "840.34");
  EXPECT_EQ(IntAt(draft.Json(), "owner_id"), UserId("rep_a"));
  // A retry with the key answers the same invoice; no second draft.
  HttpResult again = NewInvoice(order, "2026-01-15", IntAt(terms.Json(), "id"), "finance",
                                {{"Idempotency-Key", "inv-1"}});
  EXPECT_EQ(IntAt(again.Json(), "id"), id) << again.Describe();
  // Without the key it is a second invoice of the same order: refused.
  HttpResult second = NewInvoice(order, "2026-01-15");
  EXPECT_EQ(second.status, 409) << second.Describe();
  EXPECT_EQ(StringAt(second.Json(), "code"), "billing.order_invoiced");
  HttpResult lines =
      Call("finance", "GET", "/api/v1/invoice-lines?invoice_id=" + std::to_string(id));
  ASSERT_EQ(IntAt(lines.Json(), "total"), 2) << lines.body;
  std::set<std::string> prices;
  const json::value line_page = lines.Json();
  for (const auto& l : line_page.at("items").as_array()) prices.insert(StringAt(l, "unit_price"));
  EXPECT_EQ(prices, (std::set<std::string>{"12.345678", "24.691356"}));

  HttpResult posted = PostInvoice(id);
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  EXPECT_EQ(StringAt(posted.Json(), "number"), "INV-2026-000001");
  EXPECT_EQ(StringAt(posted.Json(), "status"), "posted");
  EXPECT_EQ(Amount(posted.Json(), "base_total"), "1000.00");
  // E-R1: 1,000.00 in thirds → 333.34 / 333.33 / 333.33, each due by its own rule.
  EXPECT_EQ(Instalments(id), (std::vector<std::string>{"2026-02-14 333.34", "2026-01-31 333.33",
                                                       "2026-02-10 333.33"}));
  // Posted is final: a second post is refused, naming why.
  HttpResult twice = PostInvoice(id);
  EXPECT_EQ(twice.status, 409) << twice.Describe();
  EXPECT_EQ(StringAt(twice.Json(), "code"), "billing.invoice_posted");
  // The next invoice of the year takes the next number.
  json::value next = Posted(Order("rep_b", 5000, "EUR", 60), "2026-02-01");
  EXPECT_EQ(StringAt(next, "number"), "INV-2026-000002");
  EXPECT_EQ(Instalments(IntAt(next, "id")), (std::vector<std::string>{"2026-04-02 50.00"}));

  // Who sees and writes it: the owner and their leaders read it; reps do not invoice.
  for (const char* user : {"rep_a", "manager", "director", "finance"}) {
    EXPECT_EQ(Call(user, "GET", "/api/v1/invoices/" + std::to_string(id)).status, 200) << user;
  }
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/invoices/" + std::to_string(id)).status, 404);
  EXPECT_EQ(Call("logistics", "GET", "/api/v1/invoices/" + std::to_string(id)).status, 403);
  EXPECT_EQ(NewInvoice(Order("rep_a", 100, "EUR", 0), "2026-01-15", std::nullopt, "rep_a").status,
            403);
}

TEST_P(BillingInvoicesTest, OnlyConfirmedVisibleOrdersAreInvoiced) {
  HttpResult open = NewInvoice(Order("rep_a", 100, "EUR", 0, "open"), "2026-01-15");
  EXPECT_EQ(open.status, 422) << open.Describe();
  EXPECT_EQ(StringAt(open.Json(), "field"), "sales_order_id");
  EXPECT_EQ(StringAt(open.Json(), "code"), "billing.order_not_confirmed");
  HttpResult missing = NewInvoice(987654, "2026-01-15");
  EXPECT_EQ(missing.status, 422) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "sales_order_id");
  HttpResult bad_date = Call("finance", "POST", "/api/v1/invoices",
                             R"({"sales_order_id":1,"invoice_date":"2026-02-30"})");
  EXPECT_EQ(bad_date.status, 422);
  EXPECT_EQ(StringAt(bad_date.Json(), "field"), "invoice_date");
  HttpResult unknown =
      Call("finance", "POST", "/api/v1/invoices", R"({"sales_order_id":1,"total":"5"})");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(StringAt(unknown.Json(), "field"), "total");
  // No USD rate on the invoice date: posting names the date and leaves no number used.
  HttpResult draft = NewInvoice(Order("rep_a", 100, "USD", 0), "2020-01-15");
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  HttpResult norate = PostInvoice(IntAt(draft.Json(), "id"));
  EXPECT_EQ(norate.status, 422) << norate.Describe();
  EXPECT_EQ(StringAt(norate.Json(), "field"), "invoice_date");
  EXPECT_EQ(StringAt(norate.Json(), "code"), "billing.no_rate");
  EXPECT_EQ(StringAt(Posted(Order("rep_a", 100, "EUR", 0), "2020-03-01"), "number"),
            "INV-2020-000001");
}

// E-R6's worked example: USD 1,000.00 at 0.9 → B0 EUR 900.00, paid in three parts.
TEST_P(BillingInvoicesTest, AUsdInvoicePaidInThreePartsBooksTheRealisedFx) {
  Rate("USD", "0.9", "2026-01-10");
  Rate("USD", "0.92", "2026-02-01");
  Rate("USD", "0.88", "2026-03-01");
  Rate("USD", "0.91", "2026-04-01");
  json::value invoice = Posted(Order("rep_a", 100000, "USD", 30), "2026-01-15");
  EXPECT_EQ(StringAt(invoice, "rate"), "0.9");
  EXPECT_EQ(Amount(invoice, "base_total"), "900.00");
  const std::int64_t id = IntAt(invoice, "id");
  const std::int64_t account = AccountOf("rep_a").id;
  struct Step {
    const char* amount;
    const char* on;
    const char* relieved;
    const char* base;
    const char* fx;
  };
  for (const Step& s : {Step{"333.33", "2026-02-05", "300.00", "306.66", "6.66"},
                        Step{"333.33", "2026-03-05", "300.00", "293.33", "-6.67"},
                        Step{"333.34", "2026-04-05", "300.00", "303.34", "3.34"}}) {
    HttpResult paid = Pay(account, s.amount, "USD", s.on, id);
    ASSERT_EQ(paid.status, 201) << paid.Describe();
    EXPECT_EQ(Amount(paid.Json(), "applied"), s.amount) << s.on;
    EXPECT_EQ(Amount(paid.Json(), "relieved_base"), s.relieved) << s.on;
    EXPECT_EQ(Amount(paid.Json(), "settlement_base"), s.base) << s.on;
    EXPECT_EQ(Amount(paid.Json(), "realised_fx"), s.fx) << s.on;
    EXPECT_EQ(Amount(paid.Json(), "unapplied"), "0.00") << s.on;
  }
  // Fully paid: nothing open, no base residue; an overpayment stays unapplied on the customer.
  HttpResult ageing =
      Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-04-30&group=account");
  ASSERT_EQ(ageing.status, 200) << ageing.Describe();
  EXPECT_TRUE(ageing.Json().at("rows").as_array().empty()) << ageing.body;
  HttpResult over = Pay(account, "10.00", "USD", "2026-04-20", id);
  ASSERT_EQ(over.status, 201) << over.Describe();
  EXPECT_EQ(Amount(over.Json(), "applied"), "0.00");
  EXPECT_EQ(Amount(over.Json(), "unapplied"), "10.00");
  HttpResult after = Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-04-30");
  const json::value after_body = after.Json();
  const auto& rows = after_body.at("rows").as_array();
  ASSERT_EQ(rows.size(), 1u) << after.body;
  EXPECT_EQ(Amount(rows[0], "unapplied"), "-10.00");
  EXPECT_EQ(Amount(rows[0], "unapplied_base"), "-9.10");
  EXPECT_EQ(Amount(rows[0], "open"), "0.00");
}

// Decision 0081: an invoice carries the day it was settled in full — by the settlement that left
// nothing open and nothing overpaid — and the ageing before that day still reads it. An
// overpayment unsettles it until the excess is applied elsewhere; then the excess's day does not
// date it.
TEST_P(BillingInvoicesTest, AnInvoiceShowsTheDayItWasSettledAndEarlierAgeingsStillSeeIt) {
  const json::value invoice = Posted(Order("rep_a", 100000, "EUR", 30), "2026-01-15");
  const std::int64_t id = IntAt(invoice, "id"), account = IntAt(invoice, "account_id");
  auto settled_on = [&](std::int64_t invoice_id) {
    const json::value v =
        Call("finance", "GET", "/api/v1/invoices/" + std::to_string(invoice_id)).Json();
    return v.at("settled_on").is_null() ? std::string("open") : StringAt(v, "settled_on");
  };
  auto open_at = [&](const std::string& as_of) {
    HttpResult r = Call("finance", "GET", "/api/v1/receivables/ageing?as_of=" + as_of);
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    const auto& rows = body.at("rows").as_array();
    return rows.empty() ? std::string("none")
                        : Amount(rows[0], "open") + " " + Amount(rows[0], "unapplied");
  };
  EXPECT_TRUE(invoice.at("settled_on").is_null());
  ASSERT_EQ(Pay(account, "400.00", "EUR", "2026-02-10", id).status, 201);
  EXPECT_EQ(settled_on(id), "open");
  ASSERT_EQ(Pay(account, "600.00", "EUR", "2026-03-05", id).status, 201);
  EXPECT_EQ(settled_on(id), "2026-03-05");
  EXPECT_EQ(open_at("2026-01-31"), "1000.00 0.00");
  EXPECT_EQ(open_at("2026-03-04"), "600.00 0.00");
  EXPECT_EQ(open_at("2026-03-05"), "none");
  // The settled are filtered on the column: a rep's list finds it by the day.
  HttpResult listed =
      Call("rep_a", "GET",
           "/api/v1/invoices?settled_on=2026-03-05&account_id=" + std::to_string(account));
  ASSERT_EQ(listed.status, 200) << listed.Describe();
  EXPECT_EQ(IntAt(listed.Json(), "total"), 1) << listed.body;

  // 10.00 too much on 20 Mar: a credit on the customer from that day, so not settled.
  HttpResult over = Pay(account, "10.00", "EUR", "2026-03-20", id);
  ASSERT_EQ(over.status, 201) << over.Describe();
  EXPECT_EQ(settled_on(id), "open");
  EXPECT_EQ(open_at("2026-03-19"), "none");
  EXPECT_EQ(open_at("2026-03-31"), "0.00 -10.00");
  // Applied to the customer's next invoice: the first is settled again, on its own last day.
  const std::int64_t next = IntAt(Posted(Order("rep_a", 50000, "EUR", 30), "2026-03-25"), "id");
  HttpResult applied = Call(
      "finance", "POST", "/api/v1/payments/" + std::to_string(IntAt(over.Json(), "id")) + "/apply",
      "", {{"If-Match", ETagOf("payments", IntAt(over.Json(), "id"))}});
  ASSERT_EQ(applied.status, 200) << applied.Describe();
  EXPECT_EQ(settled_on(id), "2026-03-05");
  EXPECT_EQ(settled_on(next), "open");
  EXPECT_EQ(open_at("2026-03-31"), "490.00 0.00");
  ASSERT_EQ(Pay(account, "490.00", "EUR", "2026-04-02", next).status, 201);
  EXPECT_EQ(settled_on(next), "2026-04-02");
  EXPECT_EQ(open_at("2026-04-02"), "none");
  EXPECT_EQ(open_at("2026-03-31"), "490.00 0.00");
}

// A payment in EUR on a USD invoice is converted at the payment day's rate first.
TEST_P(BillingInvoicesTest, PaymentsAreCheckedAndConvertedToTheInvoiceCurrency) {
  Rate("USD", "0.8", "2026-01-01");
  json::value invoice = Posted(Order("rep_a", 10000, "USD", 30), "2026-01-15");
  const std::int64_t id = IntAt(invoice, "id");
  HttpResult eur = Pay(AccountOf("rep_a").id, "40.00", "EUR", "2026-01-20", id);
  ASSERT_EQ(eur.status, 201) << eur.Describe();
  // At the seeded EUR→USD 1.08: 40.00 EUR is 43.20 USD.
  EXPECT_EQ(Amount(eur.Json(), "settled"), "43.20");
  EXPECT_EQ(Amount(eur.Json(), "settlement_base"), "34.56");
  EXPECT_EQ(Amount(eur.Json(), "realised_fx"), "0.00");
  HttpResult wrong = Pay(AccountOf("rep_c").id, "1.00", "USD", "2026-01-20", id);
  EXPECT_EQ(wrong.status, 422) << wrong.Describe();
  EXPECT_EQ(StringAt(wrong.Json(), "field"), "invoice_id");
  HttpResult zero = Pay(AccountOf("rep_a").id, "0.00", "USD", "2026-01-20", id);
  EXPECT_EQ(zero.status, 422);
  EXPECT_EQ(StringAt(zero.Json(), "field"), "amount");
  HttpResult by_rep = Call("rep_a", "POST", "/api/v1/payments",
                           R"({"account_id":1,"amount":{"amount":"1","currency":"EUR"},)"
                           R"("paid_on":"2026-01-20"})");
  EXPECT_EQ(by_rep.status, 403);
  // Reps read their customers' payments; logistics none.
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/payments").Json(), "total"), 1);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", "/api/v1/payments").Json(), "total"), 0);
  EXPECT_EQ(Call("logistics", "GET", "/api/v1/payments").status, 403);
}

// E-R4's worked example: eight instalments around the edges at 30 Jun 2026.
TEST_P(BillingInvoicesTest, TheAgeingPutsEachInstalmentInItsBucketAsOfTheDate) {
  // Invoiced 1 Mar 2026: n days later is the due date.
  const std::pair<std::int64_t, int> cases[] = {{10000, 122}, {20000, 121}, {30000, 91},
                                                {40000, 90},  {50000, 61},  {60000, 60},
                                                {70000, 31},  {80000, 30}};
  std::int64_t last = 0;
  for (const auto& [total, days] : cases) {
    last = IntAt(Posted(Order("rep_a", total, "EUR", days), "2026-03-01"), "id");
  }
  // Another team's invoice, and a draft: neither is in rep_a's figures; the draft in no one's.
  Posted(Order("rep_c", 100000, "EUR", 90), "2026-03-01");
  ASSERT_EQ(NewInvoice(Order("rep_a", 99900, "EUR", 30), "2026-03-01").status, 201);
  // Entered now, dated 5 Jul: does not count at 30 Jun (E-R3).
  ASSERT_EQ(Pay(AccountOf("rep_a").id, "250.00", "EUR", "2026-07-05", last).status, 201);
  ASSERT_EQ(Pay(AccountOf("rep_a").id, "50.00", "EUR", "2026-06-01").status, 201);

  auto row = [&](const std::string& user, const std::string& as_of) {
    HttpResult r = Call(user, "GET", "/api/v1/receivables/ageing?as_of=" + as_of);
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    const auto& rows = body.at("rows").as_array();
    EXPECT_EQ(rows.size(), 1u) << r.body;
    return rows.empty() ? json::value() : rows[0];
  };
  auto buckets = [](const json::value& r) {
    std::string out;
    for (const char* b : {"not_due", "d0_30", "d31_60", "d61_90", "over_90", "unapplied"}) {
      out += Amount(r, b) + " ";
    }
    return out;
  };
  const json::value june = row("rep_a", "2026-06-30");
  EXPECT_EQ(buckets(june), "100.00 500.00 900.00 1300.00 800.00 -50.00 ");
  EXPECT_EQ(Amount(june, "carrying_base"), "3600.00");
  EXPECT_EQ(StringAt(june, "currency"), "EUR");
  EXPECT_EQ(buckets(row("rep_a", "2026-07-05")), "0.00 300.00 700.00 1100.00 1250.00 -50.00 ");
  // Before the loose payment: no unapplied credit yet.
  EXPECT_EQ(buckets(row("rep_a", "2026-05-31")), "300.00 1200.00 1300.00 800.00 0.00 0.00 ");
  EXPECT_EQ(buckets(row("finance", "2026-06-30")), "100.00 500.00 1900.00 1300.00 800.00 -50.00 ");
  EXPECT_EQ(buckets(row("manager2", "2026-06-30")), "0.00 0.00 1000.00 0.00 0.00 0.00 ");
  HttpResult by_account =
      Call("director", "GET", "/api/v1/receivables/ageing?as_of=2026-06-30&group=account");
  ASSERT_EQ(by_account.Json().at("rows").as_array().size(), 2u) << by_account.body;
  HttpResult by_owner =
      Call("director", "GET", "/api/v1/receivables/ageing?as_of=2026-06-30&group=owner");
  ASSERT_EQ(by_owner.Json().at("rows").as_array().size(), 2u) << by_owner.body;
  const json::value owners = by_owner.Json();
  EXPECT_EQ(IntAt(owners.at("rows").as_array()[0], "group_id"), UserId("rep_a"));

  EXPECT_EQ(Call("logistics", "GET", "/api/v1/receivables/ageing?as_of=2026-06-30").status, 403);
  HttpResult no_date = Call("finance", "GET", "/api/v1/receivables/ageing");
  EXPECT_EQ(no_date.status, 422);
  EXPECT_EQ(StringAt(no_date.Json(), "field"), "as_of");
  HttpResult bad_group =
      Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-06-30&group=city");
  EXPECT_EQ(bad_group.status, 422);
  EXPECT_EQ(StringAt(bad_group.Json(), "field"), "group");
}

// E-R7's worked example: rep A AR 1.00 on sales 10.00 (9.0 days), rep B AR 9.00 on 30.00 (27.0);
// their team 10.00 × 90 ÷ 40.00 = 22.5 days, not the mean 18.0.
TEST_P(BillingInvoicesTest, DsoPerRepAndForTheTeamFromTheirInvoices) {
  const std::int64_t a = IntAt(Posted(Order("rep_a", 1000, "EUR", 30), "2026-01-01"), "id");
  const std::int64_t b = IntAt(Posted(Order("rep_b", 3000, "EUR", 30), "2026-03-31"), "id");
  ASSERT_EQ(Pay(AccountOf("rep_a").id, "9.00", "EUR", "2026-02-01", a).status, 201);
  ASSERT_EQ(Pay(AccountOf("rep_b").id, "21.00", "EUR", "2026-03-31", b).status, 201);
  // Another team's rep, and a payment after D that must not count.
  Posted(Order("rep_c", 5000, "EUR", 30), "2026-03-01");
  ASSERT_EQ(Pay(AccountOf("rep_b").id, "9.00", "EUR", "2026-04-01", b).status, 201);

  HttpResult team = Call("manager", "GET", "/api/v1/receivables/dso?as_of=2026-03-31");
  ASSERT_EQ(team.status, 200) << team.Describe();
  const json::value body = team.Json();
  std::map<std::int64_t, std::string> days;
  for (const auto& r : body.at("reps").as_array())
    days[IntAt(r, "owner_id")] = StringAt(r, "dso_days");
  EXPECT_EQ(days, (std::map<std::int64_t, std::string>{{UserId("rep_a"), "9.0"},
                                                       {UserId("rep_b"), "27.0"}}));
  EXPECT_EQ(StringAt(body.at("total"), "dso_days"), "22.5");
  EXPECT_EQ(Amount(body.at("total"), "receivables"), "10.00");
  EXPECT_EQ(Amount(body.at("total"), "credit_sales"), "40.00");
  // 1 Jan is outside the 89 days ending 31 Mar (1 Jan < date): rep A has no credit sales then.
  HttpResult shorter = Call("rep_a", "GET", "/api/v1/receivables/dso?as_of=2026-03-31&days=89");
  ASSERT_EQ(shorter.status, 200) << shorter.Describe();
  EXPECT_TRUE(shorter.Json().at("total").at("dso_days").is_null()) << shorter.body;
  // Its 1.00 still open is receivable all the same, though dated before the window.
  EXPECT_EQ(Amount(shorter.Json().at("total"), "receivables"), "1.00") << shorter.body;
  HttpResult bad = Call("finance", "GET", "/api/v1/receivables/dso?as_of=2026-03-31&days=0");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "days");
  EXPECT_EQ(Call("admin", "GET", "/api/v1/receivables/dso?as_of=2026-03-31").status, 403);
}

SD_INSTANTIATE_API_TEST(BillingInvoicesTest);

}  // namespace
}  // namespace salesdesk::api_test
