// The cockpit's answer (docs/cockpit.md) is the one source: each of its sections becomes one or
// more tables; the column of the cadence's period (today, week, month) is the summary's figure.
#include "modules/summaries/app/summary_builder.h"

#include <algorithm>
#include <map>
#include <utility>

#include <boost/json.hpp>

#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/cockpit/app/cockpit_service.h"
#include "modules/sales/app/quote_print_model.h"
#include "modules/summaries/app/summary_due_period.h"
#include "modules/summaries/core/summary_words.h"

namespace salesdesk::modules::summaries {
namespace {

namespace json = boost::json;
namespace cs = core::summaries;
using Cell = cs::SummaryCell;
using Row = std::vector<Cell>;

std::int64_t Int(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_int64() ? v->get_int64() : 0;
}
std::optional<std::int64_t> MaybeInt(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_int64() ? std::optional(v->get_int64()) : std::nullopt;
}
std::string Str(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}
const json::object& Obj(const json::object& o, std::string_view key) {
  static const json::object kEmpty;
  const json::value* v = o.if_contains(key);
  return v && v->is_object() ? v->get_object() : kEmpty;
}
const json::array& Arr(const json::object& o, std::string_view key) {
  static const json::array kEmpty;
  const json::value* v = o.if_contains(key);
  return v && v->is_array() ? v->get_array() : kEmpty;
}

const char* PeriodName(cs::Cadence c) {
  switch (c) {
    case cs::Cadence::kDaily:
      return "today";
    case cs::Cadence::kWeekly:
      return "week";
    case cs::Cadence::kMonthly:
      break;
  }
  return "month";
}

struct Builder {
  cs::Cadence cadence;
  std::string language;
  const cs::SummaryWords& w;

  Cell Figure(std::int64_t v, const std::string& currency) const {
    return currency.empty() ? Cell::Count(v) : Cell::Money(v, currency);
  }

  // Target, actual, attainment of the period; the month's attainment (daily and weekly); year
  // to date; what is needed per remaining working day to reach the year.
  // `missing`: no module gives the actual yet (margin); a dash, never a zero (as the cockpit).
  Row PlanRow(std::string who, const json::object& periods, const std::string& currency,
              std::optional<std::int64_t> year_per_day, bool missing = false) const {
    const json::object& p = Obj(periods, PeriodName(cadence));
    Row row{Cell::Text(std::move(who)), Figure(Int(p, "target"), currency),
            missing ? Cell{} : Figure(Int(p, "actual"), currency),
            missing ? Cell{} : Cell::Bp(MaybeInt(p, "attainment_bp"))};
    if (missing) {
      for (int i = 0; i < (cadence != cs::Cadence::kMonthly ? 2 : 1); ++i) row.push_back(Cell{});
      row.push_back(Cell{});
      return row;
    }
    if (cadence != cs::Cadence::kMonthly) {
      row.push_back(Cell::Bp(MaybeInt(Obj(periods, "month"), "attainment_bp")));
    }
    row.push_back(Cell::Bp(MaybeInt(Obj(periods, "year_to_date"), "attainment_bp")));
    row.push_back(year_per_day ? Figure(*year_per_day, currency) : Cell{});
    return row;
  }

  // One table per measure and currency of a targets section (attainment or activity): the team
  // line, then each person with a plan of it. A plan whose actual no module gives yet (margin)
  // has no team line (the cockpit adds no unknown actuals), so its table holds the people alone,
  // each with the target and a dash where the actual would be.
  void Targets(const json::object& section, const char* heading, cs::SummaryReport& out) const {
    std::vector<std::string> columns{w.person, w.target, w.actual, w.attainment};
    if (cadence != cs::Cadence::kMonthly) columns.push_back(w.month_attainment);
    columns.push_back(w.year_attainment);
    columns.push_back(w.needed_per_day);
    using Key = std::pair<std::string, std::string>;  // measure, currency
    std::vector<Key> keys;
    std::map<Key, const json::object*> team_lines;
    for (const json::value& v : Arr(section, "team")) {
      const json::object& line = v.as_object();
      const Key key{Str(line, "measure"), Str(line, "currency")};
      keys.push_back(key);
      team_lines[key] = &line;
    }
    for (const json::value& pv : Arr(section, "people")) {
      for (const json::value& plan : Arr(pv.as_object(), "plans")) {
        const Key key{Str(plan.as_object(), "measure"), Str(plan.as_object(), "currency")};
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      }
    }
    if (keys.empty()) {
      out.tables.push_back({heading, columns, {}, w.no_plans});
      return;
    }
    for (const auto& [measure, currency] : keys) {
      cs::SummaryTable t{std::string(heading) + " — " + cs::MeasureWord(language, measure) +
                             (currency.empty() ? "" : " (" + currency + ")"),
                         columns,
                         {},
                         w.no_plans};
      if (auto line = team_lines.find({measure, currency}); line != team_lines.end()) {
        t.rows.push_back(PlanRow(w.team, Obj(*line->second, "periods"), currency,
                                 MaybeInt(Obj(*line->second, "pace"), "year_per_day")));
      }
      for (const json::value& pv : Arr(section, "people")) {
        const json::object& person = pv.as_object();
        for (const json::value& plan : Arr(person, "plans")) {
          const json::object& p = plan.as_object();
          if (Str(p, "measure") != measure || Str(p, "currency") != currency) continue;
          t.rows.push_back(PlanRow(Str(person, "name"), Obj(p, "periods"), currency,
                                   MaybeInt(Obj(Obj(p, "pace"), "year"), "per_day"),
                                   p.contains("actual_missing")));
        }
      }
      out.tables.push_back(std::move(t));
    }
  }

  void Pipeline(const json::object& section, cs::SummaryReport& out) const {
    const std::string currency = Str(section, "currency");
    cs::SummaryTable t{std::string(w.pipeline) + " (" + currency + ")",
                       {w.category, w.deals, w.amount},
                       {},
                       w.no_figures};
    for (const json::value& v : Arr(section, "by_category")) {
      const json::object& c = v.as_object();
      t.rows.push_back({Cell::Text(cs::CategoryWord(language, Str(c, "category"))),
                        Cell::Count(Int(c, "count")), Cell::Money(Int(c, "amount"), currency)});
    }
    const json::object& rate = Obj(section, "win_rate");
    const json::object& won = Obj(rate, "won");
    const json::object& lost = Obj(rate, "lost");
    t.rows.push_back({Cell::Text(w.won), Cell::Count(Int(won, "count")),
                      Cell::Money(Int(won, "amount"), currency)});
    t.rows.push_back({Cell::Text(w.lost), Cell::Count(Int(lost, "count")),
                      Cell::Money(Int(lost, "amount"), currency)});
    t.rows.push_back({Cell::Text(w.win_rate), Cell::Bp(MaybeInt(rate, "count_bp")),
                      Cell::Bp(MaybeInt(rate, "amount_bp"))});
    out.tables.push_back(std::move(t));
  }

  static Row Owed(std::string who, const json::object& o) {
    const std::string currency = Str(o, "currency");
    Row row{Cell::Text(std::move(who)), Cell::Text(currency)};
    for (const char* k :
         {"not_due", "days_1_30", "days_31_60", "days_61_90", "over_90", "overdue"}) {
      row.push_back(Cell::Money(Int(o, k), currency));
    }
    return row;
  }

  void Receivables(const json::object& section, cs::SummaryReport& out) const {
    cs::SummaryTable t{
        std::string(w.receivables) + " (" + out.read_on.ToString() + ")",
        {w.person, w.currency, w.not_due, "1–30", "31–60", "61–90", "> 90", w.overdue},
        {},
        w.no_figures};
    for (const json::value& v : Arr(section, "by_currency")) {
      t.rows.push_back(Owed(w.team, v.as_object()));
    }
    for (const json::value& pv : Arr(section, "people")) {
      const json::object& person = pv.as_object();
      for (const json::value& v : Arr(person, "by_currency")) {
        if (Int(v.as_object(), "open") != 0)
          t.rows.push_back(Owed(Str(person, "name"), v.as_object()));
      }
    }
    out.tables.push_back(std::move(t));
  }

  static Row Leak(std::string who, const json::object& o, const std::string& currency) {
    return {Cell::Text(std::move(who)),
            Cell::Count(Int(o, "invoices")),
            Cell::Money(Int(o, "list"), currency),
            Cell::Money(Int(o, "net"), currency),
            Cell::Money(Int(o, "given"), currency),
            Cell::Bp(MaybeInt(o, "given_bp"))};
  }

  void Discount(const json::object& section, cs::SummaryReport& out) const {
    const std::string currency = Str(section, "currency");
    cs::SummaryTable t{std::string(w.discount) + " (" + Str(section, "from") + " – " +
                           Str(section, "to") + ", " + currency + ")",
                       {w.person, w.invoices, w.list_amount, w.net_amount, w.given, w.given_share},
                       {},
                       w.no_figures};
    t.rows.push_back(Leak(w.team, section, currency));
    for (const json::value& pv : Arr(section, "people")) {
      const json::object& person = pv.as_object();
      if (Int(person, "invoices") != 0)
        t.rows.push_back(Leak(Str(person, "name"), person, currency));
    }
    out.tables.push_back(std::move(t));
  }

  void Customers(const json::object& section, const std::string& month,
                 cs::SummaryReport& out) const {
    cs::SummaryTable t{std::string(w.customers) + " (" + month + ")",
                       {w.person, w.new_customers, w.lost_customers},
                       {},
                       w.no_figures};
    t.rows.push_back(
        {Cell::Text(w.team), Cell::Count(Int(section, "new")), Cell::Count(Int(section, "lost"))});
    for (const json::value& pv : Arr(section, "people")) {
      const json::object& p = pv.as_object();
      auto count = [&](std::string_view k) {
        const auto v = MaybeInt(p, k);
        return v ? Cell::Count(*v) : Cell{};
      };
      t.rows.push_back({Cell::Text(Str(p, "name")), count("new"), count("lost")});
    }
    out.tables.push_back(std::move(t));
  }
};

}  // namespace

core::Result<cs::SummaryReport> BuildSummary(app::Store& store, const core::Clock& clock,
                                             const app::Caller& reader,
                                             const SummaryRequest& request) {
  app::Record settings;
  core::Date today;
  std::string language = request.language;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
    today = company.DateOf(clock.Now().micros_since_epoch());
    SD_ASSIGN(auto stored, uow->Get(app::SettingsSpec(), 1, app::Visibility::All()));
    if (stored) settings = std::move(*stored);
    if (language.empty()) {
      SD_ASSIGN(auto user,
                uow->Get(*app::FindEntity("users"), reader.user_id, app::Visibility::All()));
      if (user) language = app::TextOf(*user, "locale");
    }
  }
  if (language != "de" && language != "es" && language != "zh") language = "en";
  cs::SummaryPeriod period;
  if (request.day) {
    period = cs::PeriodContaining(request.cadence, *request.day);
  } else {
    SD_ASSIGN(period, DueSummaryPeriod(store, reader.user_id, request.cadence, today));
  }
  if (period.from > today) {
    return core::Error::Invalid(
        "date",
        core::Msg("summary.period_future", {{"period", period.key}, {"today", today.ToString()}}));
  }
  const core::Date read_on = cs::ReadOn(period, today);
  SD_ASSIGN(json::object cockpit,
            cockpit::ReadCockpit(store, clock, reader, {.scope = request.scope, .as_of = read_on}));

  const cs::SummaryWords& w = cs::SummaryWordsFor(language);
  cs::SummaryReport out;
  out.language = language;
  out.company = app::sales::CompanyParty(settings);
  out.title = std::string(cs::TitleOf(w, request.cadence));
  out.reference = period.key;
  out.period = period;
  out.read_on = read_on;
  out.prepared_for_label = w.prepared_for;
  out.prepared_for = reader.name;
  const std::string span = period.from == period.to
                               ? period.from.ToString()
                               : period.from.ToString() + " – " + period.to.ToString();
  out.facts = {{w.period, period.key == span ? span : period.key + " (" + span + ")"},
               {w.read_on, read_on.ToString()},
               {w.scope, request.scope == cockpit::Scope::kMe ? w.scope_me : w.scope_team}};
  const Builder b{request.cadence, language, w};
  b.Targets(Obj(cockpit, "attainment"), w.sales, out);
  b.Targets(Obj(cockpit, "activity"), w.activity, out);
  b.Pipeline(Obj(cockpit, "pipeline"), out);
  b.Receivables(Obj(cockpit, "receivables"), out);
  b.Discount(Obj(cockpit, "discount_leakage"), out);
  b.Customers(Obj(cockpit, "customers"), Str(cockpit, "period"), out);
  return out;
}

}  // namespace salesdesk::modules::summaries
