#include "modules/leads/app/record_merge.h"

#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/app/duplicate_key_upkeep.h"
#include "modules/leads/app/lead_rules.h"

namespace salesdesk::modules::leads {
namespace {

namespace json = boost::json;
using app::FieldValue;
using app::FilterOp;
using app::Record;
using core::Error;
using core::ErrorCode;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// Records kept in the merge row are encoded losslessly (money in minor units), so an undo puts
// back exactly what was there.
json::value Encode(const FieldValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* s = std::get_if<std::string>(&v)) return json::string(*s);
  if (const auto* b = std::get_if<bool>(&v)) return *b;
  if (const auto* m = std::get_if<app::MoneyValue>(&v)) {
    return json::object{{"minor", m->minor}, {"currency", m->currency}};
  }
  return nullptr;
}

FieldValue Decode(const json::value& v) {
  if (v.is_int64()) return v.as_int64();
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_bool()) return v.as_bool();
  if (v.is_object()) {
    return app::MoneyValue{v.at("minor").as_int64(), std::string(v.at("currency").as_string())};
  }
  return FieldValue{};
}

std::string EncodeRecord(const Record& r) {
  json::object out;
  for (const auto& [k, v] : r) out[k] = Encode(v);
  return json::serialize(out);
}

Record DecodeRecord(const std::string& text) {
  Record out;
  const json::value parsed = json::parse(text);
  for (const auto& [k, v] : parsed.as_object()) out[std::string(k)] = Decode(v);
  return out;
}

bool Empty(const FieldValue* v) {
  if (v == nullptr || app::IsNull(*v)) return true;
  const auto* s = std::get_if<std::string>(v);
  return s != nullptr && s->empty();
}

// A field of an installed entity that can hold the id of a record of `entity`: a reference to
// it, or a related_id whose kind field may name it.
struct Reference {
  const app::EntitySpec* spec;
  const app::FieldSpec* field;
};

std::vector<Reference> ReferencesTo(std::string_view entity) {
  std::vector<Reference> out;
  for (const app::EntitySpec& e : app::AllEntities()) {
    if (e.plural == "record-merges") continue;
    for (const app::FieldSpec& f : e.fields) {
      if ((f.type == app::FieldType::kRef && f.ref_entity == entity) ||
          !f.ref_entity_from.empty()) {
        out.push_back({&e, &f});
      }
    }
  }
  return out;
}

std::vector<app::Filter> Pointing(const Reference& r, std::string_view entity, std::int64_t id) {
  std::vector<app::Filter> filters{{std::string(r.field->name), FilterOp::kEq, {id}}};
  if (!r.field->ref_entity_from.empty()) {
    filters.push_back(
        {std::string(r.field->ref_entity_from), FilterOp::kEq, {std::string(entity)}});
  }
  return filters;
}

// One of the two records, through the caller's visibility: one answer for hidden and missing.
core::Result<Record> VisibleRecord(app::UnitOfWork& uow, const app::EntitySpec& e,
                                   const app::Visibility& visibility, std::int64_t id,
                                   const char* field) {
  SD_ASSIGN(auto found, uow.Get(e, id, visibility));
  if (found) return std::move(*found);
  return Error::Invalid(field,
                        core::Msg("reference.not_visible", {{"kind", std::string(e.singular)},
                                                            {"id", std::to_string(id)},
                                                            {"plural", std::string(e.plural)}}));
}

// Writes `changes` to the kept record (with a lead's score recomputed) and audits it.
core::Result<Record> ChangeKept(app::UnitOfWork& uow, const app::Caller& caller,
                                const app::EntitySpec& e, const Record& kept, Record changes,
                                std::int64_t now) {
  if (changes.empty()) return kept;
  if (e.plural == "leads") {
    SD_ASSIGN(std::int64_t score, ScoreOf(uow, app::Merged(kept, changes)));
    changes["score"] = score;
  }
  SD_ASSIGN(Record after,
            uow.Update(e, app::RecordId(kept), changes, app::RecordVersion(kept), now));
  SD_TRY(app::AuditChange(uow, caller, now, e, "update", &kept, &after));
  return after;
}

}  // namespace

core::Result<app::CreateResult<Record>> RecordMerges::Merge(
    const app::Caller& caller, const MergeRequest& request,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  const app::EntitySpec& e = Spec(request.entity);
  SD_TRY(app::CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  if (request.keep_id == request.merge_id) {
    return Error::Invalid("merge_id", core::Msg("merge.same_record"));
  }
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, e));
  SD_ASSIGN(Record kept, VisibleRecord(*uow, e, visibility, request.keep_id, "keep_id"));
  SD_ASSIGN(Record gone, VisibleRecord(*uow, e, visibility, request.merge_id, "merge_id"));
  const std::int64_t now = clock_.Now().micros_since_epoch();

  // Everything that refers to the merged record moves, whoever can see it: a colleague's quote
  // on the merged account must not be left pointing at nothing.
  json::array moved;
  for (const Reference& ref : ReferencesTo(e.plural)) {
    SD_ASSIGN(auto rows, app::ReadAll(*uow, *ref.spec, Pointing(ref, e.plural, request.merge_id)));
    for (const Record& row : rows) {
      SD_TRY(uow->Update(*ref.spec, app::RecordId(row),
                         Record{{std::string(ref.field->name), request.keep_id}},
                         app::RecordVersion(row), now));
      moved.push_back(json::object{
          {"entity", ref.spec->plural}, {"id", app::RecordId(row)}, {"field", ref.field->name}});
    }
  }
  // The kept record takes what only the merged one knew (a phone, a VAT id).
  Record filled;
  for (const app::FieldSpec& f : e.fields) {
    if (f.read_only || f.name == "owner_id" || f.name == "status") continue;
    const FieldValue* theirs = app::FieldOf(gone, f.name);
    if (Empty(app::FieldOf(kept, f.name)) && !Empty(theirs)) filled[std::string(f.name)] = *theirs;
  }
  SD_ASSIGN(Record kept_after, ChangeKept(*uow, caller, e, kept, filled, now));
  app::WriteContext ctx{*uow, caller, now};
  SD_TRY(UpdateKeys(ctx, e.plural, kept_after));
  SD_TRY(DropKeys(*uow, e.plural, request.merge_id));
  SD_TRY(uow->Delete(e, request.merge_id, app::RecordVersion(gone)));
  SD_TRY(app::AuditChange(*uow, caller, now, e, "delete", &gone, nullptr));

  const app::EntitySpec& merges = Spec("record-merges");
  Record row{{"entity", std::string(e.plural)},
             {"keep_id", request.keep_id},
             {"merge_id", request.merge_id},
             {"owner_id", caller.is_system() ? FieldValue{} : FieldValue{caller.user_id}},
             {"merged", EncodeRecord(gone)},
             {"filled", EncodeRecord(filled)},
             {"moved", json::serialize(moved)},
             {"moved_count", static_cast<std::int64_t>(moved.size())}};
  SD_ASSIGN(Record stored, uow->Insert(merges, row, now));
  SD_TRY(app::AuditChange(*uow, caller, now, merges, "create", nullptr, &stored));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(stored), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(stored), std::nullopt};
}

core::Result<Record> RecordMerges::Undo(const app::Caller& caller, std::int64_t merge_row_id) {
  const app::EntitySpec& merges = Spec("record-merges");
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, merges));
  SD_ASSIGN(auto found, uow->Get(merges, merge_row_id, visibility));
  if (!found) {
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", "record merge"},
                                                      {"id", std::to_string(merge_row_id)}}));
  }
  const Record merge = std::move(*found);
  const app::EntitySpec& e = Spec(app::TextOf(merge, "entity"));
  SD_TRY(app::CheckMayWrite(caller, e));
  if (const FieldValue* undone = app::FieldOf(merge, "undone_at"); !Empty(undone)) {
    return Error::Make(ErrorCode::kConflict, core::Msg("merge.already_undone"));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  if (now - *app::IntOf(merge, "created_at") > kUndoWindowMicros) {
    return Error::Make(ErrorCode::kConflict, core::Msg("merge.undo_expired"));
  }
  const std::int64_t keep_id = *app::IntOf(merge, "keep_id");
  const std::int64_t merge_id = *app::IntOf(merge, "merge_id");

  // The merged record comes back under its own id (unless a new record has taken it since).
  Record gone = DecodeRecord(app::TextOf(merge, "merged"));
  SD_ASSIGN(bool taken, uow->Exists(e, merge_id));
  if (taken) return Error::Make(ErrorCode::kConflict, core::Msg("merge.id_taken"));
  SD_ASSIGN(Record restored, uow->Insert(e, gone, now));
  SD_TRY(app::AuditChange(*uow, caller, now, e, "create", nullptr, &restored));
  app::WriteContext ctx{*uow, caller, now};
  SD_TRY(UpdateKeys(ctx, e.plural, restored));

  // References move back unless someone has moved them again since.
  const json::value moved = json::parse(app::TextOf(merge, "moved"));
  for (const auto& m : moved.as_array()) {
    const app::EntitySpec* spec = app::FindEntity(std::string(m.at("entity").as_string()));
    if (spec == nullptr) continue;  // its module is no longer installed
    const std::string field(m.at("field").as_string());
    SD_ASSIGN(auto rows,
              app::ReadAll(*uow, *spec, {{"id", FilterOp::kEq, {m.at("id").as_int64()}}}, 1));
    if (rows.empty() || app::IntOf(rows.front(), field) != keep_id) continue;
    SD_TRY(uow->Update(*spec, app::RecordId(rows.front()), Record{{field, merge_id}},
                       app::RecordVersion(rows.front()), now));
  }
  // The kept record's filled fields are emptied again where they still hold the merged value.
  SD_ASSIGN(auto kept, uow->Get(e, keep_id, app::Visibility::All()));
  if (kept) {
    Record cleared;
    const Record filled = DecodeRecord(app::TextOf(merge, "filled"));
    for (const auto& [name, value] : filled) {
      const FieldValue* now_value = app::FieldOf(*kept, name);
      if (now_value != nullptr && *now_value == value) cleared[name] = FieldValue{};
    }
    SD_ASSIGN(Record kept_after, ChangeKept(*uow, caller, e, *kept, cleared, now));
    SD_TRY(UpdateKeys(ctx, e.plural, kept_after));
  }

  SD_ASSIGN(Record undone,
            uow->Update(merges, merge_row_id,
                        Record{{"undone_at", now},
                               {"undone_by_id",
                                caller.is_system() ? FieldValue{} : FieldValue{caller.user_id}}},
                        app::RecordVersion(merge), now));
  SD_TRY(app::AuditChange(*uow, caller, now, merges, "update", &merge, &undone));
  SD_TRY(uow->Commit());
  return undone;
}

}  // namespace salesdesk::modules::leads
