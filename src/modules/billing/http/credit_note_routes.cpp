// POST /invoices/{id}/credit-notes, PATCH /credit-notes/{id} and POST /credit-notes/{id}/post
// (docs/billing.md, "Credit notes").
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "http/if_match.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using namespace billing_json;

// Line amounts are in the invoice's currency, so the invoice is read first (any currency's
// minor-unit digits parse; the service checks the line belongs to the invoice).
core::Result<std::vector<billing::CreditLineRequest>> DecodeLines(const json::value& v,
                                                                  const core::Currency& currency) {
  if (!v.is_array()) return core::Error::Invalid("lines", core::Msg("billing.credit_lines_shape"));
  std::vector<billing::CreditLineRequest> out;
  const json::array& items = v.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "lines/" + std::to_string(i);
    if (!items[i].is_object()) {
      return core::Error::Invalid(at, core::Msg("billing.credit_lines_shape"));
    }
    billing::CreditLineRequest line;
    bool has_net = false;
    for (const auto& [key, value] : items[i].as_object()) {
      if (key == "invoice_line_id") {
        SD_ASSIGN(line.invoice_line_id, IdMember(value, at + "/invoice_line_id"));
      } else if (key == "net") {
        SD_ASSIGN(line.net, AmountMember(value, at + "/net", currency));
        has_net = true;
      } else {
        return Unknown(at + "/" + std::string(key), "credit note line");
      }
    }
    if (line.invoice_line_id == 0) return Required(at + "/invoice_line_id");
    if (!has_net) return Required(at + "/net");
    out.push_back(line);
  }
  return out;
}

core::Result<billing::CreditNoteRequest> DecodeCreditNote(const std::string& body,
                                                          std::int64_t invoice_id,
                                                          const core::Currency& currency) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::CreditNoteRequest r{.invoice_id = invoice_id};
  bool has_reason = false;
  for (const auto& [key, value] : o) {
    if (key == "credit_date") {
      if (!value.is_null()) {
        SD_ASSIGN(r.credit_date, DateMember(value, "credit_date"));
      }
    } else if (key == "reason") {
      SD_ASSIGN(r.reason, TextMember(value, "reason"));
      has_reason = true;
    } else if (key == "lines") {
      if (!value.is_null()) {
        SD_ASSIGN(r.lines, DecodeLines(value, currency));
      }
    } else {
      return Unknown(key, "credit note");
    }
  }
  if (!has_reason) return Required("reason");
  return r;
}

core::Result<billing::CreditNoteEdit> DecodeEdit(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::CreditNoteEdit r;
  for (const auto& [key, value] : o) {
    if (key == "credit_date") {
      SD_ASSIGN(r.credit_date, DateMember(value, "credit_date"));
    } else if (key == "reason") {
      SD_ASSIGN(r.reason, TextMember(value, "reason"));
    } else {
      return Unknown(key, "credit note");
    }
  }
  return r;
}

// The invoice's currency, when the caller may see the invoice (else its not-found answer).
core::Result<core::Currency> InvoiceCurrency(app::Store& store, const app::Caller& caller,
                                             std::int64_t invoice_id) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, billing::Spec("invoices")));
  SD_ASSIGN(auto invoice, uow->Get(billing::Spec("invoices"), invoice_id, visibility));
  if (!invoice) {
    return core::Error::Make(core::ErrorCode::kNotFound,
                             core::Msg("record.not_found", {{"entity", std::string("invoice")},
                                                            {"id", std::to_string(invoice_id)}}));
  }
  return core::ParseCurrency(app::TextOf(*invoice, "currency"));
}

}  // namespace

void AddCreditNoteRoutes(ModuleHost& host, BillingServices& s) {
  host.Add({"POST", "/api/v1/invoices/{id}/credit-notes", "create_credit_note",
            "A draft credit note of a posted invoice: amounts of its lines (net, at the line's tax "
            "rate), at most what each line has left to credit; without lines, all of it "
            "(finance and the director)",
            "Invoice", true, RouteKind::kCustom, nullptr, "CreditNoteCreateRequest", "CreditNote",
            201,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("credit-notes"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto currency = InvoiceCurrency(s.store, *c.caller, c.ids[0]);
              if (!currency.ok()) return ErrorToResponse(currency.error());
              auto in = DecodeCreditNote(c.request.body, c.ids[0], *currency);
              if (!in.ok()) return ErrorToResponse(in.error());
              return Created(c, "credit-notes",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.credit_notes.Create(*c.caller, *in, key, render);
                             });
            }})
      .idempotent = true;
  host.Add(
          {"PATCH", "/api/v1/credit-notes/{id}", "update_credit_note",
           "Change a draft credit note's date or reason (If-Match); a posted one never changes",
           "Invoice", true, RouteKind::kCustom, nullptr, "CreditNoteEditRequest", "CreditNote", 200,
           [&s](RouteContext& c) {
             auto may = app::CheckMayWrite(*c.caller, billing::Spec("credit-notes"));
             if (!may.ok()) return ErrorToResponse(may.error());
             auto edit = DecodeEdit(c.request.body);
             if (!edit.ok()) return ErrorToResponse(edit.error());
             auto version = IfMatchVersion(c.request);
             if (!version.ok()) return ErrorToResponse(version.error());
             return RecordOut(200, billing::Spec("credit-notes"),
                              s.credit_notes.Edit(*c.caller, c.ids[0], *edit, *version), *c.caller);
           }})
      .if_match = true;
  host.Add({"POST", "/api/v1/credit-notes/{id}/post", "post_credit_note",
            "Post a draft credit note (If-Match): its number without gaps per year, applied to "
            "the invoice's open principal oldest due first (E-R2), relieving carrying base at "
            "the invoice's rate (E-R6); the rest stays on the customer as a credit",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "CreditNote", 200,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("credit-notes"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return RecordOut(200, billing::Spec("credit-notes"),
                               s.credit_notes.Post(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
}

}  // namespace salesdesk::http
