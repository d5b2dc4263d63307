// The demo's order-to-cash history on both databases (decision 0050): written in bulk, it must
// read as the services would have left it — 36 months of orders, gapless document numbers,
// instalments that add up to each invoice, payments whose parts add up, deliveries that never
// exceed the order, and billing's own ageing agreeing with the raw open items. The invoices'
// maintained settled_on (decision 0081), written by the history and the billing demo's services,
// is what their settlements give, and the ageing that skips the settled reads as one that does not.
#include <map>
#include <tuple>
#include <vector>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "app/records/record_fields.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/app/receivables_ageing.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

// An ageing report's figures, comparable as a whole.
std::vector<std::tuple<std::int64_t, std::string, std::vector<std::int64_t>>> Figures(
    const modules::billing::AgeingReport& report) {
  std::vector<std::tuple<std::int64_t, std::string, std::vector<std::int64_t>>> out;
  for (const auto& l : report.lines) {
    std::vector<std::int64_t> v{l.row.not_due, l.row.open, l.row.unapplied, l.row.carrying_base,
                                l.row.unapplied_base};
    v.insert(v.end(), l.row.buckets.begin(), l.row.buckets.end());
    out.emplace_back(l.group_id.value_or(0), l.row.currency.code(), std::move(v));
  }
  return out;
}

class OrderHistoryContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  SqlStore& store() { return *store_; }

 private:
  std::unique_ptr<SqlStore> store_;
};

TEST_P(OrderHistoryContract, BulkHistoryReadsAsTheServicesWouldHaveWrittenIt) {
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 300;
  options.products = 30;
  options.reps = 8;
  options.activity_months = 1;
  options.order_lines_per_month = 120;
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  // December 2023 to November 2026: 36 months of orders (the history's: DAP, no quote).
  const std::string history = "incoterm = 'DAP' AND quote_id IS NULL";
  EXPECT_EQ(
      ReadInt("SELECT count(DISTINCT substr(ordered_on, 1, 7)) FROM sales_orders WHERE " + history),
      36);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_orders WHERE ordered_on < '2023-12-01'"), 0);
  // Every history line is at one of its product's EUR list prices (a quantity break included).
  EXPECT_GT(ReadInt("SELECT count(*) FROM sales_order_lines l JOIN sales_orders o ON o.id = "
                    "l.sales_order_id WHERE " +
                    history),
            36 * 100);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_order_lines l JOIN sales_orders o ON o.id = "
                    "l.sales_order_id WHERE " +
                    history +
                    " AND NOT EXISTS (SELECT 1 FROM "
                    "price_list_items i WHERE i.product_id = l.product_id AND i.price = "
                    "l.unit_price)"),
            0);
  // Order totals are the lines' nets plus one tax rounding: 21 % on the sum at home (EUR),
  // none on exports (the dollar customers, at the USD list).
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_orders o WHERE " + history +
                    " AND (untaxed_minor <> (SELECT sum(net_minor) FROM sales_order_lines l WHERE "
                    "l.sales_order_id = o.id) OR tax_minor <> CASE WHEN currency = 'EUR' THEN "
                    "(untaxed_minor * 21 + 50) / 100 ELSE 0 END OR "
                    "total_minor <> untaxed_minor + tax_minor)"),
            0);
  // Each order in its customer's currency, priced at that currency's list.
  EXPECT_GT(ReadInt("SELECT count(*) FROM sales_orders WHERE " + history + " AND currency = 'USD'"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_orders o JOIN accounts a ON a.id = o.account_id "
                    "WHERE " +
                    history + " AND a.currency <> o.currency"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_order_lines l JOIN sales_orders o ON o.id = "
                    "l.sales_order_id WHERE " +
                    history +
                    " AND NOT EXISTS (SELECT 1 FROM price_list_items i JOIN price_lists p ON "
                    "p.id = i.price_list_id WHERE i.product_id = l.product_id AND i.price = "
                    "l.unit_price AND p.currency = o.currency)"),
            0);
  // Every invoice, whatever its currency, has its day's rate to the base (E-R6).
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoices WHERE currency <> 'EUR' AND (rate IS NULL OR "
                    "rate <= 0)"),
            0);

  // Gapless numbers per series and year (billing's six digits): each year's count is its highest.
  for (const char* table : {"invoices", "deliveries", "credit_notes"}) {
    const std::string t = table;
    EXPECT_EQ(ReadInt("SELECT count(*) FROM (SELECT substr(number, 1, length(number) - 6) AS "
                      "series, count(*) AS n, max(CAST(substr(number, length(number) - 5) AS "
                      "INTEGER)) AS top FROM " +
                      t +
                      " WHERE number IS NOT NULL GROUP BY 1) s "
                      "WHERE n <> top"),
              0)
        << t;
  }

  // Invoices: instalments add up; payments' parts add up; allocations never exceed an instalment.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoices i WHERE status = 'posted' AND total_minor <> "
                    "(SELECT sum(amount_minor) FROM invoice_instalments s WHERE s.invoice_id = "
                    "i.id)"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM payments p WHERE invoice_id IS NOT NULL AND "
                    "(applied_minor + unapplied_minor <> settled_minor OR applied_minor <> "
                    "COALESCE((SELECT sum(amount_minor) FROM payment_allocations a WHERE "
                    "a.payment_id = p.id), 0))"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoice_instalments s WHERE amount_minor < "
                    "COALESCE((SELECT sum(amount_minor) FROM payment_allocations a WHERE "
                    "a.instalment_id = s.id), 0) + COALESCE((SELECT sum(amount_minor) FROM "
                    "credit_note_allocations c WHERE c.instalment_id = s.id), 0)"),
            0);
  // Some paid in dollars or pounds, some late, a few credited, some unpaid and overdue.
  EXPECT_GT(ReadInt("SELECT count(*) FROM payments WHERE amount_currency IN ('USD', 'GBP')"), 0);
  EXPECT_GT(ReadInt("SELECT count(*) FROM payments p JOIN invoice_instalments s ON s.invoice_id = "
                    "p.invoice_id WHERE p.paid_on > s.due_on"),
            0);
  EXPECT_GT(ReadInt("SELECT count(*) FROM credit_notes WHERE status = 'posted'"), 0);

  // Deliveries: some orders in two, none beyond what was ordered.
  EXPECT_GT(ReadInt("SELECT count(*) FROM (SELECT sales_order_id FROM deliveries GROUP BY 1 "
                    "HAVING count(*) > 1) t"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_order_lines l WHERE quantity < (SELECT "
                    "COALESCE(sum(quantity), 0) FROM delivery_lines d WHERE "
                    "d.sales_order_line_id = l.id)"),
            0);

  // Billing's own ageing (E-R4) sees exactly the raw open principal of the posted invoices (less
  // the demo's bad-debt write-off, decision 0056).
  auto ageing = modules::billing::AgeReceivables(
      store(), app::Caller::System(), clock.Now().UtcDate(), modules::billing::AgeingGroup::kNone);
  ASSERT_OK(ageing);
  std::int64_t open = 0;
  for (const auto& line : ageing->lines) {
    if (line.row.currency.code() == "EUR") open += line.row.open;
  }
  // (CAST: PostgreSQL sums bigints as numeric.)
  EXPECT_EQ(open,
            ReadInt("SELECT CAST(sum(amount_minor) - COALESCE((SELECT sum(a.amount_minor) "
                    "FROM payment_allocations a JOIN invoices x ON x.id = a.invoice_id WHERE "
                    "x.currency = 'EUR'), 0) - COALESCE((SELECT sum(c.amount_minor) FROM "
                    "credit_note_allocations c JOIN invoices x ON x.id = c.invoice_id WHERE "
                    "x.currency = 'EUR'), 0) - COALESCE((SELECT sum(w.amount_minor) FROM "
                    "invoice_write_off_allocations w JOIN invoices x ON x.id = w.invoice_id WHERE "
                    "x.currency = 'EUR'), 0) AS BIGINT) "
                    "FROM invoice_instalments "
                    "s JOIN invoices i ON i.id = s.invoice_id WHERE i.status = 'posted' AND "
                    "i.currency = 'EUR'"));
  EXPECT_GT(open, 0);

  // settled_on: each posted invoice's stored value is what its settlements give now.
  std::vector<std::int64_t> posted;
  {
    auto uow = store().Read();
    ASSERT_OK(uow);
    auto rows = (*uow)->List(modules::billing::Spec("invoices"),
                             {.filters = {{"status", app::FilterOp::kEq, {std::string("posted")}}},
                              .limit = 100000,
                              .with_total = false},
                             app::Visibility::All());
    ASSERT_OK(rows);
    std::map<std::int64_t, std::string> stored;
    for (const auto& r : rows->items) {
      posted.push_back(app::RecordId(r));
      stored[app::RecordId(r)] = app::TextOf(r, "settled_on");
    }
    auto write = store().Write();
    ASSERT_OK(write);
    auto computed = modules::billing::SettledOnOf(**write, posted);
    ASSERT_OK(computed);
    ASSERT_EQ(computed->size(), posted.size());
    for (const auto& [id, value] : *computed) {
      EXPECT_EQ(stored[id], value ? value->ToString() : "") << "invoice " << id;
    }
  }
  const std::int64_t settled =
      ReadInt("SELECT count(*) FROM invoices WHERE settled_on IS NOT NULL");
  EXPECT_GT(settled, static_cast<std::int64_t>(posted.size()) / 2);
  EXPECT_LT(settled, static_cast<std::int64_t>(posted.size()));
  // Settled the day of its last settlement, never before the invoice.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoices i WHERE settled_on IS NOT NULL AND (settled_on "
                    "< invoice_date OR settled_on < (SELECT max(paid_on) FROM payments p WHERE "
                    "p.invoice_id = i.id))"),
            0);
  // The ageing per account at dates across the history reads as with nothing marked settled.
  std::vector<core::Date> dates;
  for (const char* d : {"2024-03-31", "2025-06-30", "2026-01-15", "2026-11-22"}) {
    dates.push_back(*core::ParseDate(d));
  }
  std::vector<decltype(Figures(*ageing))> skipping;
  for (core::Date d : dates) {
    auto report = modules::billing::AgeReceivables(store(), app::Caller::System(), d,
                                                   modules::billing::AgeingGroup::kAccount);
    ASSERT_OK(report);
    EXPECT_FALSE(report->lines.empty()) << d.ToString();
    skipping.push_back(Figures(*report));
  }
  Exec("UPDATE invoices SET settled_on = NULL");
  for (std::size_t k = 0; k < dates.size(); ++k) {
    auto report = modules::billing::AgeReceivables(store(), app::Caller::System(), dates[k],
                                                   modules::billing::AgeingGroup::kAccount);
    ASSERT_OK(report);
    EXPECT_EQ(Figures(*report), skipping[k]) << dates[k].ToString();
  }
  // A database from before the column: the first start computes every value, later ones do not.
  ASSERT_OK(modules::billing::UpgradeSettledOn(store(), clock));
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoices WHERE settled_on IS NOT NULL"), settled);
  Exec("UPDATE invoices SET settled_on = NULL");
  ASSERT_OK(modules::billing::UpgradeSettledOn(store(), clock));
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoices WHERE settled_on IS NOT NULL"), 0);
}

INSTANTIATE_TEST_SUITE_P(Storage, OrderHistoryContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
