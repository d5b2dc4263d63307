#include "app/io/import_duplicates.h"

#include <map>
#include <mutex>

namespace salesdesk::app::io {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, DuplicateChecks, std::less<>> checks;
};

Registry& TheRegistry() {
  static Registry r;
  return r;
}

}  // namespace

void RegisterDuplicateCheck(std::string_view entity, DuplicateCheckFn check, DuplicateKeysFn keys) {
  Registry& r = TheRegistry();
  std::lock_guard lock(r.mutex);
  r.checks[std::string(entity)] = {std::move(check), std::move(keys)};
}

const DuplicateChecks* DuplicateCheckFor(std::string_view entity) {
  Registry& r = TheRegistry();
  std::lock_guard lock(r.mutex);
  auto it = r.checks.find(entity);
  // Entries are never erased: the pointer stays valid (a replacement changes the function).
  return it == r.checks.end() ? nullptr : &it->second;
}

}  // namespace salesdesk::app::io
