// Declarative description of a master-data entity: its fields, how ownership decides who sees
// a record, and which roles may read and write it. One spec drives validation, storage,
// listing, the access layer and the OpenAPI document, so they cannot disagree.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "app/access/role.h"
#include "app/records/field_value.h"
#include "core/result.h"

namespace salesdesk::app {

class UnitOfWork;
struct Caller;

enum class FieldType {
  kText,       // free text, max_length applies
  kEmail,      // text that must look like an e-mail address (stored lower-case)
  kInteger,    // 64-bit integer within [min, max]
  kBool,       // true / false
  kEnum,       // one of enum_values
  kRef,        // id of a record of ref_entity (must exist)
  kMoney,      // {"amount":"12.30","currency":"EUR"}; columns <name>_minor and <name>_currency
  kDecimal,    // decimal string with at most `scale` fraction digits, stored scaled
  kDate,       // "YYYY-MM-DD"
  kCurrency,   // ISO 4217 code
  kCountry,    // ISO 3166-1 alpha-2 code
  kTimestamp,  // RFC 3339 UTC instant (server-set meta fields)
  kJson        // a JSON array or object kept as text (audit before/after, pricing bands)
};

// One stored record inside a kJson value. `path`: "" the value itself, "quote" a member,
// "lines[]" each element of an array member. The record's entity is `entity` (plural), or the
// text of the row's field `entity_from` (an audit row's "entity").
struct EmbeddedRecord {
  std::string_view path;
  std::string_view entity;
  std::string_view entity_from;
};

struct FieldSpec {
  std::string_view name;
  FieldType type = FieldType::kText;
  bool required = false;    // must be present on create
  bool read_only = false;   // set by the server; rejected in request bodies
  bool filterable = false;  // usable as ?name=value (and ranges for numbers and dates)
  bool sortable = false;    // usable in ?sort=name / -name
  bool cost_sensitive = false;
  bool sort_folded = false;  // sorted by a stored case/accent-folded key (<name>_sort column)   //
                             // cost and margin: never shown to reps, in any format
  bool nullable = true;      // may be set to null on update (ignored for required fields)
  std::int64_t min = INT64_MIN;  // integers and money minor units, decimals (scaled)
  std::int64_t max = INT64_MAX;
  int max_length = 200;         // text
  int min_length = 0;           // text
  bool digits_only = false;     // text made of digits only (HS codes)
  int scale = 0;                // decimals: fraction digits
  std::string_view ref_entity;  // kRef: the plural name of the referenced entity
  // A kInteger id of a record of the entity named by this other field (a task's related_id by
  // related_entity): checked as a reference, through the caller's visibility.
  std::string_view ref_entity_from;
  std::vector<std::string_view> enum_values;
  std::string_view description;
  FieldValue default_value;  // applied on create when the field is absent
  // kJson values holding stored records (revision snapshots, audit before/after): where those
  // records sit and their entity, so that entity's field rules apply whenever the value is
  // answered (FilterStoredJson).
  std::vector<EmbeddedRecord> embeds;
};

// How a record's visibility is decided.
enum class Ownership {
  kShared,     // organisation-wide master data (products, teams, ...): visible per role policy
  kOwned,      // the record's owner_id decides (own / team / all)
  kViaParent,  // the owner of the parent record decides (a contact through its account)
  kPersonal,   // the owner alone sees it, whatever the role (saved views, preferences)
  kDescribed   // a row about another record (entity, entity_id: the audit trail): visible when
               // that record is, by its own entity's rules (VisibilityFor)
};

// What a role may do with an entity. Visibility of owned records (own / team / all) is the
// role's scope; kNone here means the role may not read the entity at all.
enum class ReadAccess { kNone, kScoped, kAll };

struct RolePolicy {
  Role role;
  ReadAccess read;
  bool write;  // create / update / delete, within what the role can read
};

// The transaction and who writes, for an entity's own rules (EntityHooks).
struct WriteContext {
  UnitOfWork& uow;
  const Caller& caller;
  std::int64_t now;  // µs since the epoch, the write's time
};

// What one entity adds to the generic record writes (create and update), beside the checks every
// field gets from its FieldSpec. Each runs in the write's transaction; absent hooks do nothing.
struct EntityHooks {
  // With the generic checks, so every problem of a change is reported at once: adds to `issues`
  // and may derive fields (an account's sales method from its risk profile).
  void (*validate)(const Caller& caller, const Record& current, Record& fields,
                   core::FieldIssues& issues) = nullptr;
  // Once the change is valid field by field: rules that read other records; may complete
  // `fields` (a contract from its quote). Returns the first problem, naming the field.
  core::Result<void> (*prepare)(WriteContext& ctx, const Record& current, Record& fields) = nullptr;
  // After the insert or update: follow-up writes (a contract's renewal task); may change
  // `stored`.
  core::Result<void> (*after_write)(WriteContext& ctx, const Record& before,
                                    Record& stored) = nullptr;
};

// Keeps a maintained summary in step with an entity's rows (decision 0078): called by the storage
// after every insert, update and delete of a row, whatever wrote it, in the write's transaction,
// with the row as it was (nullptr: inserted) and as it is (nullptr: deleted).
using StoredHook = core::Result<void> (*)(UnitOfWork& uow, const Record* before,
                                          const Record* after);

struct EntitySpec {
  std::string_view plural;        // URL segment and table name, e.g. "accounts"
  std::string_view singular;      // "account"
  std::string_view title;         // human name for docs, e.g. "Account"
  std::vector<FieldSpec> fields;  // business fields (meta fields are implicit)
  Ownership ownership = Ownership::kShared;
  std::string_view parent_field;                // kViaParent: the ref field to the owning record
  std::string_view parent_entity;               // kViaParent: plural of the owning entity
  std::vector<std::string_view> search_fields;  // matched by ?q=
  std::vector<std::string_view> unique_fields;  // for friendly conflict messages
  std::vector<RolePolicy> policies;             // roles absent here may do nothing
  bool deletable = true;
  bool audited = true;
  // Written only through its own service's actions (quotes, orders): no generic create, update
  // or delete routes, so state machines and computed totals cannot be bypassed.
  bool custom_writes = false;
  // Writes bump this data_versions row in the same transaction ("pricing": the engine's cached
  // context is rebuilt when it moves). Empty: no cache depends on the table.
  std::string_view cache_group;
  // Every update and delete keeps the superseded version in pricing-versions, in the same
  // transaction (decision 0017): documents priced earlier keep the conditions of their instant.
  bool keeps_versions = false;
  EntityHooks hooks;
  // Summaries other modules maintain from this entity's rows (targets' daily actuals).
  std::vector<StoredHook> after_store;

  const FieldSpec* Field(std::string_view name) const;
  std::optional<RolePolicy> PolicyFor(Role role) const;
};

// The entities of the platform, in a stable order.
std::span<const EntitySpec> AllEntities();
const EntitySpec* FindEntity(std::string_view plural);
// Organisation settings: a single record with id 1, read by everyone, written by admins.
const EntitySpec& SettingsSpec();

}  // namespace salesdesk::app
