#include "modules/targets/app/daily_actuals.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>

#include "app/records/catalog_fields.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/billing/core/credit_split.h"
#include "modules/targets/app/actuals.h"
#include "modules/targets/app/plan_fields.h"

namespace salesdesk::modules::targets {
namespace {

using namespace app::catalog;
using app::FilterOp;
using app::Record;

// The measures with rows, in the order a build writes them.
constexpr const char* kMeasures[] = {"revenue", "visits", "calls", "orders", "new_customers"};

struct Key {
  std::int64_t owner = 0;
  std::string measure;
  std::string unit;
  std::string day;
  auto operator<=>(const Key&) const = default;
};

// The changes one write makes, netted per row before they are added.
using Deltas = std::map<Key, std::int64_t>;

core::Result<void> Apply(app::UnitOfWork& uow, const Deltas& deltas, std::int64_t now) {
  const app::EntitySpec& e = Spec("daily-actuals");
  for (const auto& [k, delta] : deltas) {
    if (delta == 0) continue;
    SD_TRY(uow.Accumulate(
        e, {{"owner_id", k.owner}, {"measure", k.measure}, {"unit", k.unit}, {"day", k.day}},
        "amount", delta, now));
  }
  return core::Ok();
}

// An update that leaves every field a measure reads as it was changes no row: most updates of a
// posted invoice (a payment's status, a reminder's date) or of a confirmed order (its delivery).
bool Unchanged(const Record* before, const Record* after,
               std::initializer_list<std::string_view> fields) {
  if (before == nullptr || after == nullptr) return false;
  for (std::string_view f : fields) {
    const app::FieldValue* a = app::FieldOf(*before, f);
    const app::FieldValue* b = app::FieldOf(*after, f);
    if ((a == nullptr) != (b == nullptr) || (a != nullptr && *a != *b)) return false;
  }
  return true;
}

std::int64_t Now(const Record* before, const Record* after) {
  const Record& r = after != nullptr ? *after : *before;
  return app::IntOf(r, "updated_at").value_or(0);
}

// A posted invoice's or credit note's untaxed amount, credited as targets count it (A-R2, A-R7):
// by the invoice's revenue split, else to the document's owner.
core::Result<void> AddRevenue(app::UnitOfWork& uow, const Record& doc, std::int64_t invoice_id,
                              const char* date_field, std::int64_t sign, Deltas& out) {
  if (app::TextOf(doc, "status") != "posted") return core::Ok();
  const auto untaxed = app::MoneyOf(doc, "untaxed");
  if (!untaxed) return core::Ok();
  SD_ASSIGN(auto all, billing::InvoiceShares(uow, {invoice_id}));
  const billing::Shares shares = all.count(invoice_id) ? all.at(invoice_id) : billing::Shares{};
  const std::int64_t owner = app::IntOf(doc, "owner_id").value_or(0);
  std::vector<std::int64_t> users;
  for (const auto& s : shares) users.push_back(s.user_id);
  if (users.empty()) users.push_back(owner);
  for (std::int64_t user : users) {
    SD_ASSIGN(const std::int64_t part,
              core::billing::CreditedPart(sign * untaxed->minor, owner, shares, user));
    out[{user, "revenue", untaxed->currency, app::TextOf(doc, date_field)}] += part;
  }
  return core::Ok();
}

core::Result<void> InvoiceStored(app::UnitOfWork& uow, const Record* before, const Record* after) {
  // A posted invoice's split never changes (credit_splits.h): these fields are all it counts by.
  if (Unchanged(before, after, {"status", "invoice_date", "untaxed", "owner_id"})) {
    return core::Ok();
  }
  Deltas d;
  if (before) SD_TRY(AddRevenue(uow, *before, app::RecordId(*before), "invoice_date", -1, d));
  if (after) SD_TRY(AddRevenue(uow, *after, app::RecordId(*after), "invoice_date", 1, d));
  return Apply(uow, d, Now(before, after));
}

core::Result<void> CreditNoteStored(app::UnitOfWork& uow, const Record* before,
                                    const Record* after) {
  if (Unchanged(before, after, {"status", "credit_date", "untaxed", "owner_id", "invoice_id"})) {
    return core::Ok();
  }
  Deltas d;
  for (auto [doc, sign] :
       {std::pair{before, std::int64_t{1}}, std::pair{after, std::int64_t{-1}}}) {
    if (doc == nullptr) continue;
    SD_TRY(
        AddRevenue(uow, *doc, app::IntOf(*doc, "invoice_id").value_or(0), "credit_date", sign, d));
  }
  return Apply(uow, d, Now(before, after));
}

core::Result<void> ActivityStored(app::UnitOfWork& uow, const Record* before, const Record* after) {
  if (Unchanged(before, after, {"status", "kind", "done_at", "owner_id"})) return core::Ok();
  auto measure_of = [](const Record& a) -> const char* {
    if (app::TextOf(a, "status") != "done" || !app::IntOf(a, "done_at")) return nullptr;
    const std::string kind = app::TextOf(a, "kind");
    return kind == "visit" ? "visits" : kind == "call" ? "calls" : nullptr;
  };
  const bool counts = (before && measure_of(*before)) || (after && measure_of(*after));
  if (!counts) return core::Ok();
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
  Deltas d;
  for (auto [doc, sign] : {std::pair{before, -1}, std::pair{after, 1}}) {
    if (doc == nullptr || measure_of(*doc) == nullptr) continue;
    const core::Date day = company.DateOf(*app::IntOf(*doc, "done_at"));
    d[{app::IntOf(*doc, "owner_id").value_or(0), measure_of(*doc), kCountUnit, day.ToString()}] +=
        sign;
  }
  return Apply(uow, d, Now(before, after));
}

bool Confirmed(const Record& o) {
  return app::TextOf(o, "status") == "confirmed" && !app::TextOf(o, "ordered_on").empty();
}

// An account's first confirmed order (by order date, then id) decides whether it is new, and
// whose (ActualsFromRecords' new_customers).
struct First {
  std::int64_t id = 0;
  std::int64_t owner = 0;
  std::string day;
  bool operator==(const First&) const = default;
};
First FirstOf(const Record& o) {
  return {app::RecordId(o), app::IntOf(o, "owner_id").value_or(0), app::TextOf(o, "ordered_on")};
}
bool Earlier(const First& a, const First& b) {
  return std::tie(a.day, a.id) < std::tie(b.day, b.id);
}

// The account's first order after this write, and before it (the stored rows with the changed
// order as it was).
core::Result<std::pair<std::optional<First>, std::optional<First>>> FirstOrders(
    app::UnitOfWork& uow, std::int64_t account, const Record* before, std::int64_t changed) {
  app::ListQuery q;
  q.filters = {{"account_id", FilterOp::kEq, {account}},
               {"status", FilterOp::kEq, {std::string("confirmed")}},
               {"ordered_on", FilterOp::kNotNull, {}}};
  // A multi-row insert runs each row's hooks once all its rows are stored: the rows after this
  // one (higher ids) were not there yet when it was written, as with inserts one at a time.
  if (before == nullptr) q.filters.push_back({"id", FilterOp::kLe, {changed}});
  q.sort_field = "ordered_on";
  q.limit = 2;  // the first, and the next one in case the first is the changed order
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(Spec("sales-orders"), q, app::Visibility::All()));
  std::optional<First> now_first, other_first;
  for (const Record& o : page.items) {
    if (!now_first) now_first = FirstOf(o);
    if (!other_first && app::RecordId(o) != changed) other_first = FirstOf(o);
  }
  std::optional<First> was_first = other_first;
  if (before && Confirmed(*before) && app::IntOf(*before, "account_id") == account) {
    const First b = FirstOf(*before);
    if (!was_first || Earlier(b, *was_first)) was_first = b;
  }
  return std::pair{was_first, now_first};
}

core::Result<void> OrderStored(app::UnitOfWork& uow, const Record* before, const Record* after) {
  if (Unchanged(before, after, {"status", "ordered_on", "owner_id", "account_id"})) {
    return core::Ok();
  }
  Deltas d;
  for (auto [doc, sign] : {std::pair{before, -1}, std::pair{after, 1}}) {
    if (doc == nullptr || !Confirmed(*doc)) continue;
    d[{app::IntOf(*doc, "owner_id").value_or(0), "orders", kCountUnit,
       app::TextOf(*doc, "ordered_on")}] += sign;
  }
  if (d.empty()) return core::Ok();  // no confirmed order came or went: no first order moved
  std::set<std::int64_t> accounts;
  for (const Record* doc : {before, after}) {
    if (doc != nullptr) accounts.insert(app::IntOf(*doc, "account_id").value_or(0));
  }
  const std::int64_t changed = app::RecordId(after != nullptr ? *after : *before);
  for (std::int64_t account : accounts) {
    SD_ASSIGN(auto firsts, FirstOrders(uow, account, before, changed));
    const auto& [was, now] = firsts;
    if (was == now) continue;
    if (was) d[{was->owner, "new_customers", kCountUnit, was->day}] -= 1;
    if (now) d[{now->owner, "new_customers", kCountUnit, now->day}] += 1;
  }
  return Apply(uow, d, Now(before, after));
}

void Hook(std::vector<app::EntitySpec>& c, std::string_view plural, app::StoredHook hook) {
  for (app::EntitySpec& e : c) {
    if (e.plural != plural) continue;
    e.after_store.push_back(hook);
    return;
  }
  throw std::logic_error("targets: no entity " + std::string(plural) + " to keep actuals of");
}

std::vector<app::RolePolicy> ReadOnlyScoped() {
  return {{R::kDirector, app::ReadAccess::kAll, false},
          {R::kSeniorManager, app::ReadAccess::kScoped, false},
          {R::kManager, app::ReadAccess::kScoped, false},
          {R::kRep, app::ReadAccess::kScoped, false}};
}

}  // namespace

void AddDailyActuals(std::vector<app::EntitySpec>& c) {
  c.push_back(
      {.plural = "daily-actuals",
       .singular = "daily_actual",
       .title = "Daily actual",
       .fields = {Of(ReadOnly(Ref("owner_id", "users", true)), "Whose: the credited person"),
                  Of(ReadOnly(Enum("measure",
                                   {"revenue", "visits", "calls", "orders", "new_customers"},
                                   true)),
                     "What is counted, as targets count it"),
                  Of(ReadOnly(Text("unit", true, 8)),
                     "Revenue: the currency of the minor units; counts: \"count\""),
                  ReadOnly(DateField("day", true)),
                  Of(ReadOnly(Int("amount", INT64_MIN / 4, INT64_MAX / 4)),
                     "Minor units (net of credit notes) or the count")},
       .ownership = app::Ownership::kOwned,
       .policies = ReadOnlyScoped(),
       .deletable = false,
       .audited = false,
       .custom_writes = true});
  Hook(c, "invoices", InvoiceStored);
  Hook(c, "credit-notes", CreditNoteStored);
  Hook(c, "activities", ActivityStored);
  Hook(c, "sales-orders", OrderStored);
}

core::Result<bool> DailyActualsMissing(app::UnitOfWork& uow) {
  SD_ASSIGN(auto rows, app::ReadAll(uow, Spec("daily-actuals"), {}, 1));
  if (!rows.empty()) return false;
  const std::pair<const char*, app::Filter> counted[] = {
      {"invoices", {"status", FilterOp::kEq, {std::string("posted")}}},
      {"activities", {"status", FilterOp::kEq, {std::string("done")}}},
      {"sales-orders", {"status", FilterOp::kEq, {std::string("confirmed")}}}};
  for (const auto& [plural, filter] : counted) {
    SD_ASSIGN(auto some, app::ReadAll(uow, Spec(plural), {filter}, 1));
    if (!some.empty()) return true;
  }
  return false;
}

core::Result<std::int64_t> BuildDailyActuals(app::UnitOfWork& uow, std::int64_t now) {
  SD_ASSIGN(auto users, app::ReadAll(uow, Spec("users")));
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
  const core::Date from = core::ParseDate("1900-01-01").value();
  const core::Date to = core::ParseDate("2999-12-31").value();
  std::int64_t written = 0;
  for (const Record& user : users) {
    const std::int64_t id = app::RecordId(user);
    for (const char* measure : kMeasures) {
      std::vector<std::string> units{std::string(measure) == "revenue" ? company.base_currency
                                                                       : kCountUnit};
      for (std::size_t u = 0; u < units.size(); ++u) {
        SD_ASSIGN(Actuals a, ActualsFromRecords(uow, measure, units[u], id, from, to));
        for (const std::string& other : a.other_currencies) {
          if (std::find(units.begin(), units.end(), other) == units.end()) units.push_back(other);
        }
        Deltas d;
        for (const auto& [day, amount] : a.by_day)
          d[{id, measure, units[u], day.ToString()}] = amount;
        SD_TRY(Apply(uow, d, now));
        written += static_cast<std::int64_t>(d.size());
      }
    }
  }
  return written;
}

core::Result<void> UpgradeDailyActuals(app::Store& store, std::int64_t now) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(const bool missing, DailyActualsMissing(*uow));
  if (!missing) return core::Ok();
  SD_ASSIGN(const std::int64_t written, BuildDailyActuals(*uow, now));
  static_cast<void>(written);
  return uow->Commit();
}

}  // namespace salesdesk::modules::targets
