#include "modules/billing/app/billing_records.h"

#include "app/records/entity_spec.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::billing {

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

core::Result<core::Rate> RateToBase(const app::sales::ExchangeRates& rates,
                                    const std::string& currency, core::Date on,
                                    const std::string& field) {
  if (currency == rates.base_currency) return core::Rate::FromUnits(100'000'000);
  if (auto r = rates.ToBase(currency, on)) return *r;
  return core::Error::Invalid(
      field, core::Msg("billing.no_rate",
                       {{"from", currency}, {"to", rates.base_currency}, {"date", on.ToString()}}));
}

const std::string* WrittenOrStoredText(const app::Record& current, const app::Record& fields,
                                       std::string_view name) {
  const app::FieldValue* value = nullptr;
  if (auto it = fields.find(name); it != fields.end()) {
    value = &it->second;
  } else if (auto was = current.find(name); was != current.end()) {
    value = &was->second;
  }
  return value == nullptr ? nullptr : std::get_if<std::string>(value);
}

core::Result<void> CheckVersion(const app::Record& record, std::optional<std::int64_t> expected,
                                const std::string& entity) {
  if (!expected || app::RecordVersion(record) == *expected) return core::Ok();
  return core::Error::Make(
      core::ErrorCode::kPreconditionFailed,
      core::Msg("record.stale",
                {{"entity", entity}, {"version", std::to_string(app::RecordVersion(record))}}));
}

core::Result<std::string> NextDocumentNumber(app::UnitOfWork& uow, const std::string& prefix,
                                             int year) {
  const std::string series = prefix + "-" + std::to_string(year);
  SD_ASSIGN(std::int64_t n, uow.NextNumber(series));
  std::string digits = std::to_string(n);
  if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
  return series + "-" + digits;
}

core::Error NotVisible(const std::string& field, const std::string& kind, std::int64_t id,
                       const std::string& plural) {
  return core::Error::Invalid(
      field, core::Msg("reference.not_visible",
                       {{"kind", kind}, {"id", std::to_string(id)}, {"plural", plural}}));
}

}  // namespace salesdesk::modules::billing
