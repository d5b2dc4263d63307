#include "modules/sales/core/quotes/quote.h"

#include <array>
#include <utility>

#include "core/message.h"
#include "core/time/timestamp.h"

namespace salesdesk::core::quotes {
namespace {

constexpr std::array<std::pair<QuoteStatus, std::string_view>, 7> kNames = {{
    {QuoteStatus::kDraft, "draft"},
    {QuoteStatus::kPendingApproval, "pending_approval"},
    {QuoteStatus::kApproved, "approved"},
    {QuoteStatus::kSent, "sent"},
    {QuoteStatus::kAccepted, "accepted"},
    {QuoteStatus::kRejected, "rejected"},
    {QuoteStatus::kExpired, "expired"},
}};

}  // namespace

std::string_view QuoteStatusName(QuoteStatus status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "draft";
}

Result<QuoteStatus> ParseQuoteStatus(std::string_view name) {
  for (const auto& [s, n] : kNames) {
    if (n == name) return s;
  }
  return Error::Invalid(
      "status",
      Msg("field.not_in_enum", {{"field", "status"},
                                {"values",
                                 "draft, pending_approval, approved, sent, accepted, rejected, "
                                 "expired"}}));
}

bool IsReleased(QuoteStatus status) {
  return status == QuoteStatus::kApproved || status == QuoteStatus::kSent ||
         status == QuoteStatus::kAccepted;
}

Result<Date> Quote::IssuedOn() const {
  if (pricing_date) return *pricing_date;
  SD_ASSIGN(Timestamp created, Timestamp::FromMicros(created_at_us));
  return created.UtcDate();
}

}  // namespace salesdesk::core::quotes
