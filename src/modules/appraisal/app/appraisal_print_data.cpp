#include "modules/appraisal/app/appraisal_print_data.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/quote_print_model.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;
using app::Record;
using core::Error;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

ca::PrintUnit UnitOf(ca::Item item) {
  switch (item) {
    case ca::Item::kSalesAttainment:
      return ca::PrintUnit::kMinor;
    case ca::Item::kGrowth:
    case ca::Item::kReportCompletion:
    case ca::Item::kRequestResponse:
      return ca::PrintUnit::kBp;
    case ca::Item::kConduct:
      return ca::PrintUnit::kRating;
    default:
      return ca::PrintUnit::kCount;
  }
}

core::Result<std::string> NameOf(app::UnitOfWork& uow, std::optional<std::int64_t> id) {
  if (!id) return std::string();
  SD_ASSIGN(auto user, uow.Get(Spec("users"), *id, app::Visibility::All()));
  return user ? app::TextOf(*user, "name") : std::string();
}

std::optional<core::Date> DayOf(const app::CompanyCalendar& company,
                                std::optional<std::int64_t> micros) {
  if (!micros) return std::nullopt;
  return company.DateOf(*micros);
}

}  // namespace

core::Result<ca::AppraisalPrint> AppraisalPrintOf(app::Store& store, ScorecardService& scorecards,
                                                  const app::Caller& caller, std::int64_t card_id,
                                                  const std::optional<std::string>& language) {
  SD_ASSIGN(auto uow, store.Read());
  // Who may read the card may read its PDF; anyone else meets a missing card.
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("appraisal-cards")));
  SD_ASSIGN(auto card, uow->Get(Spec("appraisal-cards"), card_id, visibility));
  if (!card) {
    return Error::Make(core::ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string("appraisal_card")},
                                                      {"id", std::to_string(card_id)}}));
  }
  const std::int64_t owner = app::IntOf(*card, "owner_id").value_or(0);
  SD_ASSIGN(Subject subject, SubjectFor(*uow, caller, owner));
  SD_ASSIGN(auto month, ca::ParseMonth(app::TextOf(*card, "month"), "month"));
  SD_ASSIGN(Scorecard figures, scorecards.FiguresOf(*uow, subject, month, card));
  SD_ASSIGN(auto person, uow->Get(Spec("users"), owner, app::Visibility::All()));
  SD_ASSIGN(auto settings, uow->Get(app::SettingsSpec(), 1, app::Visibility::All()));
  SD_ASSIGN(app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));

  ca::AppraisalPrint p;
  p.language = language ? *language : (person ? app::TextOf(*person, "locale") : "");
  if (p.language.empty()) p.language = "en";
  p.company = app::sales::CompanyParty(settings.value_or(Record{}));
  p.person = person ? app::TextOf(*person, "name") : std::string();
  p.month = month.ToString();
  p.base_currency = figures.base_currency;
  p.planned_target = figures.planned_target;
  p.actual_sales = figures.actual_sales;
  p.frozen = app::TextOf(*card, "status") == "signed";
  for (const ScorecardRow& r : figures.rows) {
    p.rows.push_back({r.item, r.weight, UnitOf(r.item), r.target, r.actual, r.attainment_bp,
                      r.not_applicable ? NotApplicableName(*r.not_applicable) : ""});
  }
  p.score_bp = figures.score_bp;
  p.conduct_rating = app::IntOf(*card, "conduct_rating");
  p.comment = app::TextOf(*card, "manager_comment");
  SD_ASSIGN(p.rated_by, NameOf(*uow, app::IntOf(*card, "rated_by_id")));
  SD_ASSIGN(p.signed_by, NameOf(*uow, app::IntOf(*card, "signed_by_id")));
  p.signed_on = DayOf(company, app::IntOf(*card, "signed_at"));
  p.acknowledged_on = DayOf(company, app::IntOf(*card, "acknowledged_at"));
  return p;
}

}  // namespace salesdesk::modules::appraisal
