// Finance's own work (decision 0049): a payment's unapplied part applied to principal, interest
// and fees (E-R11, both orders) with the claims resolving only when all three are settled or
// waived (E-R10); promises to pay kept or broken by the daily job, holding dunning meanwhile;
// the ageing per rep, team and territory; an approved run's letters sent in one call; the bank
// settings with the IBAN checked.
#include "app/records/record_fields.h"
#include "billing/api/receivables_api_test.h"
#include "core/time/timestamp.h"
#include "modules/billing/app/payment_promises.h"
#include "modules/mail/app/outbox_sender.h"
#include "modules/mail/core/mail/retry_schedule.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingFinanceTest : public ReceivablesApiTest {
 protected:
  void Level(int level, int days, int since, const char* fee) {
    json::object body{{"level", level},
                      {"name", "Reminder " + std::to_string(level)},
                      {"min_days_past_due", days},
                      {"min_days_since_previous", since},
                      {"fee", {{"amount", fee}, {"currency", "EUR"}}},
                      {"annual_rate_pct", "8"},
                      {"texts", {{"en", "Dear {customer}, {total} is overdue."}}},
                      {"creates_task", false}};
    HttpResult r = Call("finance", "POST", "/api/v1/dunning-levels", json::serialize(body));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  // One overdue invoice each for rep_a's customer, whose contact has an e-mail address, and
  // rep_c's, whose has none; one level, due after 7 days.
  void TwoOverdueCustomers() {
    Level(1, 7, 0, "0.00");
    Posted(Order("rep_a", 10000, "EUR", 10), "2026-01-15");
    Posted(Order("rep_c", 20000, "EUR", 10), "2026-01-15");
    const std::int64_t contact = AccountOf("rep_a").contact_id;
    ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                   R"({"email":"ap@clinic.example"})", {{"If-Match", ETagOf("contacts", contact)}})
                  .status,
              200);
  }
  std::int64_t RunAndApprove(const std::string& as_of) {
    HttpResult run =
        Call("finance", "POST", "/api/v1/dunning-runs", R"({"as_of":")" + as_of + R"("})");
    EXPECT_EQ(run.status, 201) << run.Describe();
    const std::int64_t id = IntAt(run.Json(), "id");
    HttpResult ok =
        Call("finance", "POST", "/api/v1/dunning-runs/" + std::to_string(id) + "/approve", "",
             {{"If-Match", ETagOf("dunning-runs", id)}});
    EXPECT_EQ(ok.status, 200) << ok.Describe();
    return id;
  }
  HttpResult Apply(std::int64_t payment, const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/payments/" + std::to_string(payment) + "/apply", "",
                {{"If-Match", ETagOf("payments", payment)}});
  }
  json::value Claim(std::int64_t run) {
    HttpResult r = Call("finance", "GET", "/api/v1/dunning-claims?run_id=" + std::to_string(run));
    const json::value page = r.Json();
    EXPECT_EQ(page.at("items").as_array().size(), 1u) << r.body;
    return page.at("items").as_array().at(0);
  }
  json::array Items(const std::string& user, const std::string& target) {
    HttpResult r = Call(user, "GET", target);
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value v = r.Json();
    return v.at("items").as_array();
  }
  // EUR 10,000.00 invoiced 15 Jan 2026, due 31 Jan; levels 7/0 days fee 0.00 and 21/14 days
  // fee 5.00 at 8 %. Run 2 Mar (d 30): level 1, interest 1,000,000 cents × 30 days × 0.08 / 365
  // = 6,575.34 → 65.75. Run 23 Mar (d 51): level 2, accrued 1,000,000 × 51 × 0.08 / 365 =
  // 11,178.08 → 111.78, of which 111.78 − 65.75 = 46.03 new, and the 5.00 fee.
  void TwoClaims() {
    Level(1, 7, 0, "0.00");
    Level(2, 21, 14, "5.00");
    invoice_ = IntAt(Posted(Order("rep_a", 1000000, "EUR", 16), "2026-01-15"), "id");
    run1_ = RunAndApprove("2026-03-02");
    run2_ = RunAndApprove("2026-03-23");
    ASSERT_EQ(Amount(Claim(run1_), "interest"), "65.75");
    ASSERT_EQ(Amount(Claim(run2_), "interest"), "46.03");
    ASSERT_EQ(Amount(Claim(run2_), "fee"), "5.00");
  }
  std::int64_t invoice_ = 0, run1_ = 0, run2_ = 0;
};

// Default order (E-R11): a transfer of 10,100.00 without reference pays the 10,000.00 principal,
// then interest oldest claim first: 65.75 (run 1) and 34.25 of the 46.03 (run 2); the fee gets
// nothing. Claim 1 has nothing open (principal, interest, fee 0.00) → settled; claim 2 keeps
// 11.78 interest and the 5.00 fee → open until they are waived (one waiver path) → waived.
TEST_P(BillingFinanceTest, AnUnreferencedPaymentPaysPrincipalThenInterestThenFees) {
  TwoClaims();
  const std::int64_t account = AccountOf("rep_a").id;
  HttpResult paid = Pay(account, "10100.00", "EUR", "2026-03-25");
  ASSERT_EQ(paid.status, 201) << paid.Describe();
  const std::int64_t payment = IntAt(paid.Json(), "id");
  EXPECT_EQ(Apply(payment, "rep_a").status, 403);
  HttpResult applied = Apply(payment);
  ASSERT_EQ(applied.status, 200) << applied.Describe();
  EXPECT_EQ(Amount(applied.Json(), "applied_later"), "10100.00");
  EXPECT_EQ(Amount(applied.Json(), "unapplied"), "0.00");
  const json::value c1 = Claim(run1_), c2 = Claim(run2_);
  EXPECT_EQ(Amount(c1, "interest_paid"), "65.75");
  EXPECT_EQ(StringAt(c1, "status"), "settled");
  EXPECT_EQ(Amount(c2, "interest_paid"), "34.25");
  EXPECT_EQ(Amount(c2, "fee_paid"), "0.00");
  EXPECT_EQ(StringAt(c2, "status"), "open");
  json::array allocations =
      Items("finance", "/api/v1/payment-claim-allocations?payment_id=" + std::to_string(payment));
  EXPECT_EQ(allocations.size(), 2u);
  // Nothing left to apply.
  HttpResult again = Apply(payment);
  EXPECT_EQ(again.status, 422) << again.Describe();
  EXPECT_EQ(StringAt(again.Json(), "code"), "billing.payment_nothing_unapplied");
  // The ageing at 31 Mar: the principal is paid, and the 100.00 that paid interest is not a
  // credit on the customer.
  HttpResult ageing = Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-03-31");
  EXPECT_EQ(ageing.Json().at("rows").as_array().size(), 0u) << ageing.body;
  // Waive what is left of claim 2: resolved, as the principal is paid.
  HttpResult waived = Call("finance", "POST",
                           "/api/v1/dunning-claims/" + std::to_string(IntAt(c2, "id")) + "/waive",
                           R"({"reason":"paid late by a day, goodwill"})");
  ASSERT_EQ(waived.status, 200) << waived.Describe();
  EXPECT_EQ(Amount(waived.Json(), "interest_waived"), "11.78");
  EXPECT_EQ(Amount(waived.Json(), "fee_waived"), "5.00");
  EXPECT_EQ(StringAt(waived.Json(), "status"), "waived");
}

// § 367 BGB (the billing setting bgb_367): 100.00 pays the fee first (5.00 of claim 2; claim 1
// has none), then interest oldest first: 65.75 (claim 1) and 29.25 of claim 2's 46.03; the
// principal gets nothing, so both claims stay open (E-R10: principal 10,000.00 unpaid).
TEST_P(BillingFinanceTest, WithSection367BgbFeesThenInterestThenPrincipal) {
  TwoClaims();
  HttpResult rep =
      Call("rep_a", "POST", "/api/v1/billing-settings", R"({"application_order":"bgb_367"})");
  EXPECT_EQ(rep.status, 403) << rep.Describe();
  HttpResult set =
      Call("finance", "POST", "/api/v1/billing-settings", R"({"application_order":"bgb_367"})");
  ASSERT_EQ(set.status, 201) << set.Describe();
  // One row for the company.
  EXPECT_EQ(Call("finance", "POST", "/api/v1/billing-settings", R"({"bank_name":"B"})").status,
            409);
  HttpResult paid = Pay(AccountOf("rep_a").id, "100.00", "EUR", "2026-03-25");
  ASSERT_EQ(paid.status, 201);
  HttpResult applied = Apply(IntAt(paid.Json(), "id"));
  ASSERT_EQ(applied.status, 200) << applied.Describe();
  EXPECT_EQ(Amount(applied.Json(), "unapplied"), "0.00");
  const json::value c1 = Claim(run1_), c2 = Claim(run2_);
  EXPECT_EQ(Amount(c2, "fee_paid"), "5.00");
  EXPECT_EQ(Amount(c1, "interest_paid"), "65.75");
  EXPECT_EQ(Amount(c2, "interest_paid"), "29.25");
  EXPECT_EQ(StringAt(c1, "status"), "open");
  EXPECT_EQ(StringAt(c2, "status"), "open");
  EXPECT_EQ(Instalments(invoice_), (std::vector<std::string>{"2026-01-31 10000.00"}));
  HttpResult ageing = Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-03-31");
  EXPECT_EQ(Amount(ageing.Json().at("rows").as_array()[0], "open"), "10000.00") << ageing.body;
  // Paying the principal on the invoice resolves claim 1 (nothing else open); claim 2 still
  // claims 16.78 of interest.
  ASSERT_EQ(Pay(AccountOf("rep_a").id, "10000.00", "EUR", "2026-03-30", invoice_).status, 201);
  EXPECT_EQ(StringAt(Claim(run1_), "status"), "settled");
  EXPECT_EQ(StringAt(Claim(run2_), "status"), "open");
}

// Promises (test clock 1 Mar 2024): rep_a records one of 100.00 on an invoice due 25 Jan for
// 5 Mar, and one of 50.00 on the account for 2 Mar. A dunning run at 1 Mar leaves the account
// alone. 100.00 paid on 3 Mar: on 4 Mar the job finds the first kept, the second broken (no
// payment between 1 and 2 Mar) with a task for rep_a.
TEST_P(BillingFinanceTest, PromisesAreKeptOrBrokenAndHoldDunningMeanwhile) {
  Level(1, 7, 0, "0.00");
  const std::int64_t invoice = IntAt(Posted(Order("rep_a", 10000, "EUR", 10), "2024-01-15"), "id");
  const std::int64_t account = AccountOf("rep_a").id;
  auto promise = [&](const std::string& user, const json::object& body) {
    return Call(user, "POST", "/api/v1/payment-promises", json::serialize(body));
  };
  const json::object on_invoice{{"account_id", account},
                                {"invoice_id", invoice},
                                {"amount", {{"amount", "100.00"}, {"currency", "EUR"}}},
                                {"made_on", "2024-02-28"},
                                {"promised_on", "2024-03-05"}};
  HttpResult kept = promise("rep_a", on_invoice);
  ASSERT_EQ(kept.status, 201) << kept.Describe();
  EXPECT_EQ(StringAt(kept.Json(), "status"), "open");
  EXPECT_EQ(IntAt(kept.Json(), "owner_id"), UserId("rep_a"));
  HttpResult broken = promise("finance", {{"account_id", account},
                                          {"amount", {{"amount", "50.00"}, {"currency", "EUR"}}},
                                          {"promised_on", "2024-03-02"},
                                          {"note", "the controller is back Monday"}});
  ASSERT_EQ(broken.status, 201) << broken.Describe();
  EXPECT_EQ(StringAt(broken.Json(), "made_on"), "2024-03-01");   // today
  EXPECT_EQ(IntAt(broken.Json(), "owner_id"), UserId("rep_a"));  // the account's rep
  // Others: another team's rep cannot see the account; a manager records none; zero is refused.
  HttpResult foreign = promise("rep_c", on_invoice);
  EXPECT_EQ(foreign.status, 422) << foreign.Describe();
  EXPECT_EQ(promise("manager", on_invoice).status, 403);
  json::object zero = on_invoice;
  zero["amount"] = {{"amount", "0.00"}, {"currency", "EUR"}};
  HttpResult none = promise("rep_a", zero);
  EXPECT_EQ(none.status, 422);
  EXPECT_EQ(StringAt(none.Json(), "code"), "billing.promise_amount") << none.body;
  EXPECT_EQ(Items("manager", "/api/v1/payment-promises").size(), 2u);
  EXPECT_EQ(Items("rep_c", "/api/v1/payment-promises").size(), 0u);

  // Dunning at 1 Mar (36 days past due) skips the promised account.
  HttpResult run = Call("finance", "POST", "/api/v1/dunning-runs", R"({"as_of":"2024-03-01"})");
  ASSERT_EQ(run.status, 201) << run.Describe();
  EXPECT_EQ(IntAt(run.Json(), "letters"), 0);

  EXPECT_EQ(*modules::billing::EvaluatePaymentPromises(api().store(), clock()), "");
  ASSERT_EQ(Pay(account, "100.00", "EUR", "2024-03-03", invoice).status, 201);
  clock().Set(core::Timestamp::StartOfDay(*core::ParseDate("2024-03-04")));
  auto summary = modules::billing::EvaluatePaymentPromises(api().store(), clock());
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(*summary, "1 promises to pay kept, 1 broken");
  HttpResult k =
      Call("rep_a", "GET", "/api/v1/payment-promises/" + std::to_string(IntAt(kept.Json(), "id")));
  EXPECT_EQ(StringAt(k.Json(), "status"), "kept");
  HttpResult b = Call("rep_a", "GET",
                      "/api/v1/payment-promises/" + std::to_string(IntAt(broken.Json(), "id")));
  EXPECT_EQ(StringAt(b.Json(), "status"), "broken");
  EXPECT_EQ(StringAt(b.Json(), "evaluated_on"), "2024-03-04");
  HttpResult task =
      Call("rep_a", "GET", "/api/v1/tasks/" + std::to_string(IntAt(b.Json(), "task_id")));
  ASSERT_EQ(task.status, 200) << task.Describe();
  EXPECT_EQ(IntAt(task.Json(), "owner_id"), UserId("rep_a"));
  int updates = 0;
  for (const auto& e : Items("finance", "/api/v1/audit-events?entity=payment-promises&entity_id=" +
                                            std::to_string(IntAt(b.Json(), "id")))) {
    if (StringAt(e, "action") == "update") ++updates;
  }
  EXPECT_EQ(updates, 1);
}

// EUR 1,000.01 of rep_a's customer split 60/40 with rep_b (both Iberia), EUR 500.00 of rep_c's
// (Asia), all due in 30 days from 1 Mar 2026, aged at 10 Mar (not due). Rep: Allocate(100,001,
// 6,000 : 4,000) → quotas 60,000.6 / 40,000.4 → 60,000 + 40,000, the cent left to the larger
// remainder → rep_a 600.01, rep_b 400.00, rep_c 500.00. Team: Iberia 600.01 + 400.00 = 1,000.01
// (a sum, not a mean), Asia 500.00. Territory: rep_a's account in Iberia takes its 1,000.01,
// rep_c's has none (null group).
TEST_P(BillingFinanceTest, TheAgeingPerRepTeamAndTerritorySumsCreditedShares) {
  HttpResult draft = NewInvoice(Order("rep_a", 100001, "EUR", 30), "2026-03-01");
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t split = IntAt(draft.Json(), "id");
  const std::string shares = R"({"credit_splits":[{"user_id":)" + std::to_string(UserId("rep_a")) +
                             R"(,"share_bp":6000},{"user_id":)" + std::to_string(UserId("rep_b")) +
                             R"(,"share_bp":4000}]})";
  HttpResult put =
      Call("finance", "PUT", "/api/v1/invoices/" + std::to_string(split) + "/credit-splits", shares,
           {{"If-Match", ETagOf("invoices", split)}});
  ASSERT_EQ(put.status, 200) << put.Describe();
  ASSERT_EQ(PostInvoice(split).status, 200);
  Posted(Order("rep_c", 50000, "EUR", 30), "2026-03-01");
  const std::int64_t account = AccountOf("rep_a").id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/accounts/" + std::to_string(account),
                 R"({"territory_id":)" + std::to_string(Seeded("territory")) + "}",
                 {{"If-Match", ETagOf("accounts", account)}})
                .status,
            200);
  auto rows = [&](const std::string& user, const std::string& group) {
    HttpResult r = Call(user, "GET", "/api/v1/receivables/ageing?as_of=2026-03-10&group=" + group);
    EXPECT_EQ(r.status, 200) << r.Describe();
    std::map<std::int64_t, std::string> out;
    const json::value v = r.Json();
    EXPECT_EQ(StringAt(v, "group"), group);
    for (const auto& row : v.at("rows").as_array()) {
      out[row.at("group_id").is_null() ? 0 : row.at("group_id").as_int64()] =
          Amount(row, "not_due");
    }
    return out;
  };
  EXPECT_EQ(
      rows("finance", "rep"),
      (std::map<std::int64_t, std::string>{
          {UserId("rep_a"), "600.01"}, {UserId("rep_b"), "400.00"}, {UserId("rep_c"), "500.00"}}));
  std::map<std::int64_t, std::string> teams = rows("finance", "team");
  ASSERT_EQ(teams.size(), 2u);
  std::vector<std::string> amounts;
  for (const auto& [team, amount] : teams) amounts.push_back(amount);
  std::sort(amounts.begin(), amounts.end());
  EXPECT_EQ(amounts, (std::vector<std::string>{"1000.01", "500.00"}));
  EXPECT_EQ(rows("finance", "territory"),
            (std::map<std::int64_t, std::string>{{Seeded("territory"), "1000.01"}, {0, "500.00"}}));
  // Visible data only: rep_c sees their own invoice alone.
  EXPECT_EQ(rows("rep_c", "rep"),
            (std::map<std::int64_t, std::string>{{UserId("rep_c"), "500.00"}}));
  HttpResult bad = Call("finance", "GET", "/api/v1/receivables/ageing?as_of=2026-03-10&group=city");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "group");
}

// Two customers dunned in one approved run; rep_a's contact has an e-mail, rep_c's none: one
// letter queued, one skipped (no_email); the same key again answers the same and queues nothing
// more; without a key the queued letter is skipped as already_sent. The run remembers the send
// (decision 0062): when, by whom, one letter in the outbox, one without e-mail.
TEST_P(BillingFinanceTest, SendingARunsLettersQueuesThoseWithAnAddress) {
  TwoOverdueCustomers();
  HttpResult proposed =
      Call("finance", "POST", "/api/v1/dunning-runs", R"({"as_of":"2026-03-02"})");
  const std::int64_t run = IntAt(proposed.Json(), "id");
  const std::string send = "/api/v1/dunning-runs/" + std::to_string(run) + "/send";
  HttpResult early = Call("finance", "POST", send, "", {{"Idempotency-Key", "send-early"}});
  EXPECT_EQ(early.status, 422) << early.Describe();
  EXPECT_EQ(StringAt(early.Json(), "field"), "status");
  ASSERT_EQ(Call("finance", "POST", "/api/v1/dunning-runs/" + std::to_string(run) + "/approve", "",
                 {{"If-Match", ETagOf("dunning-runs", run)}})
                .status,
            200);
  EXPECT_EQ(Call("rep_a", "POST", send, "").status, 403);
  HttpResult sent = Call("finance", "POST", send, "", {{"Idempotency-Key", "send-1"}});
  ASSERT_EQ(sent.status, 200) << sent.Describe();
  const json::value v = sent.Json();
  ASSERT_EQ(v.at("queued").as_array().size(), 1u) << sent.body;
  EXPECT_EQ(IntAt(v.at("queued").as_array()[0], "account_id"), AccountOf("rep_a").id);
  ASSERT_EQ(v.at("skipped").as_array().size(), 1u);
  EXPECT_EQ(IntAt(v.at("skipped").as_array()[0], "account_id"), AccountOf("rep_c").id);
  EXPECT_EQ(StringAt(v.at("skipped").as_array()[0], "reason"), "no_email");
  const std::int64_t message = IntAt(v.at("queued").as_array()[0], "outbox_message_id");
  auto outbox = api().records().Get(app::Caller::System(), Spec("outbox-messages"), message);
  ASSERT_TRUE(outbox.ok());
  EXPECT_EQ(app::TextOf(*outbox, "to_address"), "ap@clinic.example");
  EXPECT_EQ(app::TextOf(*outbox, "related_entity"), "dunning-claims");
  HttpResult retry = Call("finance", "POST", send, "", {{"Idempotency-Key", "send-1"}});
  EXPECT_EQ(retry.body, sent.body);
  HttpResult again = Call("finance", "POST", send, "");
  const json::value a = again.Json();
  EXPECT_EQ(a.at("queued").as_array().size(), 0u) << again.body;
  ASSERT_EQ(a.at("skipped").as_array().size(), 2u);
  EXPECT_EQ(StringAt(a.at("skipped").as_array()[0], "reason"), "already_sent");
  HttpResult marked = Call("finance", "GET", "/api/v1/dunning-runs/" + std::to_string(run));
  ASSERT_EQ(marked.status, 200) << marked.Describe();
  const json::value m = marked.Json();
  EXPECT_FALSE(m.at("sent_at").is_null()) << marked.body;
  EXPECT_EQ(IntAt(m, "sent_by_id"), UserId("finance"));
  EXPECT_EQ(IntAt(m, "letters_sent"), 1);  // queued the first time, already sent the second
  EXPECT_EQ(IntAt(m, "letters_without_email"), 1);
  // Read-only: the mark is the send's, never typed.
  HttpResult typed = Call("finance", "PATCH", "/api/v1/dunning-runs/" + std::to_string(run),
                          R"({"letters_sent":5})", {{"If-Match", ETagOf("dunning-runs", run)}});
  EXPECT_GE(typed.status, 400) << typed.Describe();
}

// A relay that answers every message the same way: refusing it, or taking it.
class FixedRelay final : public app::MailTransport {
 public:
  explicit FixedRelay(bool accepts) : accepts_(accepts) {}
  const std::string& Sender() const override { return sender_; }
  core::Result<void> Send(const std::vector<std::string>&, const std::string&) override {
    if (accepts_) return core::Ok();
    return core::Error::Make(core::ErrorCode::kUnavailable, "550 5.1.1 mailbox unavailable");
  }

 private:
  bool accepts_;
  std::string sender_ = "salesdesk@example.com";
};

// A run whose letter the relay refuses is never "sent" (decision 0068): GET /letters shows the
// letter waiting with the relay's answer, then failed once the sender gives up; sending the run
// again queues it anew (a failed letter is not "already sent"); delivered once the relay takes it.
TEST_P(BillingFinanceTest, ALetterTheRelayRefusedShowsFailedAndIsSentAgain) {
  TwoOverdueCustomers();
  const std::int64_t run = RunAndApprove("2026-03-02");
  const std::string base = "/api/v1/dunning-runs/" + std::to_string(run);
  auto letters = [&](const std::string& who = "finance") {
    HttpResult r = Call(who, "GET", base + "/letters");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value();
  };
  auto letter_of = [&](const json::value& v, const std::string& owner) {
    for (const auto& l : v.at("letters").as_array()) {
      if (IntAt(l, "account_id") == AccountOf(owner).id) return l;
    }
    ADD_FAILURE() << "no letter to " << owner << ": " << json::serialize(v);
    return json::value();
  };
  auto count = [](const json::value& v, const char* delivery) {
    return v.at("counts").at(delivery).as_int64();
  };
  json::value before = letters();
  EXPECT_EQ(count(before, "not_sent"), 2) << json::serialize(before);
  EXPECT_EQ(Call("rep_a", "GET", base + "/letters").status, 403);

  ASSERT_EQ(Call("finance", "POST", base + "/send", "", {{"Idempotency-Key", "relay-1"}}).status,
            200);
  json::value queued = letters();
  EXPECT_EQ(StringAt(letter_of(queued, "rep_a"), "delivery"), "waiting");
  EXPECT_EQ(StringAt(letter_of(queued, "rep_a"), "to_address"), "ap@clinic.example");
  EXPECT_EQ(StringAt(letter_of(queued, "rep_c"), "delivery"), "not_sent");

  FixedRelay refusing(false);
  ASSERT_TRUE(modules::mail::SendDueMessages(api().store(), clock(), &refusing).ok());
  json::value refused = letter_of(letters(), "rep_a");
  EXPECT_EQ(StringAt(refused, "delivery"), "waiting");  // tried again later
  EXPECT_NE(StringAt(refused, "last_error").find("550 5.1.1"), std::string::npos)
      << json::serialize(refused);
  for (int i = 1; i < core::mail::kMaxAttempts; ++i) {
    ASSERT_TRUE(clock().Advance(2 * core::Timestamp::kMicrosPerDay).ok());
    ASSERT_TRUE(modules::mail::SendDueMessages(api().store(), clock(), &refusing).ok());
  }
  json::value gave_up = letters();
  EXPECT_EQ(count(gave_up, "failed"), 1) << json::serialize(gave_up);
  EXPECT_EQ(count(gave_up, "delivered"), 0);
  const json::value failed = letter_of(gave_up, "rep_a");
  EXPECT_EQ(StringAt(failed, "delivery"), "failed");
  EXPECT_EQ(IntAt(failed, "attempts"), core::mail::kMaxAttempts);
  EXPECT_TRUE(failed.at("sent_at").is_null());

  // Sending the run again queues the failed letter anew; the customer without an address is
  // still skipped.
  HttpResult again = Call("finance", "POST", base + "/send", "", {{"Idempotency-Key", "relay-2"}});
  ASSERT_EQ(again.status, 200) << again.Describe();
  ASSERT_EQ(again.Json().at("queued").as_array().size(), 1u) << again.body;
  const std::int64_t resent = IntAt(again.Json().at("queued").as_array()[0], "outbox_message_id");
  EXPECT_NE(resent, IntAt(failed, "outbox_message_id"));
  json::value requeued = letter_of(letters(), "rep_a");
  EXPECT_EQ(StringAt(requeued, "delivery"), "waiting");
  EXPECT_EQ(IntAt(requeued, "outbox_message_id"), resent);

  FixedRelay accepting(true);
  ASSERT_TRUE(modules::mail::SendDueMessages(api().store(), clock(), &accepting).ok());
  json::value delivered = letters();
  EXPECT_EQ(count(delivered, "delivered"), 1) << json::serialize(delivered);
  EXPECT_EQ(count(delivered, "failed"), 0);
  EXPECT_EQ(count(delivered, "not_sent"), 1);
  EXPECT_FALSE(letter_of(delivered, "rep_a").at("sent_at").is_null());
  // Delivered is in the outbox: a third send leaves it alone.
  HttpResult third = Call("finance", "POST", base + "/send", "");
  EXPECT_EQ(third.Json().at("queued").as_array().size(), 0u) << third.body;
  EXPECT_EQ(Call("finance", "GET", "/api/v1/dunning-runs/987654/letters").status, 404);
}

// The bank on customer documents: the IBAN's check digits (ISO 13616 mod 97) and the BIC's
// shape are checked; spaces are dropped and letters upper-cased.
TEST_P(BillingFinanceTest, BankSettingsCheckTheIban) {
  HttpResult wrong = Call("finance", "POST", "/api/v1/billing-settings",
                          R"({"iban":"DE89 3704 0044 0532 0130 01","bic":"COBADEFF"})");
  EXPECT_EQ(wrong.status, 422) << wrong.Describe();
  EXPECT_NE(wrong.body.find("billing.iban_invalid"), std::string::npos) << wrong.body;
  HttpResult ok = Call("finance", "POST", "/api/v1/billing-settings",
                       R"({"bank_name":"Commerzbank","iban":"de89 3704 0044 0532 0130 00",)"
                       R"("bic":"cobadeffxxx"})");
  ASSERT_EQ(ok.status, 201) << ok.Describe();
  EXPECT_EQ(StringAt(ok.Json(), "iban"), "DE89370400440532013000");
  EXPECT_EQ(StringAt(ok.Json(), "bic"), "COBADEFFXXX");
  EXPECT_EQ(StringAt(ok.Json(), "application_order"), "principal_first");
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/billing-settings").status, 200);
  // Printed on the invoice (and the dunning letter) in groups of four, with nothing internal:
  // the line's cost snapshot (the product's 12.50) never appears.
  const std::int64_t invoice = IntAt(Posted(Order("rep_a", 11900, "EUR", 30), "2026-03-01"), "id");
  HttpResult file =
      Call("rep_a", "GET", "/api/v1/invoices/" + std::to_string(invoice) + "/pdf?lang=en");
  ASSERT_EQ(file.status, 200) << file.Describe();
  const std::string text = pdf::testing::RenderedPdf(file.body).Text();
  for (const char* expected :
       {"Bank details", "Commerzbank", "IBAN DE89 3704 0044 0532 0130 00", "BIC COBADEFFXXX"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("12.50"), std::string::npos) << text;
  EXPECT_EQ(text.find("application_order"), std::string::npos);
}

SD_INSTANTIATE_API_TEST(BillingFinanceTest);

}  // namespace
}  // namespace salesdesk::api_test
