#include "app/records/record_versions.h"

#include <boost/json.hpp>
#include <unordered_map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "core/time/timestamp.h"

namespace salesdesk::app {
namespace {

const EntitySpec& VersionsSpec() { return *FindEntity("pricing-versions"); }

// A kept version back as a record: business fields decoded by the spec, meta fields restored.
core::Result<Record> VersionRecord(const EntitySpec& e, const Record& kept) {
  auto parsed = boost::json::parse(TextOf(kept, "fields"));
  if (!parsed.is_object()) {
    return core::Error::Make(core::ErrorCode::kInternal, "a kept pricing version is not an object");
  }
  boost::json::object fields = parsed.as_object();
  std::int64_t created_at = 0;
  if (auto* c = fields.if_contains("created_at"); c && c->is_string()) {
    SD_ASSIGN(auto ts, core::ParseTimestamp(c->as_string()));
    created_at = ts.micros_since_epoch();
  }
  for (const char* meta : {"id", "version", "created_at", "updated_at"}) fields.erase(meta);
  for (const auto& f : e.fields) {
    if (f.read_only) fields.erase(f.name);
  }
  SD_ASSIGN(Record record, DecodeRecordObject(e, fields, DecodeMode::kUpdate));
  record["id"] = IntOf(kept, "record_id").value_or(0);
  record["version"] = IntOf(kept, "record_version").value_or(0);
  record["created_at"] = created_at;
  record["updated_at"] = IntOf(kept, "valid_from").value_or(0);
  return record;
}

}  // namespace

core::Result<void> KeepVersion(RecordRepository& uow, const EntitySpec& e, const Record& before,
                               std::int64_t now_us) {
  if (!e.keeps_versions) return core::Ok();
  Record kept{{"entity", std::string(e.plural)},
              {"record_id", RecordId(before)},
              {"record_version", RecordVersion(before)},
              {"valid_from", IntOf(before, "updated_at").value_or(0)},
              {"valid_until", now_us},
              {"fields", boost::json::serialize(RecordToJson(e, before, true))}};
  SD_TRY(uow.Insert(VersionsSpec(), kept, now_us));
  return core::Ok();
}

core::Result<bool> ChangedAfter(RecordRepository& uow, const EntitySpec& e,
                                std::int64_t instant_us) {
  SD_ASSIGN(auto changed, ReadAll(uow, e, {Filter{"updated_at", FilterOp::kGt, {instant_us}}}, 1));
  if (!changed.empty()) return true;
  SD_ASSIGN(auto superseded, ReadAll(uow, VersionsSpec(),
                                     {Filter{"entity", FilterOp::kEq, {std::string(e.plural)}},
                                      Filter{"valid_until", FilterOp::kGt, {instant_us}}},
                                     1));
  return !superseded.empty();
}

core::Result<std::vector<Record>> RecordsAsOf(RecordRepository& uow, const EntitySpec& e,
                                              std::int64_t instant_us, bool keep_created_after) {
  SD_ASSIGN(auto current, ReadAll(uow, e, {}));
  // The versions in force at the instant that were superseded after it, one per record.
  SD_ASSIGN(auto kept, ReadAll(uow, VersionsSpec(),
                               {Filter{"entity", FilterOp::kEq, {std::string(e.plural)}},
                                Filter{"valid_from", FilterOp::kLe, {instant_us}},
                                Filter{"valid_until", FilterOp::kGt, {instant_us}}}));
  std::unordered_map<std::int64_t, const Record*> then;
  for (const auto& k : kept) then[IntOf(k, "record_id").value_or(0)] = &k;
  std::vector<Record> out;
  out.reserve(current.size() + kept.size());
  for (auto& r : current) {
    const std::int64_t id = RecordId(r);
    if (auto it = then.find(id); it != then.end()) {
      SD_ASSIGN(Record old, VersionRecord(e, *it->second));
      out.push_back(std::move(old));
      then.erase(it);
    } else if (IntOf(r, "updated_at").value_or(0) <= instant_us ||
               (keep_created_after && IntOf(r, "created_at").value_or(0) > instant_us)) {
      out.push_back(std::move(r));
    }
  }
  // Records deleted since the instant.
  for (const auto& [id, k] : then) {
    SD_ASSIGN(Record old, VersionRecord(e, *k));
    out.push_back(std::move(old));
  }
  return out;
}

}  // namespace salesdesk::app
