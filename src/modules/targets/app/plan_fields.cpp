#include "modules/targets/app/plan_fields.h"

#include <boost/json.hpp>

#include <charconv>

#include "app/records/record_fields.h"

namespace salesdesk::modules::targets {

namespace json = boost::json;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

bool IsMoneyMeasure(std::string_view measure) {
  return measure == "revenue" || measure == "margin";
}

core::Result<Months> ParseWeights(std::string_view json_text) {
  boost::system::error_code ec;
  const json::value v = json::parse(json_text, ec);
  if (ec || !v.is_array() || v.as_array().size() != 12) {
    return core::Error::Invalid("weights", core::Msg("targets.weights_shape"));
  }
  Months out{};
  for (std::size_t i = 0; i < 12; ++i) {
    const json::value& w = v.as_array()[i];
    if (!w.is_int64() || w.as_int64() < 0) {
      return core::Error::Invalid("weights/" + std::to_string(i),
                                  core::Msg("targets.weights_shape"));
    }
    out[i] = w.as_int64();
  }
  return out;
}

std::string WeightsJson(const Months& weights) {
  json::array a;
  for (std::int64_t w : weights) a.push_back(w);
  return json::serialize(a);
}

core::Result<int> ParseMonthOf(std::string_view text, int year, const char* field) {
  int y = 0, m = 0;
  const bool shaped = text.size() == 7 && text[4] == '-' &&
                      std::from_chars(text.data(), text.data() + 4, y).ptr == text.data() + 4 &&
                      std::from_chars(text.data() + 5, text.data() + 7, m).ptr == text.data() + 7;
  if (!shaped || y != year || m < 1 || m > 12) {
    return core::Error::Invalid(
        field,
        core::Msg("targets.month_of_year", {{"field", field}, {"year", std::to_string(year)}}));
  }
  return m;
}

void ValidatePlan(const app::Caller& /*caller*/, const app::Record& current, app::Record& fields,
                  core::FieldIssues& issues) {
  if (!current.empty() && app::TextOf(current, "status") != "draft") {
    issues.Add("status",
               core::Msg("targets.plan_not_draft", {{"status", app::TextOf(current, "status")}}));
    return;
  }
  const app::Record plan = app::Merged(current, fields);
  const std::string measure = app::TextOf(plan, "measure");
  const std::string currency = app::TextOf(plan, "currency");
  if (IsMoneyMeasure(measure) && currency.empty()) {
    issues.Add("currency", core::Msg("targets.currency_required", {{"measure", measure}}));
  } else if (!measure.empty() && !IsMoneyMeasure(measure) && !currency.empty()) {
    issues.Add("currency", core::Msg("targets.currency_with_count", {{"measure", measure}}));
  }
  const std::string kind = app::TextOf(plan, "subject_kind");
  if (!kind.empty() && kind != "rep" && !app::IntOf(plan, "subject_id")) {
    issues.Add("subject_id", core::Msg("targets.subject_required", {{"kind", kind}}));
  }
  const std::string weights = app::TextOf(plan, "weights");
  if (!weights.empty()) {
    auto parsed = ParseWeights(weights);
    if (!parsed.ok()) issues.Add(parsed.error().field, parsed.error());
  } else if (app::TextOf(plan, "profile_kind") == "weights") {
    issues.Add("weights", core::Msg("targets.weights_shape"));
  }
}

core::Result<void> PreparePlan(app::WriteContext& /*ctx*/, const app::Record& current,
                               app::Record& fields) {
  if (current.empty()) {
    fields["status"] = std::string("draft");
    fields["revision"] = std::int64_t{1};
  }
  const app::Record plan = app::Merged(current, fields);
  if (app::TextOf(plan, "subject_kind") == "rep") {
    if (auto owner = app::IntOf(plan, "owner_id")) fields["subject_id"] = *owner;
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::targets
