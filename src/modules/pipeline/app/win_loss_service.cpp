#include "modules/pipeline/app/win_loss_service.h"

#include <boost/json.hpp>

#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::app::pipeline {
namespace {

namespace rules = core::pipeline;

constexpr int kDefaultDays = 365;  // a year of closes
constexpr int kMaxDays = 3660;     // ten years, as the board's closed_days

// A deal's source: the lead it came from, else its campaign, else its event, else direct.
std::string SourceOf(const Record& deal) {
  if (IntOf(deal, "lead_id")) return "lead";
  if (!TextOf(deal, "campaign").empty()) return "campaign";
  if (!TextOf(deal, "event").empty()) return "event";
  return "direct";
}

// The competitor ids of `competitor_ids` (a JSON array the write checked); "none" without any.
std::vector<std::string> CompetitorsOf(const Record& deal) {
  std::vector<std::string> keys;
  const std::string text = TextOf(deal, "competitor_ids");
  if (!text.empty()) {
    boost::system::error_code ec;
    const boost::json::value ids = boost::json::parse(text, ec);
    if (!ec && ids.is_array()) {
      for (const auto& id : ids.as_array()) {
        if (id.is_int64()) keys.push_back(std::to_string(id.as_int64()));
      }
    }
  }
  if (keys.empty()) keys.push_back("none");
  return keys;
}

std::vector<std::string> GroupsOf(const Record& deal, const std::string& group) {
  if (group == "competitor") return CompetitorsOf(deal);
  if (group == "source") return {SourceOf(deal)};
  const auto id = IntOf(deal, group == "owner" ? "owner_id" : "pipeline_id");
  return {id ? std::to_string(*id) : "none"};
}

// Names of the group keys that are record ids (owners, competitors, pipelines): internal read of
// names only — a name is no business figure, and the deals that carry the ids were visible.
core::Result<void> Label(UnitOfWork& uow, const std::string& group, WinLossReport& report) {
  const char* entity = group == "owner"        ? "users"
                       : group == "competitor" ? "competitors"
                       : group == "pipeline"   ? "pipelines"
                                               : nullptr;
  if (entity == nullptr) return core::Ok();
  std::vector<FieldValue> ids;
  for (const auto& row : report.analysis.rows) {
    if (row.key != "none") ids.emplace_back(std::stoll(row.key));
  }
  if (ids.empty()) return core::Ok();
  SD_ASSIGN(auto named, ReadAll(uow, *FindEntity(entity), {{"id", FilterOp::kIn, std::move(ids)}}));
  for (const auto& r : named) report.labels[std::to_string(RecordId(r))] = TextOf(r, "name");
  return core::Ok();
}

}  // namespace

bool IsWinLossGroup(const std::string& group) {
  return group == "owner" || group == "competitor" || group == "source" || group == "pipeline";
}

core::Result<WinLossReport> ReadWinLoss(Store& store, const core::Clock& clock,
                                        const Caller& caller, std::optional<core::Date> from_day,
                                        std::optional<core::Date> to_day,
                                        const std::string& group) {
  SD_ASSIGN(auto uow, store.Read());
  if (!to_day) {
    SD_ASSIGN(const CompanyCalendar calendar, LoadCompanyCalendar(*uow));
    to_day = calendar.DateOf(clock.Now().micros_since_epoch());
  }
  const core::Date to = *to_day;
  if (!from_day) {
    SD_ASSIGN(from_day, to.AddDays(-(kDefaultDays - 1)));
  }
  const core::Date from = *from_day;
  if (from > to || core::DaysBetween(from, to) > kMaxDays) {
    // A query parameter of the caller's: 400 like the other query errors.
    return core::Error::Invalid(
        "query.from",
        core::Msg("pipeline.win_loss_range", {{"from", from.ToString()}, {"to", to.ToString()}}));
  }
  SD_ASSIGN(const sales::ExchangeRates rates, sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  // Won or lost is the stage's to say; stages are organisation settings everyone reads.
  SD_ASSIGN(auto stages, ReadAll(*uow, *FindEntity("pipeline-stages")));
  std::map<std::int64_t, bool> won_stage;  // stage id → won (absent: open)
  for (const auto& s : stages) {
    if (BoolOf(s, "won") || BoolOf(s, "lost")) won_stage[RecordId(s)] = BoolOf(s, "won");
  }
  SD_ASSIGN(auto deals, ReadAllVisible(*uow, caller, "opportunities",
                                       {{"closed_on", FilterOp::kGe, {from.ToString()}},
                                        {"closed_on", FilterOp::kLe, {to.ToString()}}}));
  std::vector<rules::ClosedDeal> closed;
  closed.reserve(deals.size());
  for (const auto& d : deals) {
    auto stage = won_stage.find(IntOf(d, "stage_id").value_or(0));
    const auto amount = MoneyOf(d, "amount");
    if (stage == won_stage.end() || !amount) continue;  // reopened since it closed
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(amount->currency));
    rules::ClosedDeal deal{GroupsOf(d, group), stage->second, core::Money{amount->minor, currency},
                           std::nullopt, stage->second ? "" : TextOf(d, "lost_reason")};
    if (currency == company) {
      deal.converted = deal.amount;
    } else {
      SD_ASSIGN(core::Date day, core::ParseDate(TextOf(d, "closed_on")));
      if (auto rate = rates.Between(amount->currency, company.code(), day)) {
        SD_ASSIGN(deal.converted, core::Convert(deal.amount, *rate, company));
      }
    }
    closed.push_back(std::move(deal));
  }
  SD_ASSIGN(auto analysis, rules::AnalyseWinLoss(closed, company));
  WinLossReport report{group, from, to, std::move(analysis), {}};
  SD_TRY(Label(*uow, group, report));
  return report;
}

}  // namespace salesdesk::app::pipeline
