// The storage port implemented once over the SQL driver interface, for both dialects.
#pragma once

#include <memory>

#include "app/ports/store.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

class SqlStore : public app::Store {
 public:
  explicit SqlStore(SqlDatabase& db) : db_(db) {}
  core::Result<std::unique_ptr<app::UnitOfWork>> Read() override;
  core::Result<std::unique_ptr<app::UnitOfWork>> Write() override;

 private:
  SqlDatabase& db_;
};

}  // namespace salesdesk::storage
