// Whether the record create running on this thread was given no owner (owner_id defaulted to the
// caller): RecordService::Create says so around the entity's hooks, so an entity may choose the
// owner by its own rules (leads: the assignment rules, decision 0026). Any other write reads
// false.
#pragma once

namespace salesdesk::app {

bool CreateNamedNoOwner();

// Marks the create on this thread for as long as it lives.
class NoOwnerNamedScope {
 public:
  explicit NoOwnerNamedScope(bool no_owner_named);
  ~NoOwnerNamedScope();
  NoOwnerNamedScope(const NoOwnerNamedScope&) = delete;
  NoOwnerNamedScope& operator=(const NoOwnerNamedScope&) = delete;

 private:
  bool previous_;
};

}  // namespace salesdesk::app
