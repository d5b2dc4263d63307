#include "app/records/record_service.h"

#include <boost/json/serialize.hpp>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/create_in_transaction.h"
#include "app/records/create_owner.h"
#include "app/records/record_json.h"
#include "app/records/record_rules.h"
#include "app/records/record_versions.h"

namespace salesdesk::app {
namespace {

using core::Error;
using core::ErrorCode;

// Turns a storage constraint violation into a message about the field that caused it.
Error FriendlyConflict(const EntitySpec& e, Error error, bool deleting) {
  if (error.code != ErrorCode::kConflict) return error;
  if (deleting) {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("record.still_referenced", {{"entity", std::string(e.singular)}}));
  }
  for (auto field : e.unique_fields) {
    if (error.message.find(std::string(field)) != std::string::npos) {
      Error out = Error::Make(ErrorCode::kConflict,
                              core::Msg("record.not_unique", {{"entity", std::string(e.singular)},
                                                              {"field", std::string(field)}}));
      out.field = field;
      return out;
    }
  }
  return Error::Make(ErrorCode::kConflict,
                     core::Msg("record.conflict", {{"reason", error.message}}));
}

// The stored record a change applies to: visible to the caller and still at the version the
// caller read. Invisible and absent look the same (404).
core::Result<Record> LoadForChange(UnitOfWork& uow, const EntitySpec& e, std::int64_t id,
                                   const Visibility& visibility, std::int64_t expected_version) {
  SD_ASSIGN(auto current, uow.Get(e, id, visibility));
  if (!current) {
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string(e.singular)},
                                                      {"id", std::to_string(id)}}));
  }
  if (RecordVersion(*current) != expected_version) {
    return Error::Make(
        ErrorCode::kPreconditionFailed,
        core::Msg("record.stale", {{"entity", std::string(e.singular)},
                                   {"version", std::to_string(RecordVersion(*current))}}));
  }
  return std::move(*current);
}

}  // namespace

core::Result<Page> RecordService::List(const Caller& caller, const EntitySpec& e,
                                       const ListQuery& query) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  return uow->List(e, query, visibility);
}

core::Result<AggregateOutcome> RecordService::Aggregate(const Caller& caller, const EntitySpec& e,
                                                        const AggregateRequest& request) {
  SD_ASSIGN(auto uow, store_.Read());
  // The same policy check and visibility as List, so a report never reads more than a list.
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  SD_ASSIGN(auto query, ResolveAggregate(e, request, SeesCost(caller)));
  SD_ASSIGN(auto result, uow->Aggregate(e, query, visibility));
  return AggregateOutcome{std::move(query), std::move(result)};
}

core::Result<Record> RecordService::Get(const Caller& caller, const EntitySpec& e,
                                        std::int64_t id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  SD_ASSIGN(auto record, uow->Get(e, id, visibility));
  // Invisible and absent look the same, so ids of others' records reveal nothing.
  if (!record)
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string(e.singular)},
                                                      {"id", std::to_string(id)}}));
  return std::move(*record);
}

// Create's steps inside an open write transaction (the caller commits).
core::Result<CreateOutcome> RecordService::CreateIn(UnitOfWork& uow, const Caller& caller,
                                                    const EntitySpec& e,
                                                    const Visibility& visibility, Record fields,
                                                    const IdempotencyRequest* idempotency,
                                                    const ResponseRenderer& render) {
  SD_ASSIGN(auto seen, FindReplay(uow, caller, idempotency));
  if (seen) return CreateOutcome{{}, std::move(*seen)};
  const NoOwnerNamedScope no_owner(!fields.count("owner_id"));
  ApplyCreateDefaults(caller, e, fields);
  SD_TRY(ValidateChange(uow, caller, e, visibility, Record{}, fields));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  WriteContext ctx{uow, caller, now};
  if (e.hooks.prepare) SD_TRY(e.hooks.prepare(ctx, Record{}, fields));
  auto inserted = uow.Insert(e, fields, now);
  if (!inserted.ok()) return FriendlyConflict(e, std::move(inserted).error(), false);
  Record record = std::move(inserted).value();
  if (e.hooks.after_write) SD_TRY(e.hooks.after_write(ctx, Record{}, record));
  SD_TRY(AuditChange(uow, caller, now, e, "create", nullptr, &record));
  if (render) SD_TRY(SaveReplay(uow, caller, idempotency, render(record), now));
  return CreateOutcome{std::move(record), std::nullopt};
}

core::Result<CreateOutcome> RecordService::Create(const Caller& caller, const EntitySpec& e,
                                                  Record fields,
                                                  const IdempotencyRequest* idempotency,
                                                  const ResponseRenderer& render) {
  SD_TRY(CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  SD_ASSIGN(auto out,
            CreateIn(*uow, caller, e, visibility, std::move(fields), idempotency, render));
  if (out.replay) return out;
  SD_TRY(uow->Commit());
  return out;
}

core::Result<void> RecordService::CheckCreate(const Caller& caller, const EntitySpec& e,
                                              Record fields) {
  SD_TRY(CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  ApplyCreateDefaults(caller, e, fields);
  return ValidateChange(*uow, caller, e, visibility, Record{}, fields);
}

core::Result<std::vector<CreateOutcome>> RecordService::CreateBatch(const Caller& caller,
                                                                    const EntitySpec& e,
                                                                    std::vector<BatchCreate> items,
                                                                    const ResponseRenderer& render,
                                                                    std::size_t& failed_at) {
  failed_at = 0;
  SD_TRY(CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  std::vector<CreateOutcome> out;
  out.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    failed_at = i;
    // Each item's answer is stored under its own key and request hash.
    const IdempotencyRequest& key = items[i].idempotency;
    const ResponseRenderer item_render = [&](const Record& r) {
      StoredResponse stored = render(r);
      stored.request_hash = key.request_hash;
      return stored;
    };
    SD_ASSIGN(auto one,
              CreateIn(*uow, caller, e, visibility, std::move(items[i].fields), &key, item_render));
    out.push_back(std::move(one));
  }
  failed_at = items.size();
  SD_TRY(uow->Commit());
  return out;
}

core::Result<Record> RecordService::Update(const Caller& caller, const EntitySpec& e,
                                           std::int64_t id, Record fields,
                                           std::int64_t expected_version) {
  SD_TRY(CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  SD_ASSIGN(Record current, LoadForChange(*uow, e, id, visibility, expected_version));
  SD_ASSIGN(Record updated,
            UpdateInTransaction(*uow, caller, e, visibility, current, std::move(fields),
                                clock_.Now().micros_since_epoch()));
  SD_TRY(uow->Commit());
  return updated;
}

core::Result<Record> UpdateInTransaction(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                         const Visibility& visibility, const Record& current,
                                         Record fields, std::int64_t now) {
  SD_TRY(ValidateChange(uow, caller, e, visibility, current, fields));
  WriteContext ctx{uow, caller, now};
  if (e.hooks.prepare) SD_TRY(e.hooks.prepare(ctx, current, fields));
  auto updated = uow.Update(e, RecordId(current), fields, RecordVersion(current), now);
  if (!updated.ok()) return FriendlyConflict(e, std::move(updated).error(), false);
  if (e.hooks.after_write) SD_TRY(e.hooks.after_write(ctx, current, updated.value()));
  SD_TRY(KeepVersion(uow, e, current, now));
  SD_TRY(AuditChange(uow, caller, now, e, "update", &current, &updated.value()));
  return std::move(updated).value();
}

core::Result<Record> CreateInTransaction(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                         Record fields, std::int64_t now) {
  SD_TRY(CheckMayWrite(caller, e));
  SD_ASSIGN(auto visibility, VisibilityFor(uow, caller, e));
  ApplyCreateDefaults(caller, e, fields);
  SD_TRY(ValidateChange(uow, caller, e, visibility, Record{}, fields));
  WriteContext ctx{uow, caller, now};
  if (e.hooks.prepare) SD_TRY(e.hooks.prepare(ctx, Record{}, fields));
  SD_ASSIGN(Record stored, uow.Insert(e, fields, now));
  if (e.hooks.after_write) SD_TRY(e.hooks.after_write(ctx, Record{}, stored));
  SD_TRY(AuditChange(uow, caller, now, e, "create", nullptr, &stored));
  return stored;
}

core::Result<void> RecordService::Delete(const Caller& caller, const EntitySpec& e, std::int64_t id,
                                         std::int64_t expected_version) {
  SD_TRY(CheckMayWrite(caller, e));
  if (!e.deletable) {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("record.not_deletable", {{"plural", std::string(e.plural)}}));
  }
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, e));
  SD_ASSIGN(Record current, LoadForChange(*uow, e, id, visibility, expected_version));
  auto deleted = uow->Delete(e, id, expected_version);
  if (!deleted.ok()) return FriendlyConflict(e, std::move(deleted).error(), true);
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_TRY(KeepVersion(*uow, e, current, now));
  SD_TRY(AuditChange(*uow, caller, now, e, "delete", &current, nullptr));
  return uow->Commit();
}

}  // namespace salesdesk::app
