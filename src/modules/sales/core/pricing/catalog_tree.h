// Trees the pricing rules match "including the sub-tree" against: product categories, customer
// groups, territories. Ancestor lists are computed once per PricingContext so a match is a scan of
// a handful of ids instead of a walk per rule.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::pricing {

struct TreeNode {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;  // none for a root
};

class TreeIndex {
 public:
  // kInvalidArgument for a duplicate id, an unknown parent or a cycle; `name` (e.g. "categories")
  // is the field named in the error.
  static Result<TreeIndex> Build(const std::vector<TreeNode>& nodes, std::string_view name);

  bool Has(std::int64_t id) const { return ancestors_.count(id) != 0; }
  // The node itself first, then each parent up to the root; nullptr for an unknown id.
  const std::vector<std::int64_t>* Ancestors(std::int64_t id) const;
  // 0 for a root, -1 for an unknown id. Deeper nodes are more specific.
  int Depth(std::int64_t id) const;
  // True when `ancestor` is `node` or one of its parents, found by walking parent links one by one
  // (the naive path the differential test compares the precomputed lists against).
  bool ContainsByWalking(std::int64_t ancestor, std::int64_t node) const;

 private:
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> ancestors_;
  std::unordered_map<std::int64_t, std::optional<std::int64_t>> parents_;
};

// True when `id` occurs in `ancestors` (which may be nullptr).
inline bool InAncestors(const std::vector<std::int64_t>* ancestors, std::int64_t id) {
  if (ancestors == nullptr) return false;
  for (std::int64_t a : *ancestors) {
    if (a == id) return true;
  }
  return false;
}

}  // namespace salesdesk::core::pricing
