#include "modules/appraisal/app/scorecard_service.h"

#include <set>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "modules/appraisal/app/report_completion.h"
#include "modules/appraisal/app/request_response.h"
#include "modules/appraisal/core/attainment.h"
#include "modules/appraisal/core/customer_rhythm.h"
#include "modules/appraisal/core/order_weeks.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_splits.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;
using app::Filter;
using app::FilterOp;
using app::Record;
using core::Error;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// The subject's own records of `plural` matching `filters`, read with the subject's visibility
// (what the rep sees of their own work) and their ownership.
core::Result<std::vector<Record>> OwnRecords(app::UnitOfWork& uow, const Subject& subject,
                                             std::string_view plural, std::vector<Filter> filters) {
  const app::EntitySpec& e = Spec(plural);
  app::Caller as_subject;
  as_subject.user_id = subject.id;
  as_subject.role = subject.role;
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, as_subject, e));
  filters.push_back({"owner_id", FilterOp::kEq, {subject.id}});
  app::ListQuery q;
  q.filters = std::move(filters);
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(e, q, visibility));
  return std::move(page.items);
}

// `untaxed` in the base currency: as it is, or converted once at `stored_rate` (the invoice's
// posting rate), else at the dated rate of `on` (RULES 0.1).
core::Result<std::int64_t> InBase(app::UnitOfWork& uow, const core::Currency& base,
                                  const app::MoneyValue& untaxed, std::int64_t stored_rate,
                                  const std::string& on,
                                  std::optional<app::sales::ExchangeRates>& rates) {
  if (untaxed.currency == base.code()) return untaxed.minor;
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(untaxed.currency));
  core::Rate rate = core::Rate::FromUnits(stored_rate);
  if (rate.units() <= 0) {
    if (!rates) {
      SD_ASSIGN(rates, app::sales::LoadExchangeRates(uow));
    }
    SD_ASSIGN(core::Date date, core::ParseDate(on));
    SD_ASSIGN(rate, billing::RateToBase(*rates, currency.code(), date, "month"));
  }
  SD_ASSIGN(core::Money converted, core::Convert(core::Money{untaxed.minor, currency}, rate, base));
  return converted.minor;
}

// Net sales (B-R2 row 2): Σ of the posted invoices' untaxed amounts dated in [from, to] minus
// the posted credit notes dated in it (and posted after `posted_after`, when given: the late
// adjustment of a signed month), each in the base currency — a credit note at its invoice's rate,
// as it relieves the invoice.
core::Result<std::int64_t> NetSales(app::UnitOfWork& uow, const Subject& subject,
                                    const app::CompanyCalendar& company, core::Date from,
                                    core::Date to,
                                    std::optional<std::int64_t> posted_after = std::nullopt) {
  auto in_range = [&](const char* date_field) {
    std::vector<Filter> filters = {{"status", FilterOp::kEq, {std::string("posted")}},
                                   {date_field, FilterOp::kGe, {from.ToString()}},
                                   {date_field, FilterOp::kLe, {to.ToString()}}};
    if (posted_after) filters.push_back({"posted_at", FilterOp::kGt, {*posted_after}});
    return filters;
  };
  // The subject's credited share of split invoices and of their credit notes (A-R7, decision
  // 0045): the base amount is split by Allocate after its one conversion.
  SD_ASSIGN(auto invoices, billing::InvoicesCreditedTo(uow, subject.id, in_range("invoice_date")));
  SD_ASSIGN(auto credits, billing::CreditNotesCreditedTo(uow, subject.id, in_range("credit_date")));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(company.base_currency));
  std::optional<app::sales::ExchangeRates> rates;
  std::int64_t total = 0;
  for (const auto& credited : invoices) {
    const Record& inv = credited.record;
    const auto untaxed = app::MoneyOf(inv, "untaxed");
    if (!untaxed) continue;
    SD_ASSIGN(std::int64_t in_base, InBase(uow, base, *untaxed, app::IntOf(inv, "rate").value_or(0),
                                           app::TextOf(inv, "invoice_date"), rates));
    SD_ASSIGN(const std::int64_t part, credited.Part(in_base, subject.id));
    total += part;
  }
  for (const auto& credited : credits) {
    const Record& note = credited.record;
    const auto untaxed = app::MoneyOf(note, "untaxed");
    if (!untaxed) continue;
    std::int64_t rate = 0;
    if (untaxed->currency != base.code()) {
      SD_ASSIGN(auto invoice, uow.Get(Spec("invoices"), app::IntOf(note, "invoice_id").value_or(0),
                                      app::Visibility::All()));
      if (invoice) rate = app::IntOf(*invoice, "rate").value_or(0);
    }
    SD_ASSIGN(std::int64_t in_base,
              InBase(uow, base, *untaxed, rate, app::TextOf(note, "credit_date"), rates));
    SD_ASSIGN(const std::int64_t part, credited.Part(in_base, subject.id));
    total -= part;
  }
  return total;
}

struct Counts {
  std::int64_t new_customers = 0;
  std::int64_t existing_visits = 0;
  std::int64_t outbound_calls = 0;
  std::int64_t weekly_orders = 0;
  std::int64_t customers_lost = 0;
};

core::Result<Counts> CountWork(app::UnitOfWork& uow, ScorecardReads& reads, const Subject& subject,
                               const app::CompanyCalendar& company, ca::Month month,
                               const ca::OrderWeeks& weeks, core::Date today) {
  const core::Date first = month.First();
  const core::Date last = month.Last();
  Counts n;
  // Orders of the subject dated in the month or its order weeks.
  const core::Date from = std::min(first, weeks.first_monday);
  const core::Date to = std::max(last, weeks.last_sunday);
  SD_ASSIGN(auto orders, OwnRecords(uow, subject, "sales-orders",
                                    {{"status", FilterOp::kEq, {std::string("confirmed")}},
                                     {"ordered_on", FilterOp::kGe, {from.ToString()}},
                                     {"ordered_on", FilterOp::kLe, {to.ToString()}}}));
  std::set<std::int64_t> ordered_in_month;
  for (const Record& o : orders) {
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(o, "ordered_on")));
    if (on >= weeks.first_monday && on <= weeks.last_sunday) ++n.weekly_orders;
    if (on >= first && on <= last) ordered_in_month.insert(app::IntOf(o, "account_id").value_or(0));
  }
  // Done visits and connected outbound calls of the month, by the company's business day.
  const std::vector<Filter> in_month = {
      {"status", FilterOp::kEq, {std::string("done")}},
      {"done_at", FilterOp::kGe, {company.StartOf(first)}},
      {"done_at", FilterOp::kLt, {company.StartOf(*last.AddDays(1))}}};
  std::vector<Filter> visit_filters = in_month;
  visit_filters.push_back({"kind", FilterOp::kEq, {std::string("visit")}});
  SD_ASSIGN(auto visits, OwnRecords(uow, subject, "activities", visit_filters));
  std::vector<Filter> call_filters = in_month;
  call_filters.push_back({"kind", FilterOp::kEq, {std::string("call")}});
  call_filters.push_back({"direction", FilterOp::kEq, {std::string("outbound")}});
  call_filters.push_back({"outcome", FilterOp::kEq, {std::string("reached")}});
  SD_ASSIGN(auto calls, OwnRecords(uow, subject, "activities", call_filters));
  n.outbound_calls = static_cast<std::int64_t>(calls.size());
  // The losses' candidates: the rep's customers today and those that changed owner to or from
  // the rep since the month began (a loss counts for the owner on its lost date, B-R7.5; an
  // owner on a day of the month who is not today's left a change in the audit trail since).
  SD_ASSIGN(auto owned, OwnRecords(uow, subject, "accounts", {}));
  SD_ASSIGN(auto owner_changes, reads.ChangesSince(uow, company.StartOf(first)));
  std::set<std::int64_t> owned_now, candidates;
  for (const Record& a : owned) owned_now.insert(app::RecordId(a));
  candidates = owned_now;
  for (const auto& [account, changes] : owner_changes) {
    for (const auto& c : changes) {
      if (c.before == subject.id || c.after == subject.id) candidates.insert(account);
    }
  }
  std::set<std::int64_t> accounts(ordered_in_month.begin(), ordered_in_month.end());
  for (const Record& v : visits) {
    if (auto a = app::IntOf(v, "account_id")) accounts.insert(*a);
  }
  accounts.insert(candidates.begin(), candidates.end());
  SD_ASSIGN(auto history,
            reads.History(uow, std::vector<std::int64_t>(accounts.begin(), accounts.end()),
                          std::max(today, last)));
  for (std::int64_t account : ordered_in_month) {
    const auto it = history.find(account);
    if (it == history.end()) continue;
    const core::Date first_order = it->second.dates.front();
    if (first_order >= first && first_order <= last && it->second.first_owner == subject.id) {
      ++n.new_customers;
    }
  }
  for (const Record& v : visits) {
    const auto account = app::IntOf(v, "account_id");
    const auto it = account ? history.find(*account) : history.end();
    const auto done_at = app::IntOf(v, "done_at");
    if (it == history.end() || !done_at) continue;
    if (it->second.dates.front() < company.DateOf(*done_at)) ++n.existing_visits;
  }
  for (std::int64_t account : candidates) {
    const auto it = history.find(account);
    if (it == history.end()) continue;
    std::vector<core::Date> known;
    for (core::Date d : it->second.dates) {
      if (d <= today) known.push_back(d);
    }
    if (known.empty()) continue;
    const auto loss = ca::LossInMonth(known, first, last, today);
    if (!loss) continue;
    // Today's owner is the subject or someone else; the changes say who it was on the day.
    const auto changed = owner_changes.find(account);
    const std::optional<std::int64_t> now_owner =
        owned_now.count(account) ? std::optional<std::int64_t>(subject.id) : std::nullopt;
    const std::optional<std::int64_t> owner =
        changed == owner_changes.end()
            ? now_owner
            : ca::OwnerAt(now_owner, changed->second, company.EndOf(loss->lost_on));
    if (owner == subject.id) ++n.customers_lost;
  }
  return n;
}

// B-R1: what was posted for the previous month after its card was signed (none: not signed).
core::Result<std::optional<std::int64_t>> LateAdjustment(app::UnitOfWork& uow,
                                                         const Subject& subject,
                                                         const app::CompanyCalendar& company,
                                                         ca::Month month) {
  const ca::Month previous =
      month.month == 1 ? ca::Month{month.year - 1, 12} : ca::Month{month.year, month.month - 1};
  SD_ASSIGN(auto cards, OwnRecords(uow, subject, "appraisal-cards",
                                   {{"month", FilterOp::kEq, {previous.ToString()}},
                                    {"status", FilterOp::kEq, {std::string("signed")}}}));
  if (cards.empty()) return std::optional<std::int64_t>();
  const auto signed_at = app::IntOf(cards.front(), "signed_at");
  if (!signed_at) return std::optional<std::int64_t>();
  SD_ASSIGN(std::int64_t late,
            NetSales(uow, subject, company, previous.First(), previous.Last(), *signed_at));
  return std::optional<std::int64_t>(late);
}

ScorecardRow Scored(const ca::TemplateLine& line, std::optional<std::int64_t> actual,
                    std::optional<std::int64_t> target, std::optional<ca::Ratio> a,
                    std::optional<NotApplicable> why) {
  ScorecardRow row{line.item, line.weight, line.cap_bp, actual, target, std::nullopt, std::nullopt};
  if (a) {
    row.attainment_bp = ca::CappedBp(*a, line.cap_bp);
  } else {
    row.not_applicable = why;
  }
  return row;
}

// A rate row (rows 10 and 11): the actual shown in bp, rounded half up once; scored on the exact
// fraction against the target rate; n/a "none due" while nothing counts yet.
ScorecardRow RateRow(const ca::TemplateLine& line, std::int64_t on_time, std::int64_t due,
                     std::int64_t rate_target) {
  const std::optional<std::int64_t> rate_bp =
      due > 0 ? std::optional<std::int64_t>((on_time * 20000 + due) / (2 * due)) : std::nullopt;
  return Scored(line, rate_bp, rate_target, ca::RateAttainment(on_time, due, rate_target),
                due > 0 ? NotApplicable::kNoTarget : NotApplicable::kNoneDue);
}

}  // namespace

core::Result<Subject> SubjectFor(app::UnitOfWork& uow, const app::Caller& caller,
                                 std::int64_t user_id) {
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, Spec("appraisal-cards")));
  auto missing = [&] {
    return Error::Make(core::ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string("user")},
                                                      {"id", std::to_string(user_id)}}));
  };
  if (!app::OwnerVisible(visibility, user_id)) return missing();
  SD_ASSIGN(auto user, uow.Get(Spec("users"), user_id, app::Visibility::All()));
  if (!user) return missing();
  const auto role = app::ParseRole(app::TextOf(*user, "role"));
  // Scorecards are for the sales roles; admins, finance and logistics have none.
  if (!role || *role == app::Role::kAdmin || *role == app::Role::kFinance ||
      *role == app::Role::kLogistics) {
    return missing();
  }
  return Subject{user_id, *role};
}

core::Result<std::optional<Record>> CardOf(app::UnitOfWork& uow, const app::Caller& caller,
                                           std::int64_t user_id, ca::Month month) {
  const app::EntitySpec& cards = Spec("appraisal-cards");
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, cards));
  app::ListQuery q;
  q.filters = {{"owner_id", FilterOp::kEq, {user_id}},
               {"month", FilterOp::kEq, {month.ToString()}}};
  q.limit = 1;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(cards, q, visibility));
  if (page.items.empty()) return std::optional<Record>();
  return std::optional<Record>(std::move(page.items.front()));
}

core::Result<ScorecardView> ScorecardService::Read(const app::Caller& caller, std::int64_t user_id,
                                                   ca::Month month, ScorecardReads* reads) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Subject subject, SubjectFor(*uow, caller, user_id));
  SD_ASSIGN(auto card, CardOf(*uow, caller, user_id, month));
  ScorecardView view;
  SD_ASSIGN(view.figures, FiguresOf(*uow, subject, month, card, reads));
  view.frozen = card && app::TextOf(*card, "status") == "signed";
  view.card = std::move(card);
  return view;
}

core::Result<Scorecard> ScorecardService::FiguresOf(app::UnitOfWork& uow, const Subject& subject,
                                                    ca::Month month,
                                                    const std::optional<Record>& card,
                                                    ScorecardReads* reads) {
  if (card && app::TextOf(*card, "status") == "signed") {
    boost::system::error_code ec;
    const auto stored = boost::json::parse(app::TextOf(*card, "figures"), ec);
    if (ec) {
      return Error::Make(core::ErrorCode::kInternal,
                         core::Msg("appraisal.figures_corrupt", {{"member", "/"}}));
    }
    return ScorecardFromJson(stored);
  }
  const auto rating = card ? app::IntOf(*card, "conduct_rating") : std::nullopt;
  return Live(uow, subject, month, rating, reads);
}

core::Result<Scorecard> ScorecardService::Live(app::UnitOfWork& uow, const Subject& subject,
                                               ca::Month month, std::optional<std::int64_t> rating,
                                               ScorecardReads* shared) {
  ScorecardReads own;  // one person's card alone: nothing to share
  ScorecardReads& reads = shared != nullptr ? *shared : own;
  SD_ASSIGN(app::CompanyCalendar company, reads.Company(uow));
  const core::Date today = company.DateOf(clock_.Now().micros_since_epoch());
  const ca::OrderWeeks weeks = ca::WeeksOfMonth(month.year, month.month);
  Scorecard card;
  card.user_id = subject.id;
  card.month = month;
  card.base_currency = company.base_currency;
  card.evaluated_on = today.ToString();
  card.weeks_from = weeks.first_monday;
  card.weeks_to = weeks.last_sunday;
  card.weeks = weeks.weeks;
  SD_ASSIGN(card.planned_target, targets_.MoneyTarget(uow, subject.id, month));
  SD_ASSIGN(card.actual_sales, NetSales(uow, subject, company, month.First(), month.Last()));
  SD_ASSIGN(card.late_adjustment, LateAdjustment(uow, subject, company, month));
  const ca::Month last_year = month.SameMonthLastYear();
  SD_ASSIGN(card.last_year_sales,
            NetSales(uow, subject, company, last_year.First(), last_year.Last()));
  card.growth_bp = ca::GrowthBp(card.actual_sales, card.last_year_sales);
  SD_ASSIGN(Counts n, CountWork(uow, reads, subject, company, month, weeks, today));
  SD_ASSIGN(auto lines, reads.Template(uow, subject.role));
  std::vector<ca::ScoredItem> scored;
  for (const ca::TemplateLine& line : lines) {
    // A count item's target: the targets module's, else the template's.
    std::optional<std::int64_t> target = line.target;
    auto count_item = [&](std::int64_t actual,
                          std::int64_t periods = 1) -> core::Result<ScorecardRow> {
      SD_ASSIGN(auto planned, targets_.CountTarget(uow, subject.id, month, line.item));
      if (planned) target = planned;
      if (target) target = *target * periods;
      const auto a = target ? ca::HigherBetter(actual, *target) : std::nullopt;
      return Scored(line, actual, target, a, NotApplicable::kNoTarget);
    };
    ScorecardRow row;
    switch (line.item) {
      case ca::Item::kSalesAttainment: {
        const auto a = card.planned_target
                           ? ca::HigherBetter(card.actual_sales, *card.planned_target)
                           : std::nullopt;
        row = Scored(line, card.actual_sales, card.planned_target, a, NotApplicable::kNoTarget);
        break;
      }
      case ca::Item::kNewCustomers: {
        SD_ASSIGN(row, count_item(n.new_customers));
        break;
      }
      case ca::Item::kExistingVisits: {
        SD_ASSIGN(row, count_item(n.existing_visits));
        break;
      }
      case ca::Item::kOutboundCalls: {
        SD_ASSIGN(row, count_item(n.outbound_calls));
        break;
      }
      case ca::Item::kWeeklyOrders: {
        SD_ASSIGN(row, count_item(n.weekly_orders, weeks.weeks));
        break;
      }
      case ca::Item::kGrowth: {
        const std::int64_t g_t = target.value_or(0);
        row = Scored(line, card.growth_bp, g_t,
                     ca::GrowthAttainment(card.actual_sales, card.last_year_sales, g_t),
                     NotApplicable::kNoBase);
        break;
      }
      case ca::Item::kCustomersLost: {
        const std::int64_t limit = target.value_or(0);
        row = Scored(line, n.customers_lost, limit, ca::LowerBetter(n.customers_lost, limit),
                     std::nullopt);
        break;
      }
      case ca::Item::kReportCompletion: {
        SD_ASSIGN(const ReportCompletion reports,
                  ReadReportCompletion(uow, company, subject.id, month,
                                       clock_.Now().micros_since_epoch()));
        row = RateRow(line, reports.on_time, reports.due, target.value_or(0));
        break;
      }
      case ca::Item::kRequestResponse: {
        SD_ASSIGN(const auto requests, ReadRequestResponse(uow, company, subject.id, month,
                                                           clock_.Now().micros_since_epoch()));
        if (!requests) {  // the requests module is not installed: n/a, weights renormalised
          row = Scored(line, std::nullopt, target, std::nullopt, NotApplicable::kNotBuilt);
          break;
        }
        row = RateRow(line, requests->on_time, requests->due, target.value_or(0));
        break;
      }
      case ca::Item::kConduct: {
        const ca::TemplateLine capped{line.item, line.weight,
                                      std::min(line.cap_bp, ca::kRatingCapBp), std::nullopt};
        row =
            Scored(capped, rating, 5,
                   rating ? std::optional<ca::Ratio>(ca::RatingAttainment(*rating)) : std::nullopt,
                   NotApplicable::kNotRated);
        break;
      }
    }
    scored.push_back({row.weight, row.attainment_bp});
    card.rows.push_back(row);
  }
  card.score_bp = ca::ScoreBp(scored);
  return card;
}

}  // namespace salesdesk::modules::appraisal
