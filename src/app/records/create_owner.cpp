#include "app/records/create_owner.h"

namespace salesdesk::app {
namespace {

// One create runs on one thread from its validation to its commit.
thread_local bool no_owner_named = false;

}  // namespace

bool CreateNamedNoOwner() { return no_owner_named; }

NoOwnerNamedScope::NoOwnerNamedScope(bool flag) : previous_(no_owner_named) {
  no_owner_named = flag;
}

NoOwnerNamedScope::~NoOwnerNamedScope() { no_owner_named = previous_; }

}  // namespace salesdesk::app
