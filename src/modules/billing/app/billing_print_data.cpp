#include "modules/billing/app/billing_print_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/allocate.h"
#include "modules/billing/app/billing_customer.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/billing_settings.h"
#include "modules/billing/core/letter_text.h"
#include "modules/sales/app/quote_print_model.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::billing {
namespace {

namespace cb = core::billing;
using app::IntOf;
using app::Record;
using app::TextOf;
using core::Error;
using core::ErrorCode;

core::Money MoneyIn(const Record& r, const char* field, const core::Currency& currency) {
  const auto m = app::MoneyOf(r, field);
  return core::Money{m ? m->minor : 0, currency};
}

core::Result<core::Money> AnyMoney(const Record& r, const char* field) {
  const auto m = app::MoneyOf(r, field).value_or(app::MoneyValue{});
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(m.currency));
  return core::Money{m.minor, currency};
}

}  // namespace

core::Result<cb::DocumentHead> HeadOf(app::UnitOfWork& uow, std::int64_t account_id,
                                      const std::string& language, std::string number,
                                      const std::string& date, bool draft,
                                      BillingCustomer& customer) {
  SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
  // The customer is part of the document: whoever may read the document reads them on it.
  SD_ASSIGN(auto account, uow.Get(Spec("accounts"), account_id, app::Visibility::All()));
  if (!account) return Error::Make(ErrorCode::kNotFound, core::Msg("quote.account_gone"));
  SD_ASSIGN(customer, CustomerOf(uow, account_id));
  SD_ASSIGN(core::Date on, core::ParseDate(date));
  SD_ASSIGN(BillingSettings billing, LoadBillingSettings(uow));
  return cb::DocumentHead{.language = language,
                          .company = app::sales::CompanyParty(settings.value_or(Record{})),
                          .customer = app::sales::AccountParty(*account),
                          .number = std::move(number),
                          .date = on,
                          .draft = draft,
                          .bank = {billing.bank_name, billing.iban, billing.bic}};
}

std::string ChosenLanguage(const std::optional<std::string>& asked, const std::string& own) {
  return asked ? *asked : DocumentLanguage(own);
}

namespace {

// The lines as the customer reads them, and the tax per rate as the document's tax was made:
// one rounding per rate (TotalsFromNets), then the stored tax split over those groups with the
// one allocation rule, so the groups always add up to the stored tax (a closing credit note
// takes exactly what is left, which may differ from its own rounding by a cent).
core::Result<void> FillLines(const std::vector<Record>& records, const core::Currency& currency,
                             const core::Money& stored_tax, std::vector<cb::PrintLine>& lines,
                             std::vector<cb::PrintTaxGroup>& groups) {
  std::vector<core::quotes::NetLine> nets;
  for (const Record& r : records) {
    cb::PrintLine line{.position = static_cast<int>(IntOf(r, "position").value_or(0)),
                       .description = TextOf(r, "description"),
                       .unit = TextOf(r, "unit"),
                       .tax_rate = core::Percent::FromUnits(IntOf(r, "tax_rate_pct").value_or(0)),
                       .net = MoneyIn(r, "net", currency)};
    if (auto q = IntOf(r, "quantity")) line.quantity = core::Quantity::FromUnits(*q);
    if (auto p = IntOf(r, "unit_price")) line.unit_price = core::UnitPrice::FromUnits(*p);
    if (auto d = IntOf(r, "discount_pct"); d && *d != 0) {
      line.discount = core::Percent::FromUnits(*d);
    }
    nets.push_back({line.net, line.tax_rate});
    lines.push_back(std::move(line));
  }
  if (nets.empty()) return core::Ok();
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, currency));
  std::vector<std::int64_t> weights;
  for (const auto& g : totals.tax_groups) weights.push_back(g.tax.minor);
  std::vector<std::int64_t> parts(weights.size(), 0);
  if (totals.tax.minor != 0) {
    SD_ASSIGN(parts, core::Allocate(stored_tax.minor, weights, "tax"));
  }
  for (std::size_t i = 0; i < totals.tax_groups.size(); ++i) {
    const auto& g = totals.tax_groups[i];
    groups.push_back({g.rate, g.base, core::Money{parts[i], currency}});
  }
  return core::Ok();
}

core::Result<std::vector<Record>> LinesOf(app::UnitOfWork& uow, const char* plural,
                                          const char* parent, std::int64_t id) {
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec(plural), {{parent, app::FilterOp::kEq, {id}}}));
  std::sort(lines.begin(), lines.end(), [](const Record& a, const Record& b) {
    return IntOf(a, "position").value_or(0) < IntOf(b, "position").value_or(0);
  });
  return lines;
}

}  // namespace

core::Result<CustomerDocument<cb::InvoicePrint>> BillingPrints::Invoice(
    const app::Caller& caller, std::int64_t id, std::optional<std::string> language) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record invoice, app::sales::LoadVisible(*uow, caller, Spec("invoices"), id));
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(TextOf(invoice, "currency")));
  const std::int64_t account_id = IntOf(invoice, "account_id").value_or(0);
  const std::string status = TextOf(invoice, "status");
  BillingCustomer customer;
  SD_ASSIGN(cb::DocumentHead head,
            HeadOf(*uow, account_id, "", TextOf(invoice, "number"), TextOf(invoice, "invoice_date"),
                   status != "posted", customer));
  head.language = ChosenLanguage(language, customer.language);
  CustomerDocument<cb::InvoicePrint> out{
      .print = {.head = std::move(head),
                .currency = currency,
                .untaxed = MoneyIn(invoice, "untaxed", currency),
                .tax = MoneyIn(invoice, "tax", currency),
                .total = MoneyIn(invoice, "total", currency)},
      .status = status,
      .account_id = account_id,
      .customer_email = customer.email,
      .filename =
          (status == "posted" ? TextOf(invoice, "number") : "invoice-" + std::to_string(id)) +
          ".pdf"};
  cb::InvoicePrint& p = out.print;
  if (auto order_id = IntOf(invoice, "sales_order_id")) {
    SD_ASSIGN(auto order, uow->Get(Spec("sales-orders"), *order_id, app::Visibility::All()));
    if (order) p.order_number = TextOf(*order, "number");
  }
  if (auto term_id = IntOf(invoice, "payment_term_id")) {
    SD_ASSIGN(auto term, uow->Get(Spec("payment-terms"), *term_id, app::Visibility::All()));
    if (term) p.payment_terms = TextOf(*term, "name");
  }
  SD_ASSIGN(auto lines, LinesOf(*uow, "invoice-lines", "invoice_id", id));
  SD_TRY(FillLines(lines, currency, p.tax, p.lines, p.tax_groups));
  SD_ASSIGN(auto instalments, LinesOf(*uow, "invoice-instalments", "invoice_id", id));
  for (const Record& i : instalments) {
    SD_ASSIGN(core::Date due, core::ParseDate(TextOf(i, "due_on")));
    p.instalments.push_back({due, MoneyIn(i, "amount", currency)});
  }
  return out;
}

core::Result<CustomerDocument<cb::CreditNotePrint>> BillingPrints::CreditNote(
    const app::Caller& caller, std::int64_t id, std::optional<std::string> language) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("credit-notes"), id));
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(TextOf(note, "currency")));
  const std::int64_t account_id = IntOf(note, "account_id").value_or(0);
  const std::string status = TextOf(note, "status");
  BillingCustomer customer;
  SD_ASSIGN(cb::DocumentHead head,
            HeadOf(*uow, account_id, "", TextOf(note, "number"), TextOf(note, "credit_date"),
                   status != "posted", customer));
  head.language = ChosenLanguage(language, customer.language);
  CustomerDocument<cb::CreditNotePrint> out{
      .print = {.head = std::move(head),
                .currency = currency,
                .reason = TextOf(note, "reason"),
                .untaxed = MoneyIn(note, "untaxed", currency),
                .tax = MoneyIn(note, "tax", currency),
                .total = MoneyIn(note, "total", currency)},
      .status = status,
      .account_id = account_id,
      .customer_email = customer.email,
      .filename =
          (status == "posted" ? TextOf(note, "number") : "credit-note-" + std::to_string(id)) +
          ".pdf"};
  cb::CreditNotePrint& p = out.print;
  SD_ASSIGN(auto invoice, uow->Get(Spec("invoices"), IntOf(note, "invoice_id").value_or(0),
                                   app::Visibility::All()));
  if (!invoice) return Error::Make(ErrorCode::kInternal, "the credit note's invoice is gone");
  p.invoice_number = TextOf(*invoice, "number");
  SD_ASSIGN(p.invoice_date, core::ParseDate(TextOf(*invoice, "invoice_date")));
  // A credit line names the invoice line it credits: its description comes from there.
  SD_ASSIGN(auto records, LinesOf(*uow, "credit-note-lines", "credit_note_id", id));
  for (Record& r : records) {
    SD_ASSIGN(auto source, uow->Get(Spec("invoice-lines"), IntOf(r, "invoice_line_id").value_or(0),
                                    app::Visibility::All()));
    if (source) r["description"] = (*source)["description"];
  }
  SD_TRY(FillLines(records, currency, p.tax, p.lines, p.tax_groups));
  return out;
}

core::Result<CustomerDocument<cb::DunningLetterPrint>> BillingPrints::DunningLetter(
    const app::Caller& caller, std::int64_t claim_id, std::optional<std::string> language) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record claim, app::sales::LoadVisible(*uow, caller, Spec("dunning-claims"), claim_id));
  const std::int64_t run_id = IntOf(claim, "run_id").value_or(0);
  const std::int64_t account_id = IntOf(claim, "account_id").value_or(0);
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("dunning-claims")));
  const std::vector<app::Filter> of_letter = {{"run_id", app::FilterOp::kEq, {run_id}},
                                              {"account_id", app::FilterOp::kEq, {account_id}}};
  SD_ASSIGN(auto claims, app::ReadAll(*uow, Spec("dunning-claims"), of_letter));
  std::erase_if(claims, [&](const Record& c) {
    return !app::OwnerVisible(visibility, IntOf(c, "owner_id").value_or(0));
  });
  std::sort(claims.begin(), claims.end(), [](const Record& a, const Record& b) {
    return IntOf(a, "level") > IntOf(b, "level") ||
           (IntOf(a, "level") == IntOf(b, "level") && app::RecordId(a) < app::RecordId(b));
  });
  // The letter's text is its highest claim's (the first such invoice's), as approved.
  const Record& lead = claims.front();
  CustomerDocument<cb::DunningLetterPrint> out{.status = "posted", .account_id = account_id};
  BillingCustomer customer;
  SD_ASSIGN(out.print.head,
            HeadOf(*uow, account_id, "", "", TextOf(lead, "claimed_on"), false, customer));
  out.print.head.language = ChosenLanguage(language, TextOf(lead, "language"));
  out.customer_email = customer.email;
  out.filename =
      "reminder-" + TextOf(lead, "claimed_on") + "-" + std::to_string(account_id) + ".pdf";
  cb::DunningLetterPrint& p = out.print;
  p.level = static_cast<int>(IntOf(lead, "level").value_or(0));
  p.text = cb::UnescapeLetter(TextOf(lead, "letter_text"));

  // The run's lines of the letter's invoices, summed per invoice.
  std::map<std::int64_t, cb::DunningItem> items;
  std::map<std::string, std::int64_t> to_pay;  // currency → minor units
  std::set<std::int64_t> claimed;
  for (const Record& c : claims) claimed.insert(IntOf(c, "invoice_id").value_or(0));
  SD_ASSIGN(auto lines, app::ReadAll(*uow, Spec("dunning-run-lines"), of_letter));
  for (const Record& l : lines) {
    const std::int64_t invoice_id = IntOf(l, "invoice_id").value_or(0);
    if (!claimed.count(invoice_id)) continue;
    SD_ASSIGN(core::Money outstanding, AnyMoney(l, "outstanding"));
    SD_ASSIGN(core::Date due, core::ParseDate(TextOf(l, "due_on")));
    const core::Money interest = MoneyIn(l, "interest", outstanding.currency);
    auto it = items.find(invoice_id);
    if (it == items.end()) {
      SD_ASSIGN(auto invoice, uow->Get(Spec("invoices"), invoice_id, app::Visibility::All()));
      if (!invoice) return Error::Make(ErrorCode::kInternal, "a dunned invoice is gone");
      SD_ASSIGN(core::Date invoice_date, core::ParseDate(TextOf(*invoice, "invoice_date")));
      it = items
               .emplace(invoice_id,
                        cb::DunningItem{.invoice_number = TextOf(*invoice, "number"),
                                        .invoice_date = invoice_date,
                                        .due_on = due,
                                        .outstanding = core::Money{0, outstanding.currency},
                                        .interest = core::Money{0, outstanding.currency}})
               .first;
    }
    cb::DunningItem& item = it->second;
    if (due < item.due_on) item.due_on = due;
    item.days_past_due = std::max(item.days_past_due, IntOf(l, "days_past_due").value_or(0));
    item.outstanding.minor += outstanding.minor;
    item.interest.minor += interest.minor;
    to_pay[outstanding.currency.code()] += outstanding.minor + interest.minor;
  }
  for (auto& [id, item] : items) p.items.push_back(std::move(item));
  std::map<std::string, std::int64_t> fees;
  for (const Record& c : claims) {
    SD_ASSIGN(core::Money fee, AnyMoney(c, "fee"));
    if (fee.minor == 0) continue;
    fees[fee.currency.code()] += fee.minor;
    to_pay[fee.currency.code()] += fee.minor;
  }
  for (const auto& [code, minor] : fees) {
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(code));
    p.fees.push_back({minor, currency});
  }
  for (const auto& [code, minor] : to_pay) {
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(code));
    p.total_to_pay.push_back({minor, currency});
  }
  return out;
}

}  // namespace salesdesk::modules::billing
