// The billing module's rows of the access matrix. Payment terms are organisation settings:
// finance and the director write them; every other role reads them (reps quote and order on
// them, logistics ships against them, admins see the settings). Invoices and payments are
// receivables (issue 13, brief s19): finance and the director see and write all of them, a rep
// reads their own customers', a manager and a senior manager their team's; admins and
// logistics see none. They change only through the billing routes, so their generic reads and
// the routes are probed per role (Op::kModule) at records that do not exist or bodies that a
// permitted caller gets refused, so no cell changes what later cells see. Their records cannot
// be seeded through the generic create the matrix uses (they only come from the services), so
// they have no policy rows here: the probes write the per-role answers out instead (rep, manager
// and senior read, director and finance read and write, admin and logistics nothing), and the
// API scenarios (billing_invoices_test.cpp) check own / team / other-team visibility.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

const char* const kReceivables[] = {"invoices",
                                    "invoice-lines",
                                    "invoice-instalments",
                                    "payments",
                                    "payment-allocations",
                                    "credit-notes",
                                    "credit-note-lines",
                                    "credit-note-allocations",
                                    "dunning-runs",
                                    "dunning-run-lines",
                                    "dunning-claims",
                                    "invoice-credit-splits",
                                    "sales-order-credit-splits",
                                    "payment-claim-allocations",
                                    "invoice-write-offs",
                                    "invoice-write-off-allocations"};

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("payment-terms");
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const char* e : kReceivables) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/invoices", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/invoices/{id}/post", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/payments", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/receivables/ageing", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/receivables/dso", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/invoices/{id}/credit-notes", Op::kModule, ""});
  rows.push_back({"PATCH", "/api/v1/credit-notes/{id}", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/credit-notes/{id}/post", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/dunning-runs", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/dunning-runs/{id}/approve", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/dunning-claims/{id}/waive", Op::kModule, ""});
  rows.push_back({"PUT", "/api/v1/sales-orders/{id}/credit-splits", Op::kModule, ""});
  rows.push_back({"PUT", "/api/v1/invoices/{id}/credit-splits", Op::kModule, ""});
  // The customer documents as PDF: read like the record they print (decision 0044).
  rows.push_back({"GET", "/api/v1/invoices/{id}/pdf", Op::kModule, ""});
  // Bad-debt write-offs (decision 0056): written by finance and the director, the open figure
  // read like the invoice.
  rows.push_back({"POST", "/api/v1/invoices/{id}/write-off", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/invoices/{id}/open", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/credit-notes/{id}/pdf", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/dunning-claims/{id}/pdf", Op::kModule, ""});
  for (const auto& r : CrudRows("dunning-levels")) rows.push_back(r);
  // Credit holds (decision 0048): read like the orders and accounts they are about.
  rows.push_back({"POST", "/api/v1/sales-orders/{id}/credit-release", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/credit-holds", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/accounts/{id}/credit-exposure", Op::kModule, ""});
  // Decision 0049: applying a payment, and the settings and promises probed per role (the
  // settings are one row, so the matrix cannot create one per role; a promise needs an account
  // its writer sees).
  rows.push_back({"POST", "/api/v1/payments/{id}/apply", Op::kModule, ""});
  for (const char* e : {"billing-settings", "payment-promises"}) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
    rows.push_back({"POST", keep(base), Op::kModule, ""});
    rows.push_back({"PATCH", keep(base + "/{id}"), Op::kModule, ""});
  }
  rows.push_back({"DELETE", "/api/v1/payment-promises/{id}", Op::kModule, ""});
  return rows;
}

bool Reads(const std::string& role) { return role != "admin" && role != "logistics"; }
// Dunning runs are finance's work lists: only finance and the director read them.
// An order's credit split is the order's: every role but admin reads it (decision 0045).
bool ReadsEntity(const std::string& entity, const std::string& role) {
  if (entity == "dunning-runs") return role == "director" || role == "finance";
  if (entity == "sales-order-credit-splits") return role != "admin";
  return Reads(role);
}
bool Writes(const std::string& role) { return role == "director" || role == "finance"; }

// Decision 0049. Settings: everyone reads, finance and the director write. Promises: finance
// and the director all, a rep their own customers' (and records them), managers read their
// team's, admin and logistics nothing. At missing records and refused bodies.
std::vector<Probe> FinanceProbes(const Row& row, const std::string& role) {
  const std::string pattern = row.pattern, method = row.method;
  if (pattern == "/api/v1/payments/{id}/apply") {
    return {{"without If-Match", "/api/v1/payments/987654/apply", "", Writes(role) ? 428 : 403}};
  }
  const bool settings = pattern.starts_with("/api/v1/billing-settings");
  const bool promises = pattern.starts_with("/api/v1/payment-promises");
  if (!settings && !promises) return {};
  const std::string base = settings ? "/api/v1/billing-settings" : "/api/v1/payment-promises";
  const bool reads = settings || Reads(role);
  const bool writes = Writes(role) || (promises && role == "rep");
  if (method == "GET") {
    if (pattern.ends_with("/{id}"))
      return {{"missing id", base + "/987654", "", reads ? 404 : 403}};
    return {{"read", pattern, "", reads ? 200 : 403}};
  }
  if (method == "POST") {
    return {settings ? Probe{"a wrong IBAN", pattern, R"({"iban":"DE00"})", writes ? 422 : 403}
                     : Probe{"for a missing account", pattern,
                             R"({"account_id":987654,"amount":{"amount":"1.00","currency":"EUR"},)"
                             R"("promised_on":"2026-01-01"})",
                             writes ? 422 : 403}};
  }
  // PATCH and DELETE ask for If-Match before anything else (428 for every role); who may
  // change one is the API scenarios' (billing_finance_test.cpp).
  return {{"without If-Match", base + "/987654", method == "PATCH" ? "{}" : "", 428}};
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern, method = row.method;
  // The receivables entity the route is about ("" for routes of other modules).
  std::string entity;
  for (const char* e : kReceivables) {
    const std::string base = std::string("/api/v1/") + e;
    if (pattern == base || pattern.starts_with(base + "/")) entity = e;
  }
  // The order's split is written by whoever writes orders (not finance, logistics or admin); the
  // invoice's by finance and the director. At a missing document: 404 for them, else 403.
  if (pattern == "/api/v1/sales-orders/{id}/credit-splits") {
    const bool writes = role != "finance" && role != "logistics" && role != "admin";
    return {{"of a missing order", "/api/v1/sales-orders/987654/credit-splits",
             R"({"credit_splits":[]})", writes ? 404 : 403}};
  }
  if (pattern == "/api/v1/invoices/{id}/credit-splits") {
    return {{"of a missing invoice", "/api/v1/invoices/987654/credit-splits",
             R"({"credit_splits":[]})", Writes(role) ? 404 : 403}};
  }
  // Credit holds: whoever reads orders (every role but admin) lists the holds and asks to
  // release one; at a missing order that is a 404, for admin a 403. The exposure is read by
  // those who read invoices.
  const int reads_orders = role == "admin" ? 403 : 0;
  if (pattern == "/api/v1/sales-orders/{id}/credit-release") {
    return {{"of a missing order", "/api/v1/sales-orders/987654/credit-release",
             R"({"reason":"paid in advance"})", reads_orders ? reads_orders : 404}};
  }
  if (pattern == "/api/v1/credit-holds") {
    return {{"read", pattern, "", reads_orders ? reads_orders : 200}};
  }
  if (pattern == "/api/v1/accounts/{id}/credit-exposure") {
    return {{"of a missing account", "/api/v1/accounts/987654/credit-exposure", "",
             Reads(role) ? 404 : 403}};
  }
  if (auto probes = FinanceProbes(row, role); !probes.empty()) return probes;
  // The mail module's route under billing's runs is probed in mail_matrix.cpp (decision 0068).
  if (pattern == "/api/v1/dunning-runs/{id}/letters") return {};
  const bool ours = !entity.empty() || pattern.starts_with("/api/v1/receivables/");
  if (!ours) return {};
  const int read = ReadsEntity(entity, role) ? 200 : 403;
  if (method == "GET" && pattern == "/api/v1/receivables/dso") {
    return {{"as of", pattern + "?as_of=2026-06-30&days=90", "", read}};
  }
  if (method == "GET" && pattern == "/api/v1/receivables/ageing") {
    return {{"as of", pattern + "?as_of=2026-06-30", "", read},
            {"by owner", pattern + "?as_of=2026-06-30&group=owner", "", read}};
  }
  if (pattern == "/api/v1/invoices/{id}/open") {
    return {{"of a missing invoice", "/api/v1/invoices/987654/open", "",
             ReadsEntity("invoices", role) ? 404 : 403}};
  }
  if (method == "GET" && pattern.ends_with("/{id}/pdf")) {
    const std::string missing = "/api/v1/" + entity + "/987654/pdf";
    return {{"missing id", missing, "", ReadsEntity(entity, role) ? 404 : 403}};
  }
  if (method == "GET") {
    const std::string base = "/api/v1/" + entity;
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", base + "/987654", "", ReadsEntity(entity, role) ? 404 : 403}};
    }
    return {{"read", pattern, "", read}};
  }
  // Writers meet a body or a state that refuses them; everyone else is forbidden.
  if (pattern == "/api/v1/invoices") {
    return {{"from a missing order", pattern, R"({"sales_order_id":987654})",
             Writes(role) ? 422 : 403}};
  }
  if (pattern == "/api/v1/invoices/{id}/post") {
    return {{"without If-Match", "/api/v1/invoices/987654/post", "", Writes(role) ? 428 : 403}};
  }
  const int write = Writes(role) ? 0 : 403;  // 0: the writer's answer, given per route
  if (pattern == "/api/v1/invoices/{id}/credit-notes") {
    return {{"of a missing invoice", "/api/v1/invoices/987654/credit-notes", R"({"reason":"x"})",
             write ? write : 404}};
  }
  if (pattern == "/api/v1/invoices/{id}/write-off") {
    return {{"of a missing invoice", "/api/v1/invoices/987654/write-off",
             R"({"amount":"1.00","reason":"x"})", write ? write : 404}};
  }
  if (pattern == "/api/v1/credit-notes/{id}") {
    return {{"without If-Match", "/api/v1/credit-notes/987654", R"({"reason":"x"})",
             write ? write : 428}};
  }
  if (pattern == "/api/v1/credit-notes/{id}/post") {
    return {{"without If-Match", "/api/v1/credit-notes/987654/post", "", write ? write : 428}};
  }
  if (pattern == "/api/v1/dunning-runs") {
    return {{"without as_of", pattern, "{}", write ? write : 422}};
  }
  if (pattern == "/api/v1/dunning-runs/{id}/approve") {
    return {{"without If-Match", "/api/v1/dunning-runs/987654/approve", "", write ? write : 428}};
  }
  if (pattern == "/api/v1/dunning-claims/{id}/waive") {
    return {{"without a reason", "/api/v1/dunning-claims/987654/waive", "{}", write ? write : 422}};
  }
  if (pattern == "/api/v1/payments") {
    return {{"for a missing account", pattern,
             R"({"account_id":987654,"amount":{"amount":"1.00","currency":"EUR"},)"
             R"("paid_on":"2026-01-01"})",
             Writes(role) ? 422 : 403}};
  }
  return {};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "billing",
    .policies = {
        //                      rep manager senior director finance admin logistics
        {"payment-terms",       R,  R,      R,     RW,      RW,     R,    R},
        {"dunning-levels",      R,  R,      R,     RW,      RW,     R,    R},
    },
    .audit = {
        {"payment-terms",       kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"dunning-levels",      kA, kA,     kA,    kA,      kA,     kN,   kA},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t /*owner_id*/,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity == "dunning-levels") {
        // A fresh level number per record (levels are unique): the matrix creates several.
        static int created = 0;
        return boost::json::object{{"level", 1 + created++ % 99},
                                   {"name", "Reminder " + n},
                                   {"min_days_past_due", 7},
                                   {"texts", {{"en", "Dear {customer}"}}}};
      }
      if (entity != "payment-terms") return std::nullopt;
      return boost::json::object{
          {"name", "Net " + n},
          {"lines", boost::json::array{{{"portion", 1}, {"rule", "days_after_invoice"}, {"days", 30}}}}};
    },
    .patch_bodies = {{"payment-terms", R"({"description":"matrix"})"},
                     {"dunning-levels", R"({"name":"matrix"})"}},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
