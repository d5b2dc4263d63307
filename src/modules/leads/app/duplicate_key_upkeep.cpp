#include "modules/leads/app/duplicate_key_upkeep.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/core/duplicate_keys.h"

namespace salesdesk::modules::leads {
namespace {

using app::Filter;
using app::FilterOp;
using app::Record;
using Key = std::pair<std::string, std::string>;

const app::EntitySpec& KeysSpec() { return *app::FindEntity("duplicate-keys"); }

void AddKey(DuplicateKeys& out, std::string kind, std::string key) {
  if (key.empty()) return;
  Key k{std::move(kind), std::move(key)};
  if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(std::move(k));
}

// "example.com" from "https://www.example.com/contact": the domain a website shares with the
// company's e-mail addresses.
std::string WebsiteDomain(std::string_view site) {
  if (auto p = site.find("://"); p != std::string_view::npos) site.remove_prefix(p + 3);
  site = site.substr(0, site.find_first_of("/?#:"));
  if (site.substr(0, 4) == "www.") site.remove_prefix(4);
  if (site.find('.') == std::string_view::npos) return {};
  return core::leads::DomainKey("x@" + std::string(site));
}

// Replaces the stored keys of one record by `keys`, touching only rows that change.
core::Result<void> StoreKeys(app::RecordRepository& uow, std::string_view entity, std::int64_t id,
                             const DuplicateKeys& keys, std::vector<Record> stored,
                             std::int64_t now) {
  std::set<Key> wanted(keys.begin(), keys.end());
  for (const Record& row : stored) {
    Key k{app::TextOf(row, "kind"), app::TextOf(row, "key")};
    if (wanted.erase(k) == 0) {
      SD_TRY(uow.Delete(KeysSpec(), app::RecordId(row), app::RecordVersion(row)));
    }
  }
  for (const auto& [kind, key] : wanted) {
    SD_TRY(uow.Insert(
        KeysSpec(),
        Record{{"entity", std::string(entity)}, {"record_id", id}, {"kind", kind}, {"key", key}},
        now));
  }
  return core::Ok();
}

core::Result<std::vector<Record>> StoredKeys(app::RecordRepository& uow, std::string_view entity,
                                             std::int64_t id) {
  return app::ReadAll(
      uow, KeysSpec(),
      {{"entity", FilterOp::kEq, {std::string(entity)}}, {"record_id", FilterOp::kEq, {id}}});
}

core::Result<int> RebuildEntity(app::UnitOfWork& uow, std::string_view entity, std::int64_t now) {
  SD_ASSIGN(auto records, app::ReadAll(uow, *app::FindEntity(entity)));
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, KeysSpec(), {{"entity", FilterOp::kEq, {std::string(entity)}}}));
  std::map<std::int64_t, std::vector<Record>> by_record;
  for (auto& row : rows) by_record[*app::IntOf(row, "record_id")].push_back(std::move(row));
  int changed = 0;
  for (const Record& r : records) {
    const std::int64_t id = app::RecordId(r);
    auto it = by_record.find(id);
    std::vector<Record> stored;
    if (it != by_record.end()) {
      stored = std::move(it->second);
      by_record.erase(it);
    }
    DuplicateKeys keys = KeysOf(entity, r);
    std::set<Key> now_keys(keys.begin(), keys.end()), had;
    for (const Record& row : stored)
      had.insert({app::TextOf(row, "kind"), app::TextOf(row, "key")});
    if (now_keys == had && had.size() == stored.size()) continue;
    SD_TRY(StoreKeys(uow, entity, id, keys, std::move(stored), now));
    ++changed;
  }
  // What is left belongs to deleted records.
  for (const auto& [id, orphans] : by_record) {
    for (const Record& row : orphans) {
      SD_TRY(uow.Delete(KeysSpec(), app::RecordId(row), app::RecordVersion(row)));
    }
    ++changed;
  }
  return changed;
}

}  // namespace

DuplicateKeys KeysOf(std::string_view entity, const Record& r) {
  using namespace core::leads;
  DuplicateKeys out;
  const std::string country = app::TextOf(r, "country");
  if (entity == "accounts") {
    AddKey(out, "name", NameKey(app::TextOf(r, "name")));
    AddKey(out, "name", NameKey(app::TextOf(r, "legal_name")));
    AddKey(out, "vat", VatKey(app::TextOf(r, "tax_id")));
  } else {
    std::string company = app::TextOf(r, "company");
    if (company.empty()) company = app::TextOf(r, "first_name") + " " + app::TextOf(r, "last_name");
    AddKey(out, "name", NameKey(company));
    AddKey(out, "vat", VatKey(app::TextOf(r, "vat_id")));
  }
  AddKey(out, "domain", DomainKey(app::TextOf(r, "email")));
  AddKey(out, "domain", WebsiteDomain(app::TextOf(r, "website")));
  AddKey(out, "phone", PhoneKey(app::TextOf(r, "phone"), country));
  return out;
}

core::Result<void> UpdateKeys(app::WriteContext& ctx, std::string_view entity,
                              const Record& stored) {
  const std::int64_t id = app::RecordId(stored);
  SD_ASSIGN(auto rows, StoredKeys(ctx.uow, entity, id));
  return StoreKeys(ctx.uow, entity, id, KeysOf(entity, stored), std::move(rows), ctx.now);
}

core::Result<void> DropKeys(app::RecordRepository& uow, std::string_view entity, std::int64_t id) {
  SD_ASSIGN(auto rows, StoredKeys(uow, entity, id));
  for (const Record& row : rows) {
    SD_TRY(uow.Delete(KeysSpec(), app::RecordId(row), app::RecordVersion(row)));
  }
  return core::Ok();
}

core::Result<void> AfterLeadWrite(app::WriteContext& ctx, const Record&, Record& stored) {
  return UpdateKeys(ctx, "leads", stored);
}

core::Result<void> AfterAccountWrite(app::WriteContext& ctx, const Record&, Record& stored) {
  return UpdateKeys(ctx, "accounts", stored);
}

core::Result<std::string> RebuildDuplicateKeys(app::Store& store, const core::Clock& clock) {
  SD_ASSIGN(auto uow, store.Write());
  const std::int64_t now = clock.Now().micros_since_epoch();
  SD_ASSIGN(int accounts, RebuildEntity(*uow, "accounts", now));
  SD_ASSIGN(int leads, RebuildEntity(*uow, "leads", now));
  SD_TRY(uow->Commit());
  if (accounts + leads == 0) return std::string();
  return "duplicate keys brought up to date for " + std::to_string(accounts) + " accounts and " +
         std::to_string(leads) + " leads";
}

}  // namespace salesdesk::modules::leads
