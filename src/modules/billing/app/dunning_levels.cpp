#include "modules/billing/app/dunning_levels.h"

#include <algorithm>
#include <boost/json.hpp>
#include <string>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"

namespace salesdesk::modules::billing {

using core::Error;
using core::Msg;
namespace cb = core::billing;

core::Result<cb::LetterTexts> ParseLetterTexts(std::string_view json) {
  boost::system::error_code ec;
  const boost::json::value doc = boost::json::parse(json, ec);
  if (ec || !doc.is_object()) return Error::Invalid("texts", Msg("billing.letter_texts_shape"));
  cb::LetterTexts texts;
  for (const auto& member : doc.as_object()) {
    const std::string field = "texts/" + std::string(member.key());
    if (!member.value().is_string()) {
      return Error::Invalid(field, Msg("field.not_string", {{"field", field}}));
    }
    texts.emplace(std::string(member.key()), std::string(member.value().as_string()));
  }
  SD_TRY(cb::CheckLevelTexts(texts, kDefaultLetterLanguage));
  return texts;
}

void ValidateDunningLevel(const app::Caller& /*caller*/, const app::Record& current,
                          app::Record& fields, core::FieldIssues& issues) {
  const std::string* text = WrittenOrStoredText(current, fields, "texts");
  if (text == nullptr) return;  // the generic checks report a missing or null field
  auto parsed = ParseLetterTexts(*text);
  if (!parsed.ok()) issues.Add(parsed.error().field, parsed.error());
}

core::Result<std::vector<StoredLevel>> LoadLevels(app::UnitOfWork& uow) {
  SD_ASSIGN(auto records, app::ReadAll(uow, Spec("dunning-levels")));
  std::vector<StoredLevel> levels;
  for (const auto& r : records) {
    StoredLevel l;
    l.level = static_cast<int>(app::IntOf(r, "level").value_or(0));
    l.rule.min_days_past_due = static_cast<int>(app::IntOf(r, "min_days_past_due").value_or(0));
    l.rule.min_days_since_previous =
        static_cast<int>(app::IntOf(r, "min_days_since_previous").value_or(0));
    if (auto fee = app::MoneyOf(r, "fee")) l.rule.fee = fee->minor;
    l.rule.annual_rate = core::Percent::FromUnits(app::IntOf(r, "annual_rate_pct").value_or(0));
    l.rule.creates_task = app::BoolOf(r, "creates_task");
    l.rule.credit_hold = app::BoolOf(r, "credit_hold");
    SD_ASSIGN(l.texts, ParseLetterTexts(app::TextOf(r, "texts")));
    levels.push_back(std::move(l));
  }
  std::sort(levels.begin(), levels.end(),
            [](const StoredLevel& a, const StoredLevel& b) { return a.level < b.level; });
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].level != static_cast<int>(i + 1)) {
      return Error::Invalid("dunning-levels",
                            Msg("billing.dunning_levels_gap", {{"level", std::to_string(i + 1)}}));
    }
  }
  return levels;
}

}  // namespace salesdesk::modules::billing
