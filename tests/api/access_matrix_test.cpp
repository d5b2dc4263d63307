// The authorization matrix (G5): every route of api.routes() × every role × {own record, same
// team, other team} (or n/a), each cell checked against the hand-written table in
// access_matrix_table.h. Lists, counts (total) and search obey the same visibility.
#include <algorithm>
#include <optional>
#include <set>

#include "api/access_matrix_modules.h"
#include "api/access_matrix_table.h"
#include "api/api_test_server.h"
#include "app/access/caller.h"
#include "app/records/record_fields.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using namespace matrix;  // NOLINT: the table's vocabulary

class AccessMatrixTest : public ApiTest {
 protected:
  struct LedgerEntry {
    std::string owner, text;  // text: what ?q= searches (account name, contact names)
  };

  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const auto& a : accounts()) {
      ledger_["accounts"][a.id] = {a.owner, a.name};
      ledger_["contacts"][a.contact_id] = {a.owner, "Ana " + a.owner};
    }
    for (const auto& actor : kActors) {
      if (*actor.user)
        ledger_["saved-views"][Seeded(std::string("view:") + actor.user)] = {
            actor.user, std::string("View ") + actor.user};
    }
    SeedDesk();
    SeedModules();
  }

  // One shared record of every module entity that is nobody's (the {id} routes aim at it), in
  // the order the module lists its entities, so later ones may point at earlier ones.
  // Owned ones get one record per owner, as the desk's do.
  void SeedModules() {
    for (const auto& m : ModuleMatrices()) {
      for (const auto& p : m.policies) {
        const std::string entity = p.entity;
        if (!Owned(entity)) {
          if (!desk_.count(entity)) desk_[entity] = SysCreate(entity, CreateBody(entity, ""));
          continue;
        }
        for (const char* owner :
             {"rep_a", "rep_b", "rep_c", "manager", "senior", "manager2", "director"}) {
          const json::object body = CreateBody(entity, owner);
          const std::int64_t id = SysCreate(entity, body);
          desk_[entity + ":" + owner] = id;
          ledger_[entity][id] = {owner, SearchText(entity, json::value(body))};
        }
      }
    }
  }

  // Records of the negotiation desk as the system writes them: a price list with the product,
  // a rule, and per owner a quote (accepted, already ordered) with a line, a revision and a
  // decided approval request, a cancelled order with a line, a contract and a task; per user a
  // notification. Their states make every action a 409 for whoever may see them.
  std::int64_t Put(const std::string& entity, app::Record fields) {
    auto created = api().records().Create(app::Caller::System(), Spec(entity), std::move(fields));
    EXPECT_TRUE(created.ok()) << entity << ": " << (created.ok() ? "" : created.error().message);
    return created.ok() ? app::RecordId(created->record) : 0;
  }
  void SeedDesk() {
    using V = app::FieldValue;
    desk_["price-lists"] = SysCreate("price-lists", {{"name", "Matrix EUR"}, {"currency", "EUR"}});
    desk_["price-list-items"] = SysCreate(
        "price-list-items",
        {{"price_list_id", desk_["price-lists"]}, {"product_id", product_id()}, {"price", "20"}});
    desk_["pricing-rules"] = SysCreate(
        "pricing-rules", {{"name", "Matrix rule"},
                          {"scope", "all"},
                          {"action", "percent_discount"},
                          {"bands", json::array{{{"min_quantity", "0"}, {"percent", "1"}}}}});
    // An edited rule keeps its superseded version: the pricing-versions rows read that.
    auto edited =
        api().records().Update(app::Caller::System(), Spec("pricing-rules"), desk_["pricing-rules"],
                               {{"priority", V{std::int64_t{1}}}}, 1);
    EXPECT_TRUE(edited.ok()) << (edited.ok() ? "" : edited.error().message);
    auto versions =
        api().records().List(app::Caller::System(), Spec("pricing-versions"), app::ListQuery{});
    EXPECT_TRUE(versions.ok() && versions->items.size() == 1u);
    if (versions.ok() && !versions->items.empty()) {
      desk_["pricing-versions"] = app::RecordId(versions->items.front());
    }
    const app::MoneyValue net{2000, "EUR"};
    for (const char* owner :
         {"rep_a", "rep_b", "rep_c", "manager", "senior", "manager2", "director"}) {
      const std::string o = owner;
      const std::int64_t user_id = UserId(o), account = AccountOf(o).id;
      auto keep = [&](const std::string& entity, std::int64_t id, std::string text) {
        desk_[entity + ":" + o] = id;
        ledger_[entity][id] = {o, std::move(text)};
      };
      const std::int64_t quote = Put("quotes", {{"number", "Q-M-" + o},
                                                {"account_id", account},
                                                {"price_list_id", desk_["price-lists"]},
                                                {"currency", std::string("EUR")},
                                                {"status", std::string("accepted")},
                                                {"revision", V{std::int64_t{1}}},
                                                {"rules_as_of", V{std::int64_t{0}}},
                                                {"untaxed", net},
                                                {"tax", app::MoneyValue{0, "EUR"}},
                                                {"total", net},
                                                {"owner_id", user_id}});
      keep("quotes", quote, "Q-M-" + o);
      keep("quote-lines",
           Put("quote-lines", {{"quote_id", quote},
                               {"position", V{std::int64_t{1}}},
                               {"line_key", std::string("L1")},
                               {"product_id", product_id()},
                               {"quantity", V{std::int64_t{1000}}},
                               {"unit", std::string("pc")},
                               {"unit_price", V{std::int64_t{20'000'000}}},
                               {"engine_unit_price", V{std::int64_t{20'000'000}}},
                               {"net", net}}),
           "");
      keep("quote-revisions",
           Put("quote-revisions", {{"quote_id", quote},
                                   {"revision", V{std::int64_t{1}}},
                                   {"snapshot", std::string("{}")}}),
           "");
      keep("approval-requests",
           Put("approval-requests", {{"quote_id", quote},
                                     {"revision", V{std::int64_t{1}}},
                                     {"requester_id", user_id},
                                     {"status", std::string("approved")},
                                     {"deviations", std::string("[]")}}),
           "");
      const std::int64_t order = Put("sales-orders", {{"number", "SO-M-" + o},
                                                      {"quote_id", quote},
                                                      {"account_id", account},
                                                      {"currency", std::string("EUR")},
                                                      {"status", std::string("cancelled")},
                                                      {"ordered_on", std::string("2026-01-05")},
                                                      {"total", net},
                                                      {"owner_id", user_id}});
      keep("sales-orders", order, "SO-M-" + o);
      keep("sales-order-lines",
           Put("sales-order-lines", {{"sales_order_id", order},
                                     {"position", V{std::int64_t{1}}},
                                     {"product_id", product_id()},
                                     {"quantity", V{std::int64_t{1000}}},
                                     {"unit", std::string("pc")},
                                     {"unit_price", V{std::int64_t{20'000'000}}},
                                     {"net", net}}),
           "");
      keep("contracts",
           SysCreate("contracts",
                     {{"title", "Contract " + o}, {"account_id", account}, {"owner_id", user_id}}),
           "Contract " + o);
      keep("tasks", SysCreate("tasks", {{"title", "Task " + o}, {"owner_id", user_id}}),
           "Task " + o);
    }
    // Every actor's, and rep_b's: the rep's "someone else's" notification is a real record.
    std::vector<std::string> notified{"rep_b"};
    for (const auto& actor : kActors) {
      if (*actor.user) notified.emplace_back(actor.user);
    }
    for (const std::string& u : notified) {
      const std::int64_t id =
          Put("notifications", {{"text", "For " + u}, {"owner_id", UserId(u)}, {"read", false}});
      desk_["notifications:" + u] = id;
      ledger_["notifications"][id] = {u, ""};
    }
  }

  static Policy PolicyOf(const std::string& entity, const std::string& role) {
    for (const auto& p : AllPolicies()) {
      if (entity != p.entity) continue;
      if (role == "rep") return p.rep;
      if (role == "manager") return p.manager;
      if (role == "senior_manager") return p.senior_manager;
      if (role == "director") return p.director;
      if (role == "finance") return p.finance;
      if (role == "admin") return p.admin;
      if (role == "logistics") return p.logistics;
    }
    ADD_FAILURE() << "no policy for " << entity << " / " << role;
    return N;
  }
  static bool Visible(const std::string& entity, const std::string& role,
                      const std::string& owner) {
    const Policy p = PolicyOf(entity, role);
    if (p.read == Read::kAll) return true;
    if (p.read == Read::kNone) return false;
    if (p.read == Read::kPersonal) return owner == UserOf(role);
    return kScopedOwners.at(role).count(owner) > 0;
  }
  static bool Owned(const std::string& entity) {
    static const std::set<std::string> kOwned = {
        "accounts",    "contacts",        "saved-views",       "quotes",
        "quote-lines", "quote-revisions", "approval-requests", "contracts",
        "tasks",       "sales-orders",    "sales-order-lines", "notifications"};
    if (kOwned.count(entity) || Personal(entity)) return true;
    for (const auto& m : ModuleMatrices()) {
      if (m.owned.count(entity)) return true;
    }
    return false;
  }
  static bool Personal(const std::string& entity) {
    if (entity == "saved-views" || entity == "notifications") return true;
    for (const auto& m : ModuleMatrices()) {
      if (m.personal.count(entity)) return true;
    }
    return false;
  }
  static bool SelfCreated(const std::string& entity) {
    for (const auto& m : ModuleMatrices()) {
      if (m.self_created.count(entity)) return true;
    }
    return false;
  }
  static std::string UserOf(const std::string& role) {
    for (const auto& a : kActors) {
      if (role == a.role) return a.user;
    }
    return "";
  }
  static std::vector<Target> TargetsOf(const std::string& role, const std::string& entity) {
    if (Personal(entity)) {  // personal: one's own, or someone else's
      for (const auto& a : kActors) {
        if (role != a.role || !*a.user) continue;
        return {{"own", a.user}, {"someone else's", role == "rep" ? "rep_b" : "rep_a"}};
      }
      return {{"someone's", "rep_a"}};
    }
    auto it = kTargets.find(role);
    return it == kTargets.end() ? kNoOwnTargets : it->second;
  }

  std::string Unique() { return std::to_string(++counter_); }

  json::object CreateBody(const std::string& entity, const std::string& owner) {
    const std::string n = Unique();
    if (entity == "users")
      return {{"email", "m" + n + "@example.com"}, {"name", "M" + n}, {"role", "rep"}};
    if (entity == "teams") return {{"name", "Team " + n}};
    if (entity == "territories") return {{"name", "T" + n}, {"code", "T" + n}};
    if (entity == "customer-groups") return {{"name", "G" + n}};
    if (entity == "product-categories") return {{"name", "C" + n}};
    if (entity == "products") return {{"sku", "M-" + n}, {"name", "P" + n}};
    if (entity == "accounts") {
      return {{"kind", "company"},
              {"name", "Matrix " + n},
              {"country", "ES"},
              {"currency", "EUR"},
              {"owner_id", UserId(owner)}};
    }
    if (entity == "saved-views") return {{"name", "View " + n}, {"list", "accounts"}};
    if (entity == "price-lists") return {{"name", "PL " + n}, {"currency", "EUR"}};
    if (entity == "price-list-items") {
      return {{"price_list_id", desk_["price-lists"]},
              {"product_id", product_id()},
              {"min_quantity", n},
              {"price", "10"}};
    }
    if (entity == "pricing-rules") {
      return {{"name", "R" + n},
              {"scope", "all"},
              {"action", "percent_discount"},
              {"bands", json::array{{{"min_quantity", "0"}, {"percent", "5"}}}}};
    }
    if (entity == "contracts") {
      return {{"title", "Contract " + n},
              {"account_id", AccountOf(owner).id},
              {"owner_id", UserId(owner)}};
    }
    if (entity == "tasks") return {{"title", "Task " + n}, {"owner_id", UserId(owner)}};
    if (entity == "contacts") {
      return {{"account_id", AccountOf(owner).id}, {"first_name", "M"}, {"last_name", n}};
    }
    if (entity == "currencies") {
      static const char* const kCodes[] = {
          "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "AUD", "CAD", "BRL",
          "MXN", "INR", "KRW", "SGD", "HKD", "NZD", "ZAR", "TRY", "AED", "SAR", "ILS", "THB",
          "MYR", "IDR", "PHP", "CLP", "COP", "PEN", "ARS", "EGP", "MAD", "KES", "NGN", "QAR"};
      return {{"code", kCodes[counter_ % std::size(kCodes)]}, {"name", "Currency " + n}};
    }
    if (entity == "exchange-rates") {
      char date[16];
      std::snprintf(date, sizeof date, "2023-%02d-%02d", 1 + counter_ / 28 % 12, 1 + counter_ % 28);
      return {
          {"from_currency", "EUR"}, {"to_currency", "GBP"}, {"rate", "0.85"}, {"valid_on", date}};
    }
    if (entity == "authority-rules") {
      return {{"role", UnusedAuthorityRole()},
              {"max_discount_pct", "5"},
              {"min_margin_pct", "10"},
              {"max_payment_term_days", 30},
              {"max_contract_value", {{"amount", "1000"}, {"currency", "EUR"}}}};
    }
    for (const auto& m : ModuleMatrices()) {
      if (!m.create_body) continue;
      if (auto body = m.create_body(entity, n, owner.empty() ? 0 : UserId(owner),
                                    [this](const std::string& e) { return RefId(e); }))
        return *body;
    }
    ADD_FAILURE() << "no create body for " << entity;
    return {};
  }

  std::string UnusedAuthorityRole() {
    app::ListQuery q;
    q.limit = 100;
    auto page = api().records().List(app::Caller::System(), Spec("authority-rules"), q);
    std::set<std::string> used;
    if (page.ok()) {
      for (const auto& r : page->items) used.insert(std::get<std::string>(r.at("role")));
    }
    for (const char* role : {"senior_manager", "director", "finance", "logistics", "admin"}) {
      if (!used.count(role)) return role;
    }
    ADD_FAILURE() << "every role has an authority rule";
    return "rep";
  }

  // The record a shared {id} route aims at, and a harmless change to it.
  // What a module's create body points at: "<entity>" the shared record, "<entity>:<user id>"
  // that user's seeded record of an owned entity (accounts, or a module's own).
  std::int64_t RefId(const std::string& key) {
    const auto colon = key.find(':');
    if (colon == std::string::npos) return SharedId(key);
    const std::string entity = key.substr(0, colon);
    const std::int64_t user_id = std::stoll(key.substr(colon + 1));
    for (const char* owner :
         {"rep_a", "rep_b", "rep_c", "manager", "senior", "manager2", "director"}) {
      if (UserId(owner) != user_id) continue;
      if (entity == "accounts") return AccountOf(owner).id;
      if (desk_.count(entity + ":" + owner)) return desk_.at(entity + ":" + owner);
    }
    ADD_FAILURE() << "no seeded record " << key;
    return 0;
  }
  std::int64_t SharedId(const std::string& entity) {
    const std::map<std::string, std::int64_t> ids = {{"users", UserId("rep_b")},
                                                     {"teams", Seeded("team:Spare")},
                                                     {"territories", Seeded("territory")},
                                                     {"customer-groups", Seeded("customer_group")},
                                                     {"product-categories", Seeded("category")},
                                                     {"products", product_id()},
                                                     {"currencies", Seeded("currency:GBP")},
                                                     {"exchange-rates", Seeded("rate")},
                                                     {"authority-rules", Seeded("authority:rep")},
                                                     {"audit-events", 1},
                                                     {"settings", 1}};
    if (desk_.count(entity)) return desk_.at(entity);
    return ids.at(entity);
  }
  static std::string PatchBody(const std::string& entity) {
    for (const auto& m : ModuleMatrices()) {
      if (auto it = m.patch_bodies.find(entity); it != m.patch_bodies.end()) return it->second;
    }
    const std::map<std::string, std::string> bodies = {
        {"users", R"({"locale":"de"})"},
        {"teams", R"({"name":"Spare"})"},
        {"territories", R"({"name":"Iberia"})"},
        {"customer-groups", R"({"name":"Hospitals"})"},
        {"product-categories", R"({"name":"Devices"})"},
        {"products", R"({"description":"checked"})"},
        {"currencies", R"({"name":"Pound"})"},
        {"exchange-rates", R"({"rate":"1.09"})"},
        {"authority-rules", R"({"max_discount_pct":"12"})"},
        {"settings", R"({"name":"Test Medical SL"})"},
        {"accounts", R"({"notes":"matrix"})"},
        {"contacts", R"({"job_title":"Buyer"})"},
        {"saved-views", R"({"query":"sort=-id"})"},
        {"price-lists", R"({"name":"Matrix EUR"})"},
        {"price-list-items", R"({"price":"21"})"},
        {"pricing-rules", R"({"priority":1})"},
        {"contracts", R"({"terms":"Net 30"})"},
        {"tasks", R"({"notes":"matrix"})"}};
    return bodies.at(entity);
  }
  std::int64_t OwnedId(const std::string& entity, const std::string& owner) {
    if (entity == "saved-views") return Seeded("view:" + owner);
    if (desk_.count(entity + ":" + owner)) return desk_.at(entity + ":" + owner);
    // A module's personal records are seeded for the sales roles only. A role with none (finance
    // on summary subscriptions) may touch no one's, so rep_a's stands in for its own: any
    // answer but its 403 is a mismatch, as for a role that may and finds someone else's.
    if (Personal(entity) && entity != "notifications" && desk_.count(entity + ":rep_a")) {
      return desk_.at(entity + ":rep_a");
    }
    return entity == "accounts" ? AccountOf(owner).id : AccountOf(owner).contact_id;
  }
  // The quote a workflow route acts on: the quote itself, or an approval request's quote.
  std::int64_t QuoteIdOf(const std::string& entity, std::int64_t id) {
    if (entity == "quotes") return id;
    auto r = api().records().Get(app::Caller::System(), Spec(entity), id);
    return r.ok() ? app::IntOf(*r, "quote_id").value_or(0) : 0;
  }
  // A record that may be deleted: made by the system, reused until a cell deletes it.
  std::int64_t Throwaway(const std::string& entity, const std::string& owner) {
    const std::string key = entity + "|" + owner;
    if (auto it = throwaways_.find(key); it != throwaways_.end()) return it->second;
    json::object body = CreateBody(entity, owner);
    std::int64_t id = 0;
    if (entity == "saved-views") {  // owner_id is server-set: build the record directly
      auto created = api().records().Create(app::Caller::System(), Spec(entity),
                                            {{"name", std::string(body["name"].as_string())},
                                             {"list", std::string("accounts")},
                                             {"owner_id", UserId(owner)}});
      EXPECT_TRUE(created.ok());
      if (created.ok()) id = app::RecordId(created->record);
    } else {
      id = SysCreate(entity, body);
    }
    if (Owned(entity)) ledger_[entity][id] = {owner, SearchText(entity, json::value(body))};
    return throwaways_[key] = id;
  }

  void Check(const std::string& cell, int expected, const HttpResult& r) {
    ++cells_;
    if (r.status != expected) {
      mismatches_.push_back(cell + ": expected " + std::to_string(expected) + ", got " +
                            r.Describe());
    }
  }

  // Lists (plain, searched, counted) must hold exactly the visible records of the ledger.
  // An export holds the ids the list shows (owned entities: the visible ledger), and no
  // cost-sensitive column for a role that may not see cost.
  void CheckExport(const std::string& cell, const std::string& entity, const std::string& role,
                   const std::string& user, const std::string& body) {
    std::vector<std::string> lines;
    for (std::size_t start = 0, at = 0; (at = body.find("\r\n", start)) != std::string::npos;
         start = at + 2)
      lines.push_back(body.substr(start, at - start));
    std::set<std::int64_t> got, expected;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (!lines[i].empty() && std::isdigit(static_cast<unsigned char>(lines[i][0])))
        got.insert(std::stoll(lines[i]));
    }
    if (Owned(entity)) {
      for (const auto& [id, o] : ledger_[entity])
        if (Visible(entity, role, o.owner)) expected.insert(id);
    } else {
      // Every page of the list, by its cursor: the audit trail alone outgrows one page.
      std::string next;
      do {
        const std::string target =
            "/api/v1/" + entity + "?limit=500" + (next.empty() ? "" : "&after=" + next);
        const json::value list = Call(user, "GET", target).Json();
        for (const auto& item : list.at("items").as_array()) expected.insert(IntAt(item, "id"));
        const auto* n = list.as_object().if_contains("next");
        next = n != nullptr && n->is_string() ? std::string(n->as_string()) : std::string();
      } while (!next.empty());
    }
    ++cells_;
    if (got != expected) {
      mismatches_.push_back(cell + ": exported " + std::to_string(got.size()) + " ids, expected " +
                            std::to_string(expected.size()));
    }
    if (role != "rep" || lines.empty()) return;
    for (const auto& f : Spec(entity).fields) {
      if (f.cost_sensitive && lines[0].find(std::string(f.name)) != std::string::npos)
        mismatches_.push_back(cell + ": a rep's export has the cost column " + std::string(f.name));
    }
  }

  void CheckList(const std::string& cell, const std::string& entity, const std::string& role,
                 const std::string& user) {
    static const std::map<std::string, std::string> kTerms = {
        {"accounts", "hospital"},    {"contacts", "ana"},       {"saved-views", "view"},
        {"quotes", "q-m-rep"},       {"contracts", "contract"}, {"tasks", "task"},
        {"sales-orders", "so-m-rep"}};
    std::vector<std::string> searches{std::string()};
    if (kTerms.count(entity)) searches.push_back(kTerms.at(entity));  // the rest has no ?q=
    for (const std::string& q : searches) {
      std::set<std::int64_t> expected;
      for (const auto& [id, o] : ledger_[entity]) {
        std::string text = o.text;
        for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (Visible(entity, role, o.owner) && text.find(q) != std::string::npos)
          expected.insert(id);
      }
      const std::string base = "/api/v1/" + entity + "?" + (q.empty() ? "" : "q=" + q + "&");
      HttpResult r = Call(user, "GET", base + "limit=500");
      std::set<std::int64_t> got;
      if (r.status == 200) {
        const boost::json::value r_json = r.Json();
        for (const auto& item : r_json.at("items").as_array()) got.insert(IntAt(item, "id"));
      }
      ++cells_;
      if (got != expected ||
          IntAt(r.Json(), "total") != static_cast<std::int64_t>(expected.size())) {
        std::string ids;
        for (auto id : got) ids += std::to_string(id) + " ";
        std::string want;
        for (auto id : expected) want += std::to_string(id) + " ";
        mismatches_.push_back(cell + " q='" + q + "': ids {" + ids + "} total " +
                              std::to_string(IntAt(r.Json(), "total")) + ", expected {" + want +
                              "}");
      }
      HttpResult count = Call(user, "GET", base + "limit=1");
      ++cells_;
      if (IntAt(count.Json(), "total") != static_cast<std::int64_t>(expected.size())) {
        mismatches_.push_back(cell + " q='" + q + "' limit=1: total " +
                              std::to_string(IntAt(count.Json(), "total")) + ", expected " +
                              std::to_string(expected.size()));
      }
    }
  }

  void Track(const std::string& entity, const std::string& owner, const HttpResult& r) {
    if (!Owned(entity) || r.status != 201) return;
    const json::value v = r.Json();
    ledger_[entity][IntAt(v, "id")] = {owner, SearchText(entity, v)};
  }
  // What ?q= matches of a record body.
  static std::string SearchText(const std::string& entity, const json::value& v) {
    if (entity == "contacts") return StringAt(v, "first_name") + " " + StringAt(v, "last_name");
    if (entity == "contracts" || entity == "tasks") return StringAt(v, "title");
    return StringAt(v, "name");
  }

  void RunCell(const Row& row, const Actor& actor);
  // An Op::kModule row: the probes its module writes out for the role.
  void RunModuleCell(const Row& row, const Actor& actor, const std::string& cell) {
    const std::string role = actor.role, user = actor.user;
    const Lookup id = [this](const std::string& key) -> std::int64_t {
      if (key.starts_with("user:")) return UserId(key.substr(5));
      if (desk_.count(key)) return desk_.at(key);  // a module's seeded record, e.g. "pipelines"
      return Seeded(key);
    };
    int probes = 0;
    for (const auto& m : ModuleMatrices()) {
      if (!m.probes) continue;
      for (const Probe& p : m.probes(row, role == "anonymous" ? "rep" : role, id)) {
        ++probes;
        Check(cell + " " + p.label, user.empty() && !p.without_session ? 401 : p.expected,
              Call(user, row.method, p.path, p.body));
      }
    }
    if (probes == 0) mismatches_.push_back(cell + ": no module writes probes for this row");
  }
  void RunDeskCell(const Row& row, const Actor& actor, const std::string& cell, int read_status,
                   int write_denied);

  std::map<std::string, std::map<std::int64_t, LedgerEntry>> ledger_;
  std::map<std::string, std::int64_t> throwaways_;
  std::map<std::string, std::int64_t> desk_;  // "quotes:rep_a", "price-lists", ...
  std::vector<std::string> mismatches_;
  int cells_ = 0;
  int counter_ = 0;
};

void AccessMatrixTest::RunCell(const Row& row, const Actor& actor) {
  const std::string role = actor.role, user = actor.user, entity = row.entity;
  const bool anon = user.empty();
  const std::string cell = std::string(row.method) + " " + row.pattern + " as " + role;
  const std::string base = entity.empty() ? "" : "/api/v1/" + entity;
  const Policy p = entity.empty() || anon ? N : PolicyOf(entity, role);
  const int read_status = anon ? 401 : p.read == Read::kNone ? 403 : 200;
  const int write_denied = anon ? 401 : !p.write ? 403 : 0;  // 0 = allowed so far
  switch (row.op) {
    case Op::kPublic:
      return Check(cell, 200, Call(user, row.method, row.pattern));
    case Op::kLogin:
      return Check(cell, 422, Call(user, "POST", row.pattern, "{}"));
    case Op::kMe:
      return Check(cell, anon ? 401 : 200, Call(user, "GET", row.pattern));
    case Op::kToken:
      return Check(cell, anon ? 401 : 201, Call(user, "POST", row.pattern, R"({"label":"m"})"));
    case Op::kLogout: {
      Headers h;
      if (!anon) h.emplace_back("Authorization", "Bearer " + NewToken(user));
      return Check(cell, anon ? 401 : 204, client().Send("POST", row.pattern, {}, h));
    }
    case Op::kPassword:
    case Op::kPasswordReset:
      // A short new password: 422 where the action is allowed, so no cell changes anything.
      for (const std::string& target : {anon ? "rep_a" : user, std::string("rep_b")}) {
        const bool own = target == user;
        const bool allowed = row.op == Op::kPassword ? own : !own && role == "admin";
        const std::string path =
            std::string(row.pattern)
                .replace(std::string(row.pattern).find("{id}"), 4, std::to_string(UserId(target)));
        Check(cell + (own ? " (own)" : " (someone else)"),
              anon      ? 401
              : allowed ? 422
                        : 403,
              Call(user, row.method, path,
                   row.op == Op::kPassword ? R"({"current_password":"x","password":"short"})"
                                           : R"({"password":"short"})"));
      }
      return;
    case Op::kList: {
      HttpResult r = Call(user, "GET", base + "?limit=500");
      Check(cell, read_status, r);
      if (r.status != 200 || read_status != 200) return;
      if (Owned(entity)) return CheckList(cell, entity, role, user);
      const auto total = IntAt(r.Json(), "total");
      if (total < 1 || total != static_cast<std::int64_t>(r.Json().at("items").as_array().size())) {
        mismatches_.push_back(cell + ": total " + std::to_string(total) + " vs items");
      }
      return;
    }
    case Op::kAggregate: {
      HttpResult r = Call(user, "GET", base + "/aggregate");
      Check(cell, read_status, r);
      if (r.status != 200 || read_status != 200) return;
      // Owned entities: the visible records of the ledger; the others: what the list counts.
      std::int64_t expected = 0;
      if (Owned(entity)) {
        for (const auto& [id, o] : ledger_[entity]) expected += Visible(entity, role, o.owner);
      } else {
        expected = IntAt(Call(user, "GET", base + "?limit=1").Json(), "total");
      }
      const json::value v = r.Json();
      ++cells_;
      if (IntAt(v, "total_count") != expected || IntAt(v.at("groups").at(0), "count") != expected) {
        mismatches_.push_back(cell + ": " + r.body + ", expected a count of " +
                              std::to_string(expected));
      }
      return;
    }
    case Op::kExport: {
      HttpResult r = Call(user, "GET", base + "/export?format=csv");
      Check(cell, read_status, r);
      if (r.status != 200 || read_status != 200) return;
      return CheckExport(cell, entity, role, user, r.body);
    }
    case Op::kSimulate:
    case Op::kQuoteCreate:
    case Op::kQuotePreview:
    case Op::kQuoteRead:
    case Op::kQuoteAction:
    case Op::kApprovalDecision:
    case Op::kOrderAction:
    case Op::kOrderIntake:
    case Op::kNotificationRead:
    case Op::kContractSign:
    case Op::kAbout:
      return RunDeskCell(row, actor, cell, read_status, write_denied);
    case Op::kModule:
      return RunModuleCell(row, actor, cell);
    default:
      break;
  }
  const bool has_id = std::string(row.pattern).find("{id}") != std::string::npos;
  if (!Owned(entity)) {
    const std::string path = has_id ? base + "/" + std::to_string(SharedId(entity)) : base;
    switch (row.op) {
      case Op::kGet:
        return Check(cell, read_status, Call(user, "GET", path));
      case Op::kCreate: {
        const std::string body = json::serialize(CreateBody(entity, ""));
        return Check(cell, write_denied ? write_denied : 201, Call(user, "POST", path, body));
      }
      case Op::kUpdate:
        return Check(cell, write_denied ? write_denied : 200,
                     Call(user, "PATCH", path, PatchBody(entity),
                          {{"If-Match", ETagOf(entity, SharedId(entity))}}));
      case Op::kDelete: {
        const std::int64_t id = Throwaway(entity, "");
        HttpResult r = Call(user, "DELETE", base + "/" + std::to_string(id), {},
                            {{"If-Match", ETagOf(entity, id)}});
        if (r.status == 204) throwaways_.erase(entity + "|");
        return Check(cell, write_denied ? write_denied : 204, r);
      }
      default:
        ADD_FAILURE() << "unhandled op for " << cell;
        return;
    }
  }
  for (const auto& target : TargetsOf(role, entity)) {
    // Personal records are created for oneself: the body names no owner.
    if (row.op == Op::kCreate && entity == "saved-views" && target.owner != UserOf(role) && !anon) {
      continue;
    }
    const std::string owner = target.owner;
    const std::string c = cell + " on " + target.label + " (" + owner + ")";
    const bool visible = !anon && Visible(entity, role, owner);
    switch (row.op) {
      case Op::kGet:
        Check(c,
              read_status != 200 ? read_status
              : visible          ? 200
                                 : 404,
              Call(user, "GET", base + "/" + std::to_string(OwnedId(entity, owner))));
        break;
      case Op::kCreate: {
        HttpResult r = Call(user, "POST", base, json::serialize(CreateBody(entity, owner)));
        Track(entity, owner, r);
        const bool for_other = SelfCreated(entity) && owner != UserOf(role);
        Check(c, write_denied ? write_denied : visible && !for_other ? 201 : 422, r);
        break;
      }
      case Op::kUpdate: {
        const std::int64_t id = OwnedId(entity, owner);
        Check(c,
              write_denied ? write_denied
              : visible    ? 200
                           : 404,
              Call(user, "PATCH", base + "/" + std::to_string(id), PatchBody(entity),
                   {{"If-Match", ETagOf(entity, id)}}));
        break;
      }
      case Op::kDelete: {
        const std::int64_t id = Throwaway(entity, owner);
        HttpResult r = Call(user, "DELETE", base + "/" + std::to_string(id), {},
                            {{"If-Match", ETagOf(entity, id)}});
        if (r.status == 204) {
          throwaways_.erase(entity + "|" + owner);
          ledger_[entity].erase(id);
        }
        Check(c, write_denied ? write_denied : visible ? 204 : 404, r);
        break;
      }
      default:
        ADD_FAILURE() << "unhandled op for " << c;
    }
  }
}

// The desk's actions, per target owner: who may act, on whose records. A permitted caller meets
// a state that refuses the action (409), so the cells leave the seeded data as it was; a quote
// made by kQuoteCreate joins the ledger so later list cells expect it.
void AccessMatrixTest::RunDeskCell(const Row& row, const Actor& actor, const std::string& cell,
                                   int read_status, int write_denied) {
  const std::string role = actor.role, user = actor.user, entity = row.entity;
  const bool anon = user.empty();
  for (const auto& target : TargetsOf(role, entity)) {
    const std::string owner = target.owner;
    const std::string c = cell + " on " + target.label + " (" + owner + ")";
    const bool visible = !anon && Visible(entity, role, owner);
    std::string path = row.pattern;
    if (const auto at = path.find("{id}"); at != std::string::npos) {
      path.replace(at, 4, std::to_string(OwnedId(entity, owner)));
    }
    const json::object line{{"product_id", product_id()}, {"quantity", "1"}};
    switch (row.op) {
      case Op::kSimulate: {
        const json::object body{{"account_id", AccountOf(owner).id},
                                {"product_id", product_id()},
                                {"quantity", "1"},
                                {"price_list_id", desk_["price-lists"]}};
        Check(c,
              write_denied ? write_denied
              : visible    ? 200
                           : 422,
              Call(user, "POST", path, json::serialize(body)));
        break;
      }
      case Op::kQuoteCreate: {
        const json::object body{{"account_id", AccountOf(owner).id},
                                {"price_list_id", desk_["price-lists"]},
                                {"lines", json::array{line}}};
        HttpResult r = Call(user, "POST", path, json::serialize(body));
        if (r.status == 201) {
          const json::value doc = r.Json();
          ledger_["quotes"][IntAt(doc.at("quote"), "id")] = {user,
                                                             StringAt(doc.at("quote"), "number")};
          ledger_["quote-lines"][IntAt(doc.at("lines").at(0), "id")] = {user, ""};
        }
        const bool for_other = SelfCreated(entity) && owner != UserOf(role);
        Check(c, write_denied ? write_denied : visible && !for_other ? 201 : 422, r);
        break;
      }
      case Op::kQuotePreview: {
        const json::object body{{"account_id", AccountOf(owner).id},
                                {"price_list_id", desk_["price-lists"]},
                                {"lines", json::array{line}}};
        Check(c,
              write_denied ? write_denied
              : visible    ? 200
                           : 422,
              Call(user, "POST", path, json::serialize(body)));
        break;
      }
      case Op::kQuoteRead:
        Check(c, read_status != 200 ? read_status : visible ? 200 : 404, Call(user, "GET", path));
        break;
      case Op::kAbout:
        Check(c,
              read_status != 200 ? read_status
              : visible          ? 200
                                 : 404,
              Call(user, "GET",
                   path + "?entity=" + entity + "&id=" + std::to_string(OwnedId(entity, owner))));
        break;
      case Op::kQuoteAction:
      case Op::kApprovalDecision:
      case Op::kOrderAction: {
        std::string body = R"({"comment":"matrix"})";
        Headers headers;
        if (std::string(row.method) == "PUT") {
          body = json::serialize(json::object{{"lines", json::array{line}}});
          headers = {{"If-Match", ETagOf(entity, OwnedId(entity, owner))}};
        } else if (row.op == Op::kOrderAction) {
          body.clear();
        } else {
          if (std::string(row.pattern).ends_with("/reprice")) body.clear();  // the whole quote
          // Workflow actions act on the version of the quote the caller saw.
          headers = {{"If-Match", ETagOf("quotes", QuoteIdOf(entity, OwnedId(entity, owner)))}};
        }
        Check(c,
              write_denied ? write_denied
              : visible    ? 409
                           : 404,
              Call(user, row.method, path, body, headers));
        break;
      }
      case Op::kOrderIntake: {
        // A product the list does not price: a permitted caller gets as far as pricing (422 on
        // the line), so nothing is stored; an account it does not see stops earlier, answered as
        // a missing one (422 on account_id).
        const json::object body{
            {"account_id", AccountOf(owner).id},
            {"price_list_id", desk_["price-lists"]},
            {"lines", json::array{json::object{{"product_id", 987654}, {"quantity", "1"}}}}};
        HttpResult r = Call(user, "POST", path, json::serialize(body));
        Check(c, write_denied ? write_denied : 422, r);
        const char* field = visible ? "lines[0].product_id" : "account_id";
        if (!write_denied && r.status == 422 && StringAt(r.Json(), "field") != field) {
          mismatches_.push_back(c + ": expected the problem on " + field + ", got " + r.body);
        }
        break;
      }
      case Op::kNotificationRead:
        Check(c, anon ? 401 : visible ? 200 : 404, Call(user, "POST", path));
        break;
      case Op::kContractSign:
        Check(c,
              write_denied ? write_denied
              : visible    ? 409
                           : 404,
              Call(user, "POST", path, {}, {{"If-Match", ETagOf(entity, OwnedId(entity, owner))}}));
        break;
      default:
        ADD_FAILURE() << "unhandled op for " << c;
    }
  }
}

TEST_P(AccessMatrixTest, EveryRouteRoleAndOwnershipCellIsAsThePolicySays) {
  std::set<std::string> routed;
  for (const auto& route : api().routes()) {
    const std::string key = route.method + " " + route.pattern;
    routed.insert(key);
    const Row* row = nullptr;
    for (const auto& r : AllRows()) {
      if (key == std::string(r.method) + " " + r.pattern) row = &r;
    }
    if (row == nullptr) {
      ADD_FAILURE() << "route " << key << " has no row in access_matrix_table.h (or its module's "
                    << "tests/<module>/api/<module>_matrix.cpp): decide who may call it and add "
                    << "the row";
      continue;
    }
    for (const auto& actor : kActors) RunCell(*row, actor);
  }
  for (const auto& r : AllRows()) {
    EXPECT_TRUE(routed.count(std::string(r.method) + " " + r.pattern))
        << "the matrix has a row for " << r.method << " " << r.pattern << ", which is no route";
  }
  for (const auto& m : mismatches_) ADD_FAILURE() << m;
  EXPECT_GT(cells_, 500) << "the matrix checked too few cells";
  std::printf("access matrix: %d cells, %zu mismatches\n", cells_, mismatches_.size());
}

// References per role and target owner (kReferences): a record the author can see is accepted;
// one they cannot see gets exactly the answer a missing id gets.
TEST_P(AccessMatrixTest, ReferencesGoThroughTheAccessLayerWithOneAnswerForHiddenAndMissing) {
  auto body_of = [&](const ReferenceRow& ref, std::int64_t id) {
    const std::string n = Unique();
    json::object body;
    const std::string entity = ref.entity;
    if (entity == "contacts") body = {{"first_name", "R"}, {"last_name", n}};
    if (entity == "contracts" || entity == "tasks") body = {{"title", "Ref " + n}};
    if (entity == "pricing-rules") {
      body = {{"name", "Ref " + n},
              {"scope", "all"},
              {"action", "percent_discount"},
              {"bands", json::array{{{"min_quantity", "0"}, {"percent", "1"}}}}};
    }
    body[ref.field] = id;
    if (*ref.kind_field) body[ref.kind_field] = ref.target;
    return json::serialize(body);
  };
  // The answer with the id taken out: identical for hidden and missing.
  auto answer = [](const HttpResult& r, std::int64_t id) {
    std::string body = r.body;
    // The id the caller sent comes back in the words and in the message's params.
    for (const std::string& digits :
         {" " + std::to_string(id) + " ", "\"id\":\"" + std::to_string(id) + "\""}) {
      const std::string hidden = digits[0] == ' ' ? " # " : "\"id\":\"#\"";
      for (auto at = body.find(digits); at != std::string::npos; at = body.find(digits, at)) {
        body.replace(at, digits.size(), hidden);
      }
    }
    return std::to_string(r.status) + " " + body;
  };
  int cells = 0;
  for (const auto& ref : kReferences) {
    const std::string base = std::string("/api/v1/") + ref.entity;
    for (const auto& actor : kActors) {
      const std::string role = actor.role, user = actor.user;
      if (user.empty() || !PolicyOf(ref.entity, role).write) continue;
      const std::string cell =
          "POST " + base + " " + ref.field + " -> " + ref.target + " as " + role;
      const std::int64_t none = 987654;
      HttpResult missing = Call(user, "POST", base, body_of(ref, none));
      EXPECT_EQ(missing.status, 422) << cell << " (missing): " << missing.Describe();
      EXPECT_EQ(StringAt(missing.Json(), "field"), ref.field) << cell << ": " << missing.body;
      for (const auto& target : TargetsOf(role, ref.target)) {
        const std::int64_t id = OwnedId(ref.target, target.owner);
        HttpResult r = Call(user, "POST", base, body_of(ref, id));
        ++cells;
        if (Visible(ref.target, role, target.owner)) {
          EXPECT_EQ(r.status, 201) << cell << " on " << target.label << ": " << r.Describe();
        } else {
          EXPECT_EQ(answer(r, id), answer(missing, none)) << cell << " on " << target.label;
        }
      }
    }
  }
  EXPECT_GT(cells, 40);
}

// Whose record an audit row describes: "" for shared records, nullopt when the record is gone.
std::optional<std::string> AuditOwner(http::Api& api, const std::string& entity, std::int64_t id);

Read AuditRead(const std::string& entity, const std::string& role) {
  for (const auto& p : AllAuditPolicies()) {
    if (entity != p.entity) continue;
    if (role == "rep") return p.rep;
    if (role == "manager") return p.manager;
    if (role == "senior_manager") return p.senior_manager;
    if (role == "director") return p.director;
    if (role == "finance") return p.finance;
    if (role == "admin") return p.admin;
    if (role == "logistics") return p.logistics;
  }
  ADD_FAILURE() << "no audit policy for " << entity << " / " << role;
  return Read::kNone;
}

// The audit trail per role (issue 9): the rows a role lists, counts, filters and fetches are
// exactly those about records it may read (kAuditPolicies), and reps never see cost in them.
TEST_P(AccessMatrixTest, AuditTrailFollowsTheRecordsItDescribes) {
  using V = app::FieldValue;
  const app::Caller sys = app::Caller::System();
  // Rows of every kind: a settings change, a deleted contact, a quote line with cost.
  auto settings = api().records().Get(sys, app::SettingsSpec(), 1);
  ASSERT_TRUE(settings.ok());
  ASSERT_TRUE(api()
                  .records()
                  .Update(sys, app::SettingsSpec(), 1, {{"phone", std::string("+34 600")}},
                          app::RecordVersion(*settings))
                  .ok());
  const std::int64_t gone = SysCreate(
      "contacts", {{"account_id", AccountOf("rep_a").id}, {"first_name", "G"}, {"last_name", "G"}});
  ASSERT_TRUE(api().records().Delete(sys, Spec("contacts"), gone, 1).ok());
  Put("quote-lines", {{"quote_id", desk_["quotes:rep_a"]},
                      {"position", V{std::int64_t{2}}},
                      {"line_key", std::string("L2")},
                      {"product_id", product_id()},
                      {"quantity", V{std::int64_t{1000}}},
                      {"unit", std::string("pc")},
                      {"unit_price", V{std::int64_t{20'000'000}}},
                      {"engine_unit_price", V{std::int64_t{20'000'000}}},
                      {"unit_cost", V{std::int64_t{7'000'000}}},
                      {"margin_pct", V{std::int64_t{650'000}}},
                      {"net", app::MoneyValue{2000, "EUR"}}});

  app::ListQuery all;
  all.limit = 100000;
  auto rows = api().records().List(sys, Spec("audit-events"), all);
  ASSERT_TRUE(rows.ok());
  std::map<std::int64_t, std::pair<std::string, std::optional<std::string>>> described;
  for (const auto& row : rows->items) {
    const std::string entity = std::get<std::string>(row.at("entity"));
    described[app::RecordId(row)] = {
        entity, AuditOwner(api(), entity, std::get<std::int64_t>(row.at("entity_id")))};
  }
  std::set<std::string> kinds;
  for (const auto& [id, d] : described) kinds.insert(d.first);
  for (const auto& p : AllAuditPolicies())
    EXPECT_TRUE(kinds.count(p.entity)) << "no rows of " << p.entity;

  auto visible = [&](const std::string& role, const std::string& entity,
                     const std::optional<std::string>& owner) {
    const Read read = AuditRead(entity, role);
    if (!owner) return read == Read::kAll;
    if (read == Read::kAll || read == Read::kNone) return read == Read::kAll;
    if (read == Read::kPersonal) return *owner == UserOf(role);
    return kScopedOwners.at(role).count(*owner) > 0;
  };
  for (const auto& actor : kActors) {
    const std::string role = actor.role, user = actor.user;
    if (user.empty()) continue;
    std::set<std::int64_t> expected;
    std::map<std::string, std::int64_t> per_entity;
    for (const auto& [id, d] : described) {
      if (!visible(role, d.first, d.second)) continue;
      expected.insert(id);
      ++per_entity[d.first];
    }
    // The whole list, page by page: the same rows, and a total that counts only them.
    std::set<std::int64_t> got;
    for (std::int64_t offset = 0;; offset += 200) {
      HttpResult r =
          Call(user, "GET", "/api/v1/audit-events?limit=200&offset=" + std::to_string(offset));
      ASSERT_EQ(r.status, 200) << role << ": " << r.Describe();
      const json::value page = r.Json();
      EXPECT_EQ(IntAt(page, "total"), static_cast<std::int64_t>(expected.size())) << role;
      for (const auto& item : page.at("items").as_array()) {
        got.insert(IntAt(item, "id"));
        if (role != "rep") continue;
        const app::EntitySpec* e = app::FindEntity(StringAt(item, "entity"));
        for (const char* side : {"before", "after"}) {
          const json::value& v = item.at(side);
          if (e == nullptr || !v.is_object()) continue;
          for (const auto& f : e->fields) {
            EXPECT_FALSE(f.cost_sensitive && v.as_object().contains(f.name))
                << "rep sees " << e->plural << "." << f.name << " in " << item;
          }
        }
      }
      if (page.at("items").as_array().size() < 200) break;
    }
    for (auto id : expected) {
      EXPECT_TRUE(got.count(id)) << role << " misses audit row " << id << " of "
                                 << described[id].first;
    }
    for (auto id : got) {
      EXPECT_TRUE(expected.count(id))
          << role << " sees audit row " << id << " of " << described[id].first << " owned by "
          << described[id].second.value_or("(deleted)");
    }
    // Filtered counts, and each row fetched alone: one of each entity and owner.
    for (const auto& p : AllAuditPolicies()) {
      HttpResult count =
          Call(user, "GET", std::string("/api/v1/audit-events?limit=1&entity=") + p.entity);
      EXPECT_EQ(IntAt(count.Json(), "total"), per_entity[p.entity]) << role << " " << p.entity;
    }
    std::set<std::pair<std::string, std::string>> fetched;
    for (const auto& [id, d] : described) {
      if (!fetched.insert({d.first, d.second.value_or("(deleted)")}).second) continue;
      HttpResult one = Call(user, "GET", "/api/v1/audit-events/" + std::to_string(id));
      EXPECT_EQ(one.status, visible(role, d.first, d.second) ? 200 : 404)
          << role << " GET audit row of " << d.first << " owned by "
          << d.second.value_or("(deleted)");
    }
  }
  // Cost stays in the trail for those who see it.
  HttpResult manager = Call("manager", "GET", "/api/v1/audit-events?entity=quote-lines&limit=500");
  EXPECT_NE(manager.body.find("\"unit_cost\":\"7\""), std::string::npos) << manager.body;
}

std::optional<std::string> AuditOwner(http::Api& api, const std::string& entity, std::int64_t id) {
  const app::Caller sys = app::Caller::System();
  const app::EntitySpec* e = entity == "settings" ? &app::SettingsSpec() : app::FindEntity(entity);
  if (e == nullptr) return std::nullopt;
  auto r = api.records().Get(sys, *e, id);
  if (!r.ok()) return std::nullopt;
  if (e->ownership == app::Ownership::kShared) return std::string();
  app::Record record = *r;
  if (e->ownership == app::Ownership::kViaParent) {
    auto parent =
        api.records().Get(sys, *app::FindEntity(e->parent_entity),
                          std::get<std::int64_t>(record.at(std::string(e->parent_field))));
    if (!parent.ok()) return std::nullopt;
    record = *parent;
  }
  const std::int64_t owner = std::get<std::int64_t>(record.at("owner_id"));
  auto users = api.records().Get(sys, *app::FindEntity("users"), owner);
  if (!users.ok()) return std::nullopt;
  return std::get<std::string>(users->at("email"))
      .substr(0, std::get<std::string>(users->at("email")).find('@'));
}

SD_INSTANTIATE_API_TEST(AccessMatrixTest);

}  // namespace
}  // namespace salesdesk::api_test
