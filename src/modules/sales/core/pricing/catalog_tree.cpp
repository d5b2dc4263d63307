#include "modules/sales/core/pricing/catalog_tree.h"

#include <string>

namespace salesdesk::core::pricing {

Result<TreeIndex> TreeIndex::Build(const std::vector<TreeNode>& nodes, std::string_view name) {
  TreeIndex index;
  const std::string field(name);
  for (const TreeNode& node : nodes) {
    if (!index.parents_.emplace(node.id, node.parent_id).second) {
      return Error::Invalid(
          field, Msg("catalog.id_twice", {{"field", field}, {"id", std::to_string(node.id)}}));
    }
  }
  for (const TreeNode& node : nodes) {
    std::vector<std::int64_t> chain{node.id};
    std::optional<std::int64_t> parent = node.parent_id;
    while (parent.has_value()) {
      auto it = index.parents_.find(*parent);
      if (it == index.parents_.end()) {
        return Error::Invalid(field,
                              Msg("catalog.unknown_parent", {{"field", field},
                                                             {"id", std::to_string(node.id)},
                                                             {"parent", std::to_string(*parent)}}));
      }
      // A chain longer than the node count must have revisited a node.
      if (chain.size() > nodes.size()) {
        return Error::Invalid(
            field, Msg("catalog.cycle", {{"field", field}, {"id", std::to_string(node.id)}}));
      }
      chain.push_back(*parent);
      parent = it->second;
    }
    index.ancestors_.emplace(node.id, std::move(chain));
  }
  return index;
}

const std::vector<std::int64_t>* TreeIndex::Ancestors(std::int64_t id) const {
  auto it = ancestors_.find(id);
  return it == ancestors_.end() ? nullptr : &it->second;
}

int TreeIndex::Depth(std::int64_t id) const {
  const std::vector<std::int64_t>* chain = Ancestors(id);
  return chain == nullptr ? -1 : static_cast<int>(chain->size()) - 1;
}

bool TreeIndex::ContainsByWalking(std::int64_t ancestor, std::int64_t node) const {
  std::optional<std::int64_t> current = node;
  while (current.has_value()) {
    if (*current == ancestor) return true;
    auto it = parents_.find(*current);
    if (it == parents_.end()) return false;
    current = it->second;
  }
  return false;
}

}  // namespace salesdesk::core::pricing
