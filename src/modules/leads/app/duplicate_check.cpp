#include "modules/leads/app/duplicate_check.h"

#include <algorithm>
#include <map>

#include "app/access/access_policy.h"
#include "app/io/import_duplicates.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/app/duplicate_key_upkeep.h"

namespace salesdesk::modules::leads {
namespace {

using app::FilterOp;
using app::Record;

int Strength(const std::string& kind) {
  if (kind == "vat") return 0;
  if (kind == "domain") return 1;
  if (kind == "phone") return 2;
  return 3;
}

}  // namespace

core::Result<DuplicateCheckResult> CheckDuplicates(app::Store& store, const app::Caller& caller,
                                                   const DuplicateCheckRequest& request) {
  SD_TRY(app::CheckMayWrite(caller, *app::FindEntity(request.entity)));
  SD_ASSIGN(auto uow, store.Read());
  const app::EntitySpec& keys_spec = *app::FindEntity("duplicate-keys");
  // (entity, id) -> the kinds that matched.
  std::map<std::pair<std::string, std::int64_t>, std::vector<std::string>> matches;
  for (const auto& [kind, key] : KeysOf(request.entity, request.fields)) {
    SD_ASSIGN(auto rows,
              app::ReadAll(*uow, keys_spec,
                           {{"kind", FilterOp::kEq, {kind}}, {"key", FilterOp::kEq, {key}}}, 1000));
    for (const Record& row : rows) {
      std::pair<std::string, std::int64_t> who{app::TextOf(row, "entity"),
                                               *app::IntOf(row, "record_id")};
      if (who.first == request.entity && request.id && who.second == *request.id) continue;
      auto& kinds = matches[who];
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    }
  }
  DuplicateCheckResult out;
  std::map<std::string, std::optional<app::Visibility>> visibility;
  for (auto& [who, kinds] : matches) {
    const app::EntitySpec& e = *app::FindEntity(who.first);
    auto [it, fresh] = visibility.try_emplace(who.first);
    if (fresh) {
      auto v = app::VisibilityFor(*uow, caller, e);
      if (v.ok()) it->second = std::move(v).value();  // else: the role reads none of them
    }
    std::optional<Record> record;
    if (it->second) {
      SD_ASSIGN(record, uow->Get(e, who.second, *it->second));
    }
    if (!record) {
      // A key left by a deleted record (the daily rebuild drops it) is no match at all.
      SD_ASSIGN(bool exists, uow->Exists(e, who.second));
      if (exists) ++out.hidden_matches;
      continue;
    }
    std::sort(kinds.begin(), kinds.end(),
              [](const auto& a, const auto& b) { return Strength(a) < Strength(b); });
    out.candidates.push_back({who.first, std::move(*record), std::move(kinds)});
  }
  // More kinds matched first, then the strongest kind, then accounts before leads, newest first.
  std::sort(out.candidates.begin(), out.candidates.end(), [](const auto& a, const auto& b) {
    if (a.matched.size() != b.matched.size()) return a.matched.size() > b.matched.size();
    int sa = Strength(a.matched.front()), sb = Strength(b.matched.front());
    if (sa != sb) return sa < sb;
    if (a.entity != b.entity) return a.entity < b.entity;
    return app::RecordId(a.record) > app::RecordId(b.record);
  });
  if (out.candidates.size() > kMaxCandidates) out.candidates.resize(kMaxCandidates);
  return out;
}

}  // namespace salesdesk::modules::leads

namespace salesdesk::modules::leads {
namespace {

// How an import's dry run names a candidate: an account's name, a lead's company or person.
std::string LabelOf(const DuplicateCandidate& c) {
  std::string label = app::TextOf(c.record, "name");
  if (label.empty()) label = app::TextOf(c.record, "company");
  if (label.empty()) {
    label = app::TextOf(c.record, "first_name") + " " + app::TextOf(c.record, "last_name");
  }
  return label;
}

core::Result<std::vector<app::io::DuplicateMatch>> CheckImportRow(app::Store& store,
                                                                  const app::Caller& caller,
                                                                  const app::EntitySpec& e,
                                                                  const app::Record& fields) {
  SD_ASSIGN(const DuplicateCheckResult found,
            CheckDuplicates(store, caller, {std::string(e.plural), std::nullopt, fields}));
  std::vector<app::io::DuplicateMatch> out;
  for (const auto& c : found.candidates) {
    out.push_back({c.entity, app::RecordId(c.record), LabelOf(c), c.matched});
  }
  return out;
}

}  // namespace

// A row's keys as the check looks them up (the stored records' keys are built alike).
std::vector<std::pair<std::string, std::string>> ImportRowKeys(const app::EntitySpec& e,
                                                               const app::Record& fields) {
  return KeysOf(e.plural, fields);
}

void RegisterImportDuplicateChecks() {
  app::io::RegisterDuplicateCheck("accounts", CheckImportRow, ImportRowKeys);
  app::io::RegisterDuplicateCheck("leads", CheckImportRow, ImportRowKeys);
}

}  // namespace salesdesk::modules::leads
