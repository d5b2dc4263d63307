// The hand-written access policy the matrix test holds the API to (G5). Written out from
// MISSION.md and the issue, NOT derived from the product's access code: when the two disagree,
// one of them is wrong and a person must decide which.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace salesdesk::api_test::matrix {

// Roles of the matrix, and the seeded user acting for each ("" = no credentials).
struct Actor {
  const char* role;
  const char* user;
};
inline const Actor kActors[] = {{"anonymous", ""},        {"rep", "rep_a"},
                                {"manager", "manager"},   {"senior_manager", "senior"},
                                {"director", "director"}, {"finance", "finance"},
                                {"admin", "admin"},       {"logistics", "logistics"}};

enum class Read { kNone, kScoped, kAll, kPersonal, kDescribed };
struct Policy {
  Read read;
  bool write;
};
inline constexpr Policy N{Read::kNone, false};     // nothing
inline constexpr Policy R{Read::kAll, false};      // read everything, change nothing
inline constexpr Policy RW{Read::kAll, true};      // read and change everything
inline constexpr Policy S{Read::kScoped, true};    // own / team records, and change those
inline constexpr Policy P{Read::kPersonal, true};  // only one's own records, whatever the role

// Rows about other records (the audit trail): whose, per described entity, in kAuditPolicies.
inline constexpr Policy D{Read::kDescribed, false};

// Per entity, in the order: rep, manager, senior_manager, director, finance, admin, logistics.
struct EntityPolicy {
  const char* entity;
  Policy rep, manager, senior_manager, director, finance, admin, logistics;
};
// clang-format off
inline const EntityPolicy kPolicies[] = {
    //                     rep manager senior director finance admin logistics
    {"users",              R,  R,      R,     RW,      R,      RW,   R},
    {"teams",              R,  R,      R,     RW,      R,      RW,   R},
    {"territories",        R,  R,      R,     RW,      R,      RW,   R},
    {"customer-groups",    R,  R,      R,     RW,      R,      RW,   R},
    {"accounts",           S,  S,      S,     RW,      R,      N,    R},
    {"contacts",           S,  S,      S,     RW,      R,      N,    R},
    {"product-categories", R,  R,      R,     RW,      R,      RW,   RW},
    {"products",           R,  R,      R,     RW,      R,      RW,   RW},
    {"currencies",         R,  R,      R,     RW,      RW,     RW,   R},
    {"exchange-rates",     R,  R,      R,     RW,      RW,     RW,   R},
    {"authority-rules",    R,  R,      R,     RW,      R,      RW,   R},
    {"audit-events",       D,  D,      D,     D,       D,      D,    D},
    {"settings",           R,  R,      R,     R,       R,      RW,   R},
    {"saved-views",        P,  P,      P,     P,       P,      P,    P},
    // The negotiation desk: pricing is set by directors and senior managers and read by all;
    // quotes and what hangs off them, contracts, tasks and orders are customer data.
    {"price-lists",        R,  R,      RW,    RW,      R,      R,    R},
    {"price-list-items",   R,  R,      RW,    RW,      R,      R,    R},
    {"pricing-rules",      R,  R,      RW,    RW,      R,      R,    R},
    {"pricing-versions",   R,  R,      R,     R,       R,      R,    R},  // read-only history
    {"quotes",             S,  S,      S,     RW,      R,      N,    R},
    {"quote-lines",        S,  S,      S,     RW,      R,      N,    R},
    {"quote-revisions",    S,  S,      S,     RW,      R,      N,    R},
    {"approval-requests",  S,  S,      S,     RW,      R,      N,    R},
    {"contracts",          S,  S,      S,     RW,      R,      N,    R},
    {"tasks",              S,  S,      S,     RW,      R,      N,    R},
    {"sales-orders",       S,  S,      S,     RW,      R,      N,    R},
    {"sales-order-lines",  S,  S,      S,     RW,      R,      N,    R},
    {"notifications",      P,  P,      P,     P,       P,      P,    P},
};
// clang-format on

// The audit trail follows the records it describes: per audited entity, whose rows each role
// reads — its read access to that entity, except the admin, who reads the trail of the admin's
// own domain (users, teams, authority matrix, settings) and never of business data (issue 9).
// Rows of a deleted record: only roles that read all of its entity. Cost and margin fields are
// absent from before/after for reps.
struct AuditPolicy {
  const char* entity;
  Read rep, manager, senior_manager, director, finance, admin, logistics;
};
inline constexpr Read kN = Read::kNone, kA = Read::kAll, kS = Read::kScoped, kP = Read::kPersonal;
// clang-format off
inline const AuditPolicy kAuditPolicies[] = {
    //                     rep manager senior director finance admin logistics
    {"settings",           kA, kA,     kA,    kA,      kA,     kA,   kA},
    {"users",              kA, kA,     kA,    kA,      kA,     kA,   kA},
    {"teams",              kA, kA,     kA,    kA,      kA,     kA,   kA},
    {"authority-rules",    kA, kA,     kA,    kA,      kA,     kA,   kA},
    {"territories",        kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"customer-groups",    kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"product-categories", kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"products",           kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"currencies",         kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"exchange-rates",     kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"saved-views",        kP, kP,     kP,    kP,      kP,     kP,   kP},
    {"accounts",           kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"contacts",           kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"price-lists",        kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"price-list-items",   kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"pricing-rules",      kA, kA,     kA,    kA,      kA,     kN,   kA},
    {"quotes",             kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"quote-lines",        kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"quote-revisions",    kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"approval-requests",  kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"contracts",          kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"tasks",              kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"sales-orders",       kS, kS,     kS,    kA,      kA,     kN,   kA},
    {"sales-order-lines",  kS, kS,     kS,    kA,      kA,     kN,   kA},
};
// clang-format on

// References (issue 9): a record may point only at records its author can see, checked through
// the access layer; an id the author cannot see and one that does not exist get one identical
// answer (422 naming the field), so references reveal nothing. Each row: the field of `entity`
// that points at the `target` record of each owner of kTargets, made by every role that may
// write `entity`; `kind` is what a field naming the target's entity must say (tasks).
struct ReferenceRow {
  const char* entity;
  const char* field;
  const char* target;
  const char* kind_field = "";
};
inline const ReferenceRow kReferences[] = {
    {"contacts", "account_id", "accounts"},
    {"contracts", "account_id", "accounts"},
    {"contracts", "quote_id", "quotes"},
    {"tasks", "related_id", "accounts", "related_entity"},
    {"tasks", "related_id", "quotes", "related_entity"},
    {"tasks", "related_id", "contracts", "related_entity"},
    {"pricing-rules", "account_id", "accounts"},
};

// Owners whose accounts (and their contacts) a scoped role sees. rep_a and rep_b are in
// Iberia (led by manager), Iberia is under Europe (led by senior, with manager as a member);
// rep_c is in Asia (led by manager2), under Sales.
inline const std::map<std::string, std::set<std::string>> kScopedOwners = {
    {"rep", {"rep_a"}},
    {"manager", {"manager", "rep_a", "rep_b"}},
    {"senior_manager", {"senior", "manager", "rep_a", "rep_b"}},
};

// Ownership cells of {id} routes on owned entities: whose record the actor aims at.
struct Target {
  const char* label;
  const char* owner;
};
inline const std::map<std::string, std::vector<Target>> kTargets = {
    {"rep", {{"own", "rep_a"}, {"same team", "rep_b"}, {"other team", "rep_c"}}},
    {"manager", {{"own", "manager"}, {"same team", "rep_a"}, {"other team", "rep_c"}}},
    {"senior_manager", {{"own", "senior"}, {"same team", "rep_b"}, {"other team", "rep_c"}}},
    {"director", {{"own", "director"}, {"same team", "senior"}, {"other team", "rep_c"}}},
};
// Roles that own nothing aim at records in two different teams.
inline const std::vector<Target> kNoOwnTargets = {{"Iberia", "rep_a"}, {"Asia", "rep_c"}};

// What a route is, for the matrix. Every route of api.routes() must have a row.
enum class Op {
  kList,
  kGet,
  kCreate,
  kUpdate,
  kDelete,  // record routes of `entity`
  kPublic,  // no credentials needed: 200 for everyone
  kLogin,   // public; an empty body is 422 for everyone
  kLogout,
  kMe,
  kToken,     // any signed-in user
  kPassword,  // own, with the current password: anyone; someone else's: nobody
  // An admin's reset of someone else's password: admin only; one's own: nobody.
  kPasswordReset,
  // The negotiation desk's actions, aimed at seeded records whose state refuses the action, so
  // a permitted caller gets 409 and the cell does not change what later cells see.
  kSimulate,          // price a line for an account: 200 if the account is visible, else 422
  kQuoteCreate,       // a quote for an account: 201 if visible, else 422
  kQuotePreview,      // the same body priced, nothing stored: 200 if visible, else 422
  kQuoteRead,         // the document and the PDF of a quote: like a get
  kQuoteAction,       // edit / submit / send / accept / reject / revise / convert: 409 or 404
  kApprovalDecision,  // approve / reject an already decided request: 409 or 404
  kOrderAction,       // confirm / cancel a cancelled order: 409 or 404
  kOrderIntake,       // an order for an account, of a product not on the list: 422 either way
  kNotificationRead,  // one's own: 200; someone else's: 404
  kContractSign,      // a draft naming no signer: 409 if visible and writable, else 403 / 404
  kAggregate,         // GET {entity}/aggregate: read like a list; counts exactly the listed rows
  kExport,            // GET {entity}/export: read like a list; holds exactly the listed rows
  // A module's own route: the requests each role makes and the answers it must get are written
  // out in the module's matrix file (ModuleMatrix::probes); anonymous callers get 401.
  kModule,
  // A read about one record of `entity` named by ?entity=<entity>&id=<id> (the activities
  // module's timeline): like a get of that record (403 for roles not reading it, 404 unseen).
  kAbout
};
struct Row {
  const char* method;
  const char* pattern;
  Op op;
  const char* entity = "";
};

// clang-format off
#define SD_CRUD(plural)                                                    \
  Row{"GET", "/api/v1/" plural, Op::kList, plural},                        \
  Row{"GET", "/api/v1/" plural "/{id}", Op::kGet, plural},                 \
  Row{"POST", "/api/v1/" plural, Op::kCreate, plural},                     \
  Row{"PATCH", "/api/v1/" plural "/{id}", Op::kUpdate, plural}
#define SD_DELETE(plural) Row{"DELETE", "/api/v1/" plural "/{id}", Op::kDelete, plural}
// clang-format on

inline const Row kRows[] = {
    {"GET", "/healthz", Op::kPublic},
    {"GET", "/api/v1/openapi.json", Op::kPublic},
    {"POST", "/api/v1/auth/login", Op::kLogin},
    {"POST", "/api/v1/auth/logout", Op::kLogout},
    {"GET", "/api/v1/auth/me", Op::kMe},
    {"POST", "/api/v1/auth/tokens", Op::kToken},
    {"PUT", "/api/v1/users/{id}/password", Op::kPassword},
    {"POST", "/api/v1/users/{id}/password-reset", Op::kPasswordReset},
    SD_CRUD("users"),  // users are deactivated, never deleted
    SD_CRUD("teams"),
    SD_DELETE("teams"),
    SD_CRUD("territories"),
    SD_DELETE("territories"),
    SD_CRUD("customer-groups"),
    SD_DELETE("customer-groups"),
    SD_CRUD("accounts"),
    SD_DELETE("accounts"),
    SD_CRUD("contacts"),
    SD_DELETE("contacts"),
    SD_CRUD("product-categories"),
    SD_DELETE("product-categories"),
    SD_CRUD("products"),
    SD_DELETE("products"),
    SD_CRUD("currencies"),
    SD_DELETE("currencies"),
    SD_CRUD("exchange-rates"),
    SD_DELETE("exchange-rates"),
    SD_CRUD("authority-rules"),
    SD_DELETE("authority-rules"),
    SD_CRUD("saved-views"),
    SD_DELETE("saved-views"),
    {"GET", "/api/v1/audit-events", Op::kList, "audit-events"},  // read-only
    {"GET", "/api/v1/audit-events/{id}", Op::kGet, "audit-events"},
    {"GET", "/api/v1/settings", Op::kGet, "settings"},  // one record, id 1
    {"PATCH", "/api/v1/settings", Op::kUpdate, "settings"},
#define SD_LIST_GET(plural)                               \
  Row{"GET", "/api/v1/" plural, Op::kList, plural}, Row { \
    "GET", "/api/v1/" plural "/{id}", Op::kGet, plural    \
  }
    SD_CRUD("price-lists"),
    SD_DELETE("price-lists"),
    SD_CRUD("price-list-items"),
    SD_DELETE("price-list-items"),
    SD_CRUD("pricing-rules"),
    SD_DELETE("pricing-rules"),
    SD_LIST_GET("pricing-versions"),
    SD_CRUD("contracts"),
    SD_DELETE("contracts"),
    SD_CRUD("tasks"),
    SD_DELETE("tasks"),
    SD_LIST_GET("quotes"),
    SD_LIST_GET("quote-lines"),
    SD_LIST_GET("quote-revisions"),
    SD_LIST_GET("approval-requests"),
    SD_LIST_GET("sales-orders"),
    SD_LIST_GET("sales-order-lines"),
    SD_LIST_GET("notifications"),
    {"POST", "/api/v1/pricing/simulate", Op::kSimulate, "quotes"},
    {"POST", "/api/v1/quotes", Op::kQuoteCreate, "quotes"},
    {"POST", "/api/v1/quotes/preview", Op::kQuotePreview, "quotes"},
    {"GET", "/api/v1/quotes/{id}/document", Op::kQuoteRead, "quotes"},
    {"GET", "/api/v1/quotes/{id}/pdf", Op::kQuoteRead, "quotes"},
    {"PUT", "/api/v1/quotes/{id}", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/submit", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/send", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/accept", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/reject", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/revise", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/convert", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/quotes/{id}/reprice", Op::kQuoteAction, "quotes"},
    {"POST", "/api/v1/approval-requests/{id}/approve", Op::kApprovalDecision, "approval-requests"},
    {"POST", "/api/v1/approval-requests/{id}/reject", Op::kApprovalDecision, "approval-requests"},
    {"POST", "/api/v1/sales-orders", Op::kOrderIntake, "sales-orders"},
    {"POST", "/api/v1/sales-orders/{id}/confirm", Op::kOrderAction, "sales-orders"},
    {"POST", "/api/v1/sales-orders/{id}/cancel", Op::kOrderAction, "sales-orders"},
    {"POST", "/api/v1/notifications/{id}/read", Op::kNotificationRead, "notifications"},
    {"POST", "/api/v1/contracts/{id}/sign", Op::kContractSign, "contracts"},
// Grouped reads (decision 0019): whoever lists an entity may aggregate it, over those rows.
#define SD_AGGREGATE(plural) \
  Row { "GET", "/api/v1/" plural "/aggregate", Op::kAggregate, plural }
    SD_AGGREGATE("users"),
    SD_AGGREGATE("teams"),
    SD_AGGREGATE("territories"),
    SD_AGGREGATE("customer-groups"),
    SD_AGGREGATE("accounts"),
    SD_AGGREGATE("contacts"),
    SD_AGGREGATE("product-categories"),
    SD_AGGREGATE("products"),
    SD_AGGREGATE("currencies"),
    SD_AGGREGATE("exchange-rates"),
    SD_AGGREGATE("authority-rules"),
    SD_AGGREGATE("saved-views"),
    SD_AGGREGATE("audit-events"),
    SD_AGGREGATE("price-lists"),
    SD_AGGREGATE("price-list-items"),
    SD_AGGREGATE("pricing-rules"),
    SD_AGGREGATE("pricing-versions"),
    SD_AGGREGATE("quotes"),
    SD_AGGREGATE("quote-lines"),
    SD_AGGREGATE("quote-revisions"),
    SD_AGGREGATE("approval-requests"),
    SD_AGGREGATE("contracts"),
    SD_AGGREGATE("tasks"),
    SD_AGGREGATE("sales-orders"),
    SD_AGGREGATE("sales-order-lines"),
    SD_AGGREGATE("notifications"),
#undef SD_AGGREGATE
// Exports (docs/import-export.md): whoever lists an entity may export it, those rows only.
#define SD_EXPORT(plural) \
  Row { "GET", "/api/v1/" plural "/export", Op::kExport, plural }
    SD_EXPORT("users"),
    SD_EXPORT("teams"),
    SD_EXPORT("territories"),
    SD_EXPORT("customer-groups"),
    SD_EXPORT("accounts"),
    SD_EXPORT("contacts"),
    SD_EXPORT("product-categories"),
    SD_EXPORT("products"),
    SD_EXPORT("currencies"),
    SD_EXPORT("exchange-rates"),
    SD_EXPORT("authority-rules"),
    SD_EXPORT("saved-views"),
    SD_EXPORT("audit-events"),
    SD_EXPORT("price-lists"),
    SD_EXPORT("price-list-items"),
    SD_EXPORT("pricing-rules"),
    SD_EXPORT("pricing-versions"),
    SD_EXPORT("quotes"),
    SD_EXPORT("quote-lines"),
    SD_EXPORT("quote-revisions"),
    SD_EXPORT("approval-requests"),
    SD_EXPORT("contracts"),
    SD_EXPORT("tasks"),
    SD_EXPORT("sales-orders"),
    SD_EXPORT("sales-order-lines"),
    SD_EXPORT("notifications"),
#undef SD_EXPORT
#undef SD_LIST_GET
};

#undef SD_CRUD
#undef SD_DELETE

}  // namespace salesdesk::api_test::matrix
