#include "storage/sqlite/sqlite_backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "storage/sqlite/sqlite_errors.h"

namespace salesdesk::storage {
namespace {

constexpr int kPagesPerStep = 1024;  // 4 MiB with the default page size

core::Error Internal(std::string message) {
  return core::Error::Make(core::ErrorCode::kInternal, std::move(message));
}

// Creating the file ourselves with O_EXCL makes "never overwrite" atomic; SQLite treats the
// empty file as an empty database.
core::Result<void> CreateTarget(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return core::Ok();
  }
  if (errno == EEXIST) {
    return core::Error::Make(core::ErrorCode::kConflict,
                             "backup target " + path + " already exists; choose a new file name");
  }
  return Internal("cannot create backup file " + path + ": " + std::strerror(errno));
}

// The source holds one read transaction across all steps. In WAL mode that pins a snapshot
// without blocking the writer, and because the source never starts a new read transaction it
// never notices commits made meanwhile, so SQLite does not restart the copy on every write
// (which would never finish on a busy server).
core::Result<void> CopyPages(SqliteConnection& source, sqlite3* dest) {
  SD_TRY(source.Query("BEGIN"));
  auto snapshot = source.Query("SELECT count(*) FROM sqlite_schema");
  if (!snapshot.ok()) {
    (void)source.Query("ROLLBACK");
    return std::move(snapshot).error();
  }
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
  if (backup == nullptr) {
    (void)source.Query("ROLLBACK");
    return SqliteError(dest, sqlite3_errcode(dest), "backup");
  }
  int rc = SQLITE_OK;
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    // Steps keep each call short; BUSY/LOCKED can only come from the destination, which
    // nobody else should be touching, so a short wait is enough.
    if (rc != SQLITE_OK) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    rc = sqlite3_backup_step(backup, kPagesPerStep);
  }
  sqlite3_backup_finish(backup);
  (void)source.Query("ROLLBACK");
  if (rc != SQLITE_DONE) return SqliteError(dest, rc, "backup");
  return core::Ok();
}

// Makes the new directory entry durable too, not only the file's contents.
void SyncParentDirectory(const std::string& path) {
  const auto parent = std::filesystem::absolute(path).parent_path();
  const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

core::Result<void> BackupSqliteDatabase(SqliteConnection& source, const std::string& path) {
  if (source.InTransaction()) return Internal("backup needs a connection outside a transaction");
  SD_TRY(CreateTarget(path));

  sqlite3* dest = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
  core::Result<void> result = core::Ok();
  if (rc != SQLITE_OK) {
    result = SqliteError(dest, rc, "open backup target");
  } else {
    result = CopyPages(source, dest);
  }
  rc = sqlite3_close_v2(dest);
  if (result.ok() && rc != SQLITE_OK) result = Internal("cannot close backup file " + path);

  if (!result.ok()) {
    // Leave nothing behind that could be mistaken for a complete backup.
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    std::filesystem::remove(path + "-journal", ignored);
    return result;
  }
  SyncParentDirectory(path);
  return result;
}

}  // namespace salesdesk::storage
