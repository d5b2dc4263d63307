// The state of imports (decisions 0042, 0054): each upload's row (who, status, progress time,
// and the rest of its state as one JSON document the import service owns), its file, its upload
// key, and the column mappings remembered per file shape — in the database, so a restart or
// another application server finds an import where it was left.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "core/result.h"

namespace salesdesk::app {

struct StoredImport {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string status;            // uploaded, running, done, failed
  std::int64_t progress_at = 0;  // µs; when a run last published progress
  std::int64_t created_at = 0;   // µs
  std::string state;             // JSON: the service's own fields
};

class ImportStateStore {
 public:
  virtual ~ImportStateStore() = default;

  // A new import with its file (base64 text: both engines store text) and, when the upload
  // carried one, its Idempotency-Key and request hash; returns its id.
  virtual core::Result<std::int64_t> InsertImport(const StoredImport& row,
                                                  const std::string& file_base64,
                                                  const std::optional<std::string>& key,
                                                  const std::string& request_hash) = 0;
  virtual core::Result<std::optional<StoredImport>> FindImport(std::int64_t id) = 0;
  // The import an upload key names, with the request hash it was stored under.
  virtual core::Result<std::optional<std::pair<std::int64_t, std::string>>> FindImportByKey(
      std::int64_t user_id, const std::string& key) = 0;
  virtual core::Result<std::string> ImportFile(std::int64_t id) = 0;
  // Writes status, progress_at and state; with `if_status`, only when the stored status is that
  // one (starting a run: of two servers, one wins). Whether the row was written.
  virtual core::Result<bool> SaveImport(const StoredImport& row,
                                        const std::optional<std::string>& if_status) = 0;
  // Running imports whose progress last moved before `progress_before` (their run is dead).
  virtual core::Result<std::vector<std::int64_t>> StaleImports(std::int64_t progress_before) = 0;
  // Deletes imports (and files) created before `created_before` that are not running.
  virtual core::Result<std::int64_t> ForgetImports(std::int64_t created_before) = 0;
  // The mapping (JSON: normalised column -> target) remembered for a file shape.
  virtual core::Result<std::optional<std::string>> RememberedMapping(const std::string& shape) = 0;
  virtual core::Result<void> RememberMapping(const std::string& shape, const std::string& mapping,
                                             std::int64_t now_us) = 0;
};

// The unit of work's import state, asked for as a capability: the SQL unit of work implements
// it, so the port joined without changing UnitOfWork, which every module compiles against
// (decision 0054; fold it into UnitOfWork at the next change of app/ports/store.h).
inline core::Result<ImportStateStore*> ImportStateOf(UnitOfWork& uow) {
  auto* state = dynamic_cast<ImportStateStore*>(&uow);
  if (state == nullptr) {
    return core::Error::Make(core::ErrorCode::kInternal, core::Msg("import.no_state_store"));
  }
  return state;
}

}  // namespace salesdesk::app
