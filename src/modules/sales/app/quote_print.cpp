// Gathers what a printed quote needs, through the same access checks as the screen: the quote
// must be visible to the caller; its account and contact are read as the quote's parties.
#include "app/access/access_policy.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/app/quote_service.h"

namespace salesdesk::app::sales {

core::Result<QuotePrintData> QuoteService::PrintData(const Caller& caller, std::int64_t id,
                                                     PrintVariant variant) {
  const bool internal = variant == PrintVariant::kInternal;
  if (internal && !SeesCost(caller)) {
    core::Error e =
        core::Error::Make(core::ErrorCode::kForbidden, core::Msg("quote.pdf_internal_forbidden"));
    e.field = "variant";
    return e;
  }
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), id));
  SD_ASSIGN(auto lines, LinesOf(*uow, id));
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  SD_ASSIGN(auto settings, uow->Get(SettingsSpec(), 1, Visibility::All()));
  // The quote's parties are part of the quote: whoever may read the quote reads them on it.
  SD_ASSIGN(auto account,
            uow->Get(Spec("accounts"), IntOf(quote, "account_id").value_or(0), Visibility::All()));
  if (!account)
    return core::Error::Make(core::ErrorCode::kNotFound, core::Msg("quote.account_gone"));
  std::optional<Record> contact;
  if (auto contact_id = IntOf(quote, "contact_id")) {
    SD_ASSIGN(contact, uow->Get(Spec("contacts"), *contact_id, Visibility::All()));
  }
  QuotePrintData out;
  for (const auto& l : lines) {
    const std::int64_t product_id = IntOf(l, "product_id").value_or(0);
    auto p = snapshot->products.find(product_id);
    if (p != snapshot->products.end()) out.skus[product_id] = p->second.sku;
  }
  SD_ASSIGN(out.document,
            BuildDocument(*uow, caller, std::move(quote), std::move(lines), *snapshot));
  out.company = settings.value_or(Record{});
  out.account = std::move(*account);
  out.contact = std::move(contact);
  out.internal = internal;
  return out;
}

}  // namespace salesdesk::app::sales
