// The platform's master-data entities. Access policy per role follows MISSION.md: reps see
// their own accounts, leaders their team's sub-tree, directors everything; admin manages
// settings and people but does not read customer data; finance and logistics read customers.
#include <algorithm>

#include "app/modules/app_module.h"
#include "app/records/catalog_fields.h"
#include "app/records/entity_spec.h"
#include "app/records/platform_record_rules.h"

namespace salesdesk::app {
namespace {

using namespace catalog;

std::vector<EntitySpec> BuildCatalog() {
  std::vector<EntitySpec> c;

  c.push_back({.plural = "users",
               .singular = "user",
               .title = "User",
               .fields =
                   {
                       Of(FieldSpec{.name = "email",
                                    .type = F::kEmail,
                                    .required = true,
                                    .filterable = true,
                                    .sortable = true},
                          "Sign-in e-mail, unique"),
                       Name(),
                       Enum("role",
                            {"admin", "director", "senior_manager", "manager", "rep", "finance",
                             "logistics"},
                            true),
                       Ref("team_id", "teams"),
                       Bool("active", true),
                       Enum("locale", {"en", "de", "es", "zh"}, false, std::string("en")),
                   },
               .search_fields = {"name", "email"},
               .unique_fields = {"email"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector}),
               .deletable = false,
               .hooks = {.validate = ValidateUser, .after_write = AfterUserWrite}});

  c.push_back(
      {.plural = "teams",
       .singular = "team",
       .title = "Team",
       .fields = {Name(), Of(Ref("parent_id", "teams"), "Parent team in the hierarchy"),
                  Of(Ref("leader_id", "users"), "Leader: sees the records of the whole sub-tree")},
       .search_fields = {"name"},
       .policies = ReadAllWrite({R::kAdmin, R::kDirector})});

  c.push_back({.plural = "territories",
               .singular = "territory",
               .title = "Territory",
               .fields = {Name(), Text("code", false, 32), Ref("parent_id", "territories")},
               .search_fields = {"name", "code"},
               .unique_fields = {"code"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector}),
               .cache_group = "pricing"});

  c.push_back({.plural = "customer-groups",
               .singular = "customer_group",
               .title = "Customer group",
               .fields = {Name(), Ref("parent_id", "customer-groups")},
               .search_fields = {"name"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector}),
               .cache_group = "pricing"});

  {
    FieldSpec terms{.name = "payment_terms_days",
                    .type = F::kInteger,
                    .filterable = true,
                    .sortable = true,
                    .min = 0,
                    .max = 365};
    terms.default_value = std::int64_t{30};
    FieldSpec credit{
        .name = "credit_limit", .type = F::kMoney, .filterable = false, .sortable = true, .min = 0};
    c.push_back(
        {.plural = "accounts",
         .singular = "account",
         .title = "Account",
         .fields =
             {
                 Enum("kind", {"company", "person"}, true),
                 Name(),
                 Text("legal_name"),
                 Text("tax_id", false, 40),
                 FieldSpec{
                     .name = "email", .type = F::kEmail, .filterable = true, .sortable = true},
                 Text("phone", false, 40),
                 Text("website"),
                 Text("address_line"),
                 Text("city", false, 100),
                 Text("postal_code", false, 20),
                 FieldSpec{.name = "country",
                           .type = F::kCountry,
                           .required = true,
                           .filterable = true,
                           .sortable = true},
                 FieldSpec{.name = "currency",
                           .type = F::kCurrency,
                           .required = true,
                           .filterable = true,
                           .sortable = true},
                 Ref("customer_group_id", "customer-groups"),
                 Ref("territory_id", "territories"),
                 terms,
                 Of(credit, "Credit limit in the account's currency; 0 or more"),
                 Enum("risk_profile", {"low", "medium", "high"}, false, std::string("medium")),
                 Of(Enum("sales_method", {"open_account", "letter_of_credit", "prepayment"}, false),
                    "Defaults from the risk profile: low -> open account, medium -> letter of "
                    "credit, "
                    "high -> prepayment"),
                 Bool("key_account", false),
                 Enum("lifecycle", {"prospect", "active", "at_risk", "lost"}, false,
                      std::string("prospect")),
                 Of(Ref("owner_id", "users"), "Owning salesperson; defaults to the caller"),
                 Text("notes", false, 4000),
                 Of(NeverNull(Enum("fiscal_position",
                                   {"auto", "domestic", "reverse_charge", "export", "exempt"},
                                   false, std::string("auto"))),
                    "Tax regime of the account's quotes; auto decides from country, kind and "
                    "VAT id (docs/tax.md)"),
                 Of(NeverNull(
                        Enum("invoice_basis", {"order", "delivery"}, false, std::string("order"))),
                    "order: an order may be invoiced as ordered; delivery: only its shipped "
                    "deliveries are invoiced (column from the deliveries module's migration 0031)"),
             },
         .ownership = Ownership::kOwned,
         .search_fields = {"name", "legal_name", "city", "tax_id"},
         .policies = CustomerDataPolicy(),
         .hooks = {.validate = ValidateAccount}});
  }

  c.push_back(
      {.plural = "contacts",
       .singular = "contact",
       .title = "Contact",
       .fields = {Ref("account_id", "accounts", true), Name("first_name"), Name("last_name"),
                  Text("job_title"),
                  FieldSpec{
                      .name = "email", .type = F::kEmail, .filterable = true, .sortable = true},
                  Text("phone", false, 40), Text("mobile", false, 40),
                  Enum("language", {"en", "de", "es", "zh", "fr", "it", "pt", "ja"}, false,
                       std::string("en")),
                  Bool("is_primary", false)},
       .ownership = Ownership::kViaParent,
       .parent_field = "account_id",
       .parent_entity = "accounts",
       .search_fields = {"first_name", "last_name", "email"},
       .policies = CustomerDataPolicy()});

  c.push_back({.plural = "product-categories",
               .singular = "product_category",
               .title = "Product category",
               .fields = {Name(), Ref("parent_id", "product-categories")},
               .search_fields = {"name"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector, R::kLogistics}),
               .cache_group = "pricing"});

  {
    FieldSpec sku = Text("sku", true, 64);
    FieldSpec cost{
        .name = "cost", .type = F::kMoney, .sortable = false, .cost_sensitive = true, .min = 0};
    FieldSpec hs = Text("hs_code", false, 10);
    hs.min_length = 6;
    hs.digits_only = true;
    FieldSpec weight{.name = "weight_kg",
                     .type = F::kDecimal,
                     .filterable = true,
                     .sortable = true,
                     .min = 0,
                     .scale = 3};
    FieldSpec volume{.name = "volume_m3",
                     .type = F::kDecimal,
                     .filterable = true,
                     .sortable = true,
                     .min = 0,
                     .scale = 6};
    c.push_back(
        {.plural = "products",
         .singular = "product",
         .title = "Product",
         .fields = {Of(sku, "Stock-keeping unit, unique"), Name(), Text("description", false, 4000),
                    Enum("unit", kUnits, false, std::string("pc")),
                    Of(Enum("sales_unit", kUnits, false),
                       "A unit packing several base units (a box), priced per base unit"),
                    Of(Int("sales_unit_factor", 2, 10000), "Base units in one sales unit"),
                    Ref("category_id", "product-categories"),
                    Of(cost, "Unit cost; hidden from reps"),
                    Of(hs, "Harmonized System code, 6 to 10 digits"), weight, volume,
                    Bool("active", true),
                    Of(NeverNull(Enum("tax_class",
                                      {"standard", "reduced", "super_reduced", "zero", "exempt"},
                                      false, std::string("standard"))),
                       "Which of the seller's VAT rates the product takes (docs/tax.md)")},
         .search_fields = {"sku", "name"},
         .unique_fields = {"sku"},
         .policies = ReadAllWrite({R::kAdmin, R::kDirector, R::kLogistics}),
         .cache_group = "pricing",
         .hooks = {.validate = ValidateProduct}});
  }

  {
    FieldSpec exponent{.name = "exponent",
                       .type = F::kInteger,
                       .read_only = true,
                       .sortable = true,
                       .description = "ISO 4217 minor-unit digits"};
    c.push_back({.plural = "currencies",
                 .singular = "currency",
                 .title = "Currency",
                 .fields = {FieldSpec{.name = "code",
                                      .type = F::kCurrency,
                                      .required = true,
                                      .filterable = true,
                                      .sortable = true},
                            Text("name", true), exponent, Bool("active", true)},
                 .search_fields = {"code", "name"},
                 .unique_fields = {"code"},
                 .policies = ReadAllWrite({R::kAdmin, R::kDirector, R::kFinance}),
                 .hooks = {.validate = ValidateCurrency}});
  }

  {
    FieldSpec rate{.name = "rate",
                   .type = F::kDecimal,
                   .required = true,
                   .min = 1,
                   .scale = 8,
                   .description = "Units of to_currency for one unit of from_currency"};
    c.push_back({.plural = "exchange-rates",
                 .singular = "exchange_rate",
                 .title = "Exchange rate",
                 .fields = {FieldSpec{.name = "from_currency",
                                      .type = F::kCurrency,
                                      .required = true,
                                      .filterable = true,
                                      .sortable = true},
                            FieldSpec{.name = "to_currency",
                                      .type = F::kCurrency,
                                      .required = true,
                                      .filterable = true,
                                      .sortable = true},
                            rate,
                            FieldSpec{.name = "valid_on",
                                      .type = F::kDate,
                                      .required = true,
                                      .filterable = true,
                                      .sortable = true}},
                 .policies = ReadAllWrite({R::kAdmin, R::kDirector, R::kFinance}),
                 .cache_group = "pricing",
                 .hooks = {.validate = ValidateExchangeRate}});
  }

  {
    FieldSpec discount{.name = "max_discount_pct",
                       .type = F::kDecimal,
                       .required = true,
                       .min = 0,
                       .max = 10000,
                       .scale = 2};
    FieldSpec margin{.name = "min_margin_pct",
                     .type = F::kDecimal,
                     .required = true,
                     .min = -10000,
                     .max = 10000,
                     .scale = 2};
    FieldSpec terms{.name = "max_payment_term_days",
                    .type = F::kInteger,
                    .required = true,
                    .min = 0,
                    .max = 365};
    FieldSpec value{.name = "max_contract_value", .type = F::kMoney, .required = true, .min = 0};
    c.push_back({.plural = "authority-rules",
                 .singular = "authority_rule",
                 .title = "Authority rule",
                 .fields = {Enum("role",
                                 {"admin", "director", "senior_manager", "manager", "rep",
                                  "finance", "logistics"},
                                 true),
                            Of(discount, "Largest discount the role may grant alone, in percent"),
                            Of(margin, "Lowest margin the role may accept alone, in percent"),
                            terms, Of(value, "Largest contract the role may sign alone"),
                            Of(Bool("may_override_tax", false),
                               "May charge a tax rate other than a line's default")},
                 .unique_fields = {"role"},
                 .policies = ReadAllWrite({R::kAdmin, R::kDirector})});
  }

  {
    // A person's saved list views: the list's query string and chosen columns.
    FieldSpec owner = Ref("owner_id", "users");
    owner.read_only = true;
    std::vector<RolePolicy> everyone;
    for (Role r : kAllRoles) everyone.push_back({r, ReadAccess::kScoped, true});
    c.push_back(
        {.plural = "saved-views",
         .singular = "saved_view",
         .title = "Saved view",
         .fields = {Text("name", true, 80),
                    Of(Text("list", true, 64), "Which list the view is for, e.g. accounts"),
                    Of(Text("query", false, 2000), "The list's query string: filters, sort, q"),
                    Of(Text("columns", false, 1000), "Comma-separated visible columns"), owner},
         .ownership = Ownership::kPersonal,
         .search_fields = {"name"},
         .policies = everyone});
  }

  {
    FieldSpec at{.name = "at",
                 .type = F::kTimestamp,
                 .read_only = true,
                 .filterable = true,
                 .sortable = true};
    FieldSpec actor = Ref("actor_id", "users");
    actor.read_only = true;
    FieldSpec entity = Text("entity", false, 64);
    entity.read_only = true;
    FieldSpec entity_id{.name = "entity_id",
                        .type = F::kInteger,
                        .read_only = true,
                        .filterable = true,
                        .sortable = true};
    FieldSpec action = Enum("action", {"create", "update", "delete"}, false);
    action.read_only = true;
    FieldSpec before{.name = "before", .type = F::kJson, .read_only = true};
    FieldSpec after{.name = "after", .type = F::kJson, .read_only = true};
    // The record before and after, as stored: answered with its own entity's field rules.
    before.embeds = after.embeds = {{.entity_from = "entity"}};
    // Everyone reads the trail of the records they may read (admins: of their own domain only),
    // through the access layer (Ownership::kDescribed).
    std::vector<RolePolicy> readers;
    for (Role r : kAllRoles) readers.push_back({r, ReadAccess::kScoped, false});
    c.push_back({.plural = "audit-events",
                 .singular = "audit_event",
                 .title = "Audit event",
                 .fields = {at, actor, entity, entity_id, action, before, after},
                 .ownership = Ownership::kDescribed,
                 .policies = readers,
                 .deletable = false,
                 .audited = false});
  }
  // Then each installed module's, in dependency order (app/modules/app_module.h).
  for (const AppModule* m : InstalledModules()) {
    if (m->add_entities != nullptr) m->add_entities(c);
  }
  return c;
}

}  // namespace

std::span<const EntitySpec> AllEntities() {
  static const std::vector<EntitySpec> kCatalog = BuildCatalog();
  return kCatalog;
}

const EntitySpec* FindEntity(std::string_view plural) {
  for (const auto& e : AllEntities()) {
    if (e.plural == plural) return &e;
  }
  return nullptr;
}

const EntitySpec& SettingsSpec() {
  static const EntitySpec kSettings = [] {
    FieldSpec month{.name = "fiscal_year_start_month",
                    .type = F::kInteger,
                    .required = true,
                    .min = 1,
                    .max = 12,
                    .description = "Month the fiscal year starts, 1-12"};
    FieldSpec tz = Text("time_zone", true, 64);
    tz.description = "IANA time zone, e.g. Europe/Madrid";
    return EntitySpec{
        .plural = "settings",
        .singular = "settings",
        .title = "Organisation settings",
        .fields = {Text("name", true),
                   FieldSpec{.name = "base_currency", .type = F::kCurrency, .required = true}, tz,
                   month, Of(Text("address", false, 400), "Postal address, printed on quotes"),
                   Text("tax_id", false, 40), FieldSpec{.name = "email", .type = F::kEmail},
                   Text("phone", false, 40),
                   FieldSpec{.name = "country",
                             .type = F::kCountry,
                             .description = "The company's country: whose VAT rates quote lines "
                                            "default to (docs/tax.md)"}},
        .policies = ReadAllWrite({R::kAdmin}),
        .deletable = false,
        .cache_group = "pricing",
        .hooks = {.validate = ValidateSettings}};
  }();
  return kSettings;
}

const FieldSpec* EntitySpec::Field(std::string_view name) const {
  for (const auto& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::optional<RolePolicy> EntitySpec::PolicyFor(Role role) const {
  for (const auto& p : policies) {
    if (p.role == role) return p;
  }
  return std::nullopt;
}

}  // namespace salesdesk::app
