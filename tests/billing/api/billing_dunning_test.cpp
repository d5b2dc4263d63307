// Dunning through the API (RULES E-R8 to E-R12): finance sets up three levels, a run proposes
// each overdue instalment's next level with its interest on the principal of each interval,
// approving it stores the claims with the letter in the customer's language and gives the rep a
// task; a later run raises the level once more and claims only the new interest and the fee;
// a waiver needs a reason and is audited; reps read their own customers' lines and claims only
// and approve or waive nothing.
#include "billing/api/receivables_api_test.h"
#include "modules/billing/app/dunning_service.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingDunningTest : public ReceivablesApiTest {
 protected:
  void Level(int level, int days, int since, const char* fee, bool hold) {
    json::object body{
        {"level", level},
        {"name", "Reminder " + std::to_string(level)},
        {"min_days_past_due", days},
        {"min_days_since_previous", since},
        {"fee", {{"amount", fee}, {"currency", "EUR"}}},
        {"annual_rate_pct", "8"},
        {"texts",
         {{"en",
           "Dear {customer}, invoice {invoice_no} due {due_date}: {outstanding} open, "
           "interest {interest}, fee {fee}, total {total}."},
          {"de",
           "{customer}: Rechnung {invoice_no} vom {due_date} offen {outstanding}, Zinsen "
           "{interest}, Gebühr {fee}, gesamt {total}."}}},
        {"creates_task", true},
        {"credit_hold", hold}};
    HttpResult r = Call("finance", "POST", "/api/v1/dunning-levels", json::serialize(body));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  HttpResult Run(const std::string& as_of, const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/dunning-runs", R"({"as_of":")" + as_of + R"("})");
  }
  HttpResult Approve(std::int64_t run, const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/dunning-runs/" + std::to_string(run) + "/approve", "",
                {{"If-Match", ETagOf("dunning-runs", run)}});
  }
  HttpResult Waive(std::int64_t claim, const std::string& body,
                   const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/dunning-claims/" + std::to_string(claim) + "/waive", body);
  }
  json::array Items(const std::string& user, const std::string& target) {
    HttpResult r = Call(user, "GET", target);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json().at("items").as_array();
  }
};

// EUR 10,000.00 due 31 Jan 2026 (invoiced 15 Jan, 16 days), 5,000.00 paid 10 Feb; levels
// 7/0 days fee 0.00, 21/14 fee 5.00, 35/14 fee 10.00 (hold), all at 8 % a year.
TEST_P(BillingDunningTest, ARunProposesApprovalClaimsAndALaterRunRaisesOnce) {
  Level(1, 7, 0, "0.00", false);
  Level(2, 21, 14, "5.00", false);
  Level(3, 35, 14, "10.00", true);
  const std::int64_t invoice =
      IntAt(Posted(Order("rep_a", 1000000, "EUR", 16), "2026-01-15"), "id");
  ASSERT_EQ(Instalments(invoice), (std::vector<std::string>{"2026-01-31 10000.00"}));
  const std::int64_t account = AccountOf("rep_a").id;
  ASSERT_EQ(Pay(account, "5000.00", "EUR", "2026-02-10", invoice).status, 201);
  // The customer reads German.
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                 R"({"language":"de"})", {{"If-Match", ETagOf("contacts", contact)}})
                .status,
            200);

  // 2 Mar: d = 30, never dunned → level 1 only. E-R9 at 8 %: 1,000,000 cents × 10 days (1-10
  // Feb) + 500,000 × 20 days (11 Feb - 2 Mar) = 20,000,000 cent-days × 0.08 / 365 = 4,383.56
  // → 43.84.
  HttpResult first = Run("2026-03-02");
  ASSERT_EQ(first.status, 201) << first.Describe();
  const std::int64_t run1 = IntAt(first.Json(), "id");
  EXPECT_EQ(StringAt(first.Json(), "status"), "proposed");
  EXPECT_EQ(IntAt(first.Json(), "letters"), 1);
  const std::string run1_lines = "/api/v1/dunning-run-lines?run_id=" + std::to_string(run1);
  json::array lines = Items("finance", run1_lines);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(IntAt(lines[0], "level_before"), 0);
  EXPECT_EQ(IntAt(lines[0], "level_after"), 1);
  EXPECT_EQ(IntAt(lines[0], "days_past_due"), 30);
  EXPECT_EQ(Amount(lines[0], "outstanding"), "5000.00");
  EXPECT_EQ(Amount(lines[0], "interest"), "43.84");
  EXPECT_EQ(Amount(lines[0], "fee"), "0.00");
  // Reps see their own customers' lines, not the run itself, and approve nothing.
  EXPECT_EQ(Items("rep_a", run1_lines).size(), 1u);
  EXPECT_EQ(Items("manager", run1_lines).size(), 1u);   // rep_a's leader
  EXPECT_EQ(Items("manager2", run1_lines).size(), 0u);  // another team's
  EXPECT_EQ(Items("rep_c", run1_lines).size(), 0u);
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/dunning-runs/" + std::to_string(run1)).status, 403);
  EXPECT_EQ(Approve(run1, "rep_a").status, 403);
  EXPECT_EQ(Approve(run1, "manager").status, 403);
  EXPECT_EQ(Run("2026-03-02", "rep_a").status, 403);
  // Nothing is claimed before approval.
  EXPECT_EQ(Items("finance", "/api/v1/dunning-claims").size(), 0u);

  HttpResult approved = Approve(run1);
  ASSERT_EQ(approved.status, 200) << approved.Describe();
  EXPECT_EQ(StringAt(approved.Json(), "status"), "approved");
  EXPECT_EQ(IntAt(approved.Json(), "approved_by_id"), UserId("finance"));
  EXPECT_EQ(Approve(run1).status, 409);
  json::array claims = Items("rep_a", "/api/v1/dunning-claims?run_id=" + std::to_string(run1));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(IntAt(claims[0], "level"), 1);
  EXPECT_EQ(Amount(claims[0], "interest"), "43.84");
  EXPECT_EQ(Amount(claims[0], "fee"), "0.00");
  EXPECT_EQ(StringAt(claims[0], "language"), "de");
  // The rep's task, two working days after Monday 2 Mar.
  const std::string tasks =
      "/api/v1/tasks?related_entity=accounts&related_id=" + std::to_string(account);
  json::array rep_tasks = Items("rep_a", tasks);
  ASSERT_EQ(rep_tasks.size(), 1u);
  EXPECT_EQ(StringAt(rep_tasks[0], "due_on"), "2026-03-04");
  EXPECT_EQ(IntAt(rep_tasks[0], "owner_id"), UserId("rep_a"));
  EXPECT_EQ(IntAt(claims[0], "task_id"), IntAt(rep_tasks[0], "id"));

  // 23 Mar: d = 51 ≥ 21 and 21 days at level 1 ≥ 14 → level 2 (not 3: one step per run).
  // Interest: 1,000,000 × 10 + 500,000 × 41 = 30,500,000 cent-days × 0.08 / 365 = 6,684.93
  // → 66.85 accrued; 43.84 claimed before → 23.01 new. Fee 5.00.
  HttpResult second = Run("2026-03-23");
  ASSERT_EQ(second.status, 201) << second.Describe();
  const std::int64_t run2 = IntAt(second.Json(), "id");
  lines = Items("finance", "/api/v1/dunning-run-lines?run_id=" + std::to_string(run2));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(IntAt(lines[0], "level_after"), 2);
  EXPECT_EQ(Amount(lines[0], "interest"), "66.85");
  ASSERT_EQ(Approve(run2).status, 200);
  claims = Items("finance", "/api/v1/dunning-claims?run_id=" + std::to_string(run2));
  ASSERT_EQ(claims.size(), 1u);
  const std::int64_t claim = IntAt(claims[0], "id");
  EXPECT_EQ(Amount(claims[0], "interest"), "23.01");
  EXPECT_EQ(Amount(claims[0], "fee"), "5.00");
  EXPECT_EQ(StringAt(claims[0], "letter_text"),
            AccountOf("rep_a").name +
                ": Rechnung INV-2026-000001 vom 31.01.2026 offen 5.000,00 EUR, Zinsen 66,85 EUR, "
                "Gebühr 5,00 EUR, gesamt 5.071,85 EUR.");
  EXPECT_EQ(Items("rep_a", tasks).size(), 2u);
  // The same day again raises nothing: no letter.
  HttpResult again = Run("2026-03-23");
  EXPECT_EQ(IntAt(again.Json(), "letters"), 0) << again.body;

  // Waivers (E-R10): finance and the director only, with a reason, never principal, audited.
  EXPECT_EQ(Waive(claim, R"({"reason":"goodwill"})", "rep_a").status, 403);
  HttpResult blank = Waive(claim, R"({"reason":"  ","claim":"fees"})");
  EXPECT_EQ(blank.status, 422) << blank.Describe();
  EXPECT_EQ(StringAt(blank.Json(), "field"), "reason");
  EXPECT_EQ(StringAt(blank.Json(), "code"), "billing.waiver_reason");
  HttpResult principal = Waive(claim, R"({"reason":"x","claim":"principal"})");
  EXPECT_EQ(StringAt(principal.Json(), "code"), "billing.waiver_principal") << principal.body;
  HttpResult fee = Waive(claim, R"({"reason":"goodwill","claim":"fees"})");
  ASSERT_EQ(fee.status, 200) << fee.Describe();
  EXPECT_EQ(Amount(fee.Json(), "fee_waived"), "5.00");
  EXPECT_EQ(StringAt(fee.Json(), "status"), "open");  // the interest is still claimed
  HttpResult rest = Waive(claim, R"({"reason":"settled by phone"})", "director");
  ASSERT_EQ(rest.status, 200) << rest.Describe();
  EXPECT_EQ(Amount(rest.Json(), "interest_waived"), "23.01");
  // E-R10: resolved only once the principal is paid too (5,000.00 is still open).
  EXPECT_EQ(StringAt(rest.Json(), "status"), "open");
  EXPECT_EQ(StringAt(Waive(claim, R"({"reason":"again"})").Json(), "code"),
            "billing.claim_settled");
  ASSERT_EQ(Pay(account, "5000.00", "EUR", "2026-03-24", invoice).status, 201);
  EXPECT_EQ(
      StringAt(Call("finance", "GET", "/api/v1/dunning-claims/" + std::to_string(claim)).Json(),
               "status"),
      "waived");
  int updates = 0;
  for (const auto& e : Items("finance", "/api/v1/audit-events?entity=dunning-claims&entity_id=" +
                                            std::to_string(claim))) {
    if (StringAt(e, "action") == "update") ++updates;
  }
  EXPECT_EQ(updates, 3);  // two waivers, then resolved by the payment
}

// The letter as PDF (decision 0044): the approved claim's German text, the overdue invoice with
// what the run saw (5,000.00 open, 43.84 interest, no fee at level 1), the total to pay
// 5,000.00 + 43.84 = 5,043.84; read through the claim (rep_a's own; rep_c's 404).
TEST_P(BillingDunningTest, TheApprovedLetterPrintsInTheCustomersLanguage) {
  Level(1, 7, 0, "0.00", false);
  const std::int64_t invoice =
      IntAt(Posted(Order("rep_a", 1000000, "EUR", 16), "2026-01-15"), "id");
  const std::int64_t account = AccountOf("rep_a").id;
  ASSERT_EQ(Pay(account, "5000.00", "EUR", "2026-02-10", invoice).status, 201);
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                 R"({"language":"de"})", {{"If-Match", ETagOf("contacts", contact)}})
                .status,
            200);
  HttpResult run = Run("2026-03-02");
  ASSERT_EQ(run.status, 201) << run.Describe();
  ASSERT_EQ(Approve(IntAt(run.Json(), "id")).status, 200);
  json::array claims = Items("rep_a", "/api/v1/dunning-claims");
  ASSERT_EQ(claims.size(), 1u);
  const std::string path =
      "/api/v1/dunning-claims/" + std::to_string(IntAt(claims[0], "id")) + "/pdf";
  HttpResult file = Call("rep_a", "GET", path);
  ASSERT_EQ(file.status, 200) << file.Describe();
  const std::string text = pdf::testing::RenderedPdf(file.body).Text();
  for (const char* expected :
       {"Zahlungserinnerung", "Mahnstufe 1", "02.03.2026", "Rechnung INV-", "31.01.2026",
        "5.000,00 EUR", "43,84 EUR", "Zu zahlender Betrag", "5.043,84 EUR"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("&amp;"), std::string::npos);
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
  EXPECT_EQ(Call("finance", "GET", "/api/v1/dunning-claims/987654/pdf").status, 404);
}

TEST_P(BillingDunningTest, LevelsNeedTheDefaultTextAndKnownPlaceholders) {
  HttpResult none = Run("2026-03-02");
  EXPECT_EQ(none.status, 422) << none.Describe();
  EXPECT_EQ(StringAt(none.Json(), "code"), "billing.dunning_no_levels");
  HttpResult german_only = Call("finance", "POST", "/api/v1/dunning-levels",
                                R"({"level":1,"name":"R1","min_days_past_due":7,)"
                                R"("texts":{"de":"Hallo {customer}"}})");
  EXPECT_EQ(german_only.status, 422) << german_only.Describe();
  EXPECT_EQ(StringAt(german_only.Json(), "code"), "billing.letter_default_text");
  HttpResult unknown = Call("finance", "POST", "/api/v1/dunning-levels",
                            R"({"level":1,"name":"R1","min_days_past_due":7,)"
                            R"("texts":{"en":"Hello {name}"}})");
  EXPECT_EQ(unknown.status, 422) << unknown.Describe();
  EXPECT_EQ(StringAt(unknown.Json(), "field"), "texts/en");
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/dunning-levels").status, 200);
}

// The daily job proposes a run at today (the test clock: 1 Mar 2024) once; finance approves it.
TEST_P(BillingDunningTest, TheDailyJobProposesARunOnceADay) {
  EXPECT_EQ(*modules::billing::ProposeDailyDunning(api().store(), clock()), "");  // no levels
  Level(1, 7, 0, "0.00", false);
  Posted(Order("rep_a", 10000, "EUR", 10), "2024-01-15");  // due 25 Jan: 36 days past due
  auto first = modules::billing::ProposeDailyDunning(api().store(), clock());
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_NE(first->find("proposed for 2024-03-01"), std::string::npos) << *first;
  auto second = modules::billing::ProposeDailyDunning(api().store(), clock());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, "");
  const json::array runs = Items("finance", "/api/v1/dunning-runs");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(StringAt(runs[0], "as_of"), "2024-03-01");
  EXPECT_EQ(StringAt(runs[0], "status"), "proposed");
}

// A run proposed before another was approved was built on levels that have moved since.
TEST_P(BillingDunningTest, ARunProposedBeforeAnotherWasApprovedIsStale) {
  Level(1, 7, 0, "0.00", false);
  Posted(Order("rep_a", 10000, "EUR", 10), "2026-01-15");
  const std::int64_t older = IntAt(Run("2026-03-02").Json(), "id");
  const std::int64_t newer = IntAt(Run("2026-03-03").Json(), "id");
  clock().Set(*core::Timestamp::FromMicros(clock().Now().micros_since_epoch() + 60'000'000));
  ASSERT_EQ(Approve(newer).status, 200);
  HttpResult stale = Approve(older);
  EXPECT_EQ(stale.status, 409) << stale.Describe();
  EXPECT_EQ(StringAt(stale.Json(), "code"), "billing.dunning_run_stale");
  // Claims of the approved run only.
  EXPECT_EQ(Items("finance", "/api/v1/dunning-claims").size(), 1u);
}

// Decision 0056: a written-off invoice is never dunned again, and its claim's interest is not
// written off with the principal: it stays open until waived, and the claim resolves `waived`.
TEST_P(BillingDunningTest, AWrittenOffInvoiceIsNotDunnedAndItsClaimResolvesWaived) {
  Level(1, 7, 0, "0.00", false);
  Level(2, 21, 14, "5.00", false);
  const std::int64_t invoice =
      IntAt(Posted(Order("rep_a", 1000000, "EUR", 16), "2026-01-15"), "id");
  // 2 Mar, d = 30: level 1, 1,000,000 cents × 30 days × 0.08 ÷ 365 = 6,575.34 → 65.75.
  HttpResult first = Run("2026-03-02");
  ASSERT_EQ(first.status, 201) << first.Describe();
  ASSERT_EQ(Approve(IntAt(first.Json(), "id")).status, 200);
  json::array claims =
      Items("finance", "/api/v1/dunning-claims?invoice_id=" + std::to_string(invoice));
  ASSERT_EQ(claims.size(), 1u);
  const std::int64_t claim = IntAt(claims[0], "id");
  EXPECT_EQ(Amount(claims[0], "interest"), "65.75");
  // All 10,000.00 written off on 5 Mar: the principal is gone, the interest is still owed.
  HttpResult wo =
      Call("finance", "POST", "/api/v1/invoices/" + std::to_string(invoice) + "/write-off",
           R"({"amount":"10000.00","reason":"Insolvent","written_off_on":"2026-03-05"})",
           {{"If-Match", ETagOf("invoices", invoice)}});
  ASSERT_EQ(wo.status, 201) << wo.Describe();
  const std::string claim_path = "/api/v1/dunning-claims/" + std::to_string(claim);
  EXPECT_EQ(StringAt(Call("finance", "GET", claim_path).Json(), "status"), "open");
  // 23 Mar would raise it to level 2 (d 51, 21 days at level 1); written off, nothing is dunned.
  HttpResult second = Run("2026-03-23");
  ASSERT_EQ(second.status, 201) << second.Describe();
  const std::string lines =
      "/api/v1/dunning-run-lines?run_id=" + std::to_string(IntAt(second.Json(), "id"));
  EXPECT_EQ(Items("finance", lines).size(), 0u);
  // Waiving the interest resolves the claim as waived (nothing of it was paid).
  ASSERT_EQ(Waive(claim, R"({"reason":"Written off with the debt"})").status, 200);
  EXPECT_EQ(StringAt(Call("finance", "GET", claim_path).Json(), "status"), "waived");
}

SD_INSTANTIATE_API_TEST(BillingDunningTest);

}  // namespace
}  // namespace salesdesk::api_test
