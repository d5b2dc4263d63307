#include "modules/forecasts/core/forecast_hierarchy.h"

#include <string>
#include <utility>

namespace salesdesk::core::forecasts {
namespace {

std::string Id(std::int64_t id) { return std::to_string(id); }
std::string At(const char* list, std::size_t i, const char* member) {
  return std::string(list) + "[" + std::to_string(i) + "]." + member;
}

// Children before their manager; people left unvisited sit on a reporting loop.
std::vector<std::size_t> PostOrder(const std::vector<std::vector<std::size_t>>& reports,
                                   std::span<const Person> people) {
  std::vector<std::size_t> order;
  order.reserve(people.size());
  for (std::size_t root = 0; root < people.size(); ++root) {
    if (people[root].manager != 0) continue;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};  // node, next child
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next < reports[node].size()) {
        const std::size_t child = reports[node][next++];
        stack.push_back({child, 0});
      } else {
        order.push_back(node);
        stack.pop_back();
      }
    }
  }
  return order;
}

Totals Override(Totals base, const std::map<Column, std::size_t>* adjusted,
                std::span<const Adjustment> adjustments) {
  if (adjusted == nullptr) return base;
  for (const auto& [column, k] : *adjusted) base.at(column) = adjustments[k].amount;
  return base;
}

}  // namespace

const PersonForecast* HierarchyForecast::Find(std::int64_t person) const {
  for (const PersonForecast& p : people) {
    if (p.person == person) return &p;
  }
  return nullptr;
}

const ReportRow* HierarchyForecast::Row(std::int64_t manager, std::int64_t report) const {
  for (const ReportRow& r : rows) {
    if (r.manager == manager && r.report == report) return &r;
  }
  return nullptr;
}

Result<HierarchyForecast> RollUpHierarchy(std::span<const Person> people,
                                          const std::map<std::int64_t, Totals>& own,
                                          std::span<const Adjustment> adjustments) {
  const std::size_t n = people.size();
  std::map<std::int64_t, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) {
    if (!index.emplace(people[i].id, i).second) {
      return Error::Invalid(At("people", i, "id"),
                            Msg("forecasts.person_twice", {{"person", Id(people[i].id)}}));
    }
  }
  std::vector<std::vector<std::size_t>> reports(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (people[i].manager == 0) continue;
    const auto m = index.find(people[i].manager);
    if (m == index.end()) {
      return Error::Invalid(At("people", i, "manager"),
                            Msg("forecasts.manager_unknown", {{"person", Id(people[i].id)},
                                                              {"manager", Id(people[i].manager)}}));
    }
    reports[m->second].push_back(i);
  }
  const std::vector<std::size_t> order = PostOrder(reports, people);
  if (order.size() != n) {
    std::vector<bool> seen(n, false);
    for (std::size_t i : order) seen[i] = true;
    for (std::size_t i = 0; i < n; ++i) {
      if (!seen[i]) {
        return Error::Invalid(At("people", i, "manager"),
                              Msg("forecasts.reporting_loop", {{"person", Id(people[i].id)}}));
      }
    }
  }

  // Per subject: the owner's adjustments and the manager's, by column.
  std::vector<std::map<Column, std::size_t>> by_owner(n), by_manager(n);
  for (std::size_t k = 0; k < adjustments.size(); ++k) {
    const Adjustment& a = adjustments[k];
    const auto s = index.find(a.subject);
    if (s == index.end()) {
      return Error::Invalid(
          At("adjustments", k, "subject"),
          Msg("forecasts.adjustment_subject_unknown", {{"person", Id(a.subject)}}));
    }
    const bool owner = a.author == a.subject;
    if (!owner && (people[s->second].manager == 0 || a.author != people[s->second].manager)) {
      return Error::Invalid(At("adjustments", k, "author"),
                            Msg("forecasts.adjuster_not_allowed",
                                {{"author", Id(a.author)}, {"person", Id(a.subject)}}));
    }
    if (a.column == Column::kClosed) {
      return Error::Invalid(At("adjustments", k, "column"), Msg("forecasts.closed_not_adjustable"));
    }
    auto& slot = owner ? by_owner[s->second] : by_manager[s->second];
    if (!slot.emplace(a.column, k).second) {
      return Error::Invalid(At("adjustments", k, "column"),
                            Msg("forecasts.adjustment_twice", {{"person", Id(a.subject)}}));
    }
  }

  HierarchyForecast out;
  out.people.resize(n);
  std::vector<std::vector<ReportRow>> rows(n);
  for (std::size_t i : order) {
    PersonForecast& p = out.people[i];
    p.person = people[i].id;
    p.manager = people[i].manager;
    if (const auto o = own.find(p.person); o != own.end()) p.own = o->second;
    p.raw = p.unadjusted = p.own;
    for (std::size_t r : reports[i]) {
      const PersonForecast& report = out.people[r];
      SD_ASSIGN(p.raw, AddTotals(p.raw, report.raw));
      const Totals seen = Override(report.view, &by_manager[r], adjustments);
      SD_ASSIGN(p.unadjusted, AddTotals(p.unadjusted, seen));
      rows[i].push_back({p.person, report.person, seen});
    }
    p.view = Override(p.unadjusted, &by_owner[i], adjustments);
  }
  for (std::size_t i = 0; i < n; ++i) {
    out.rows.insert(out.rows.end(), rows[i].begin(), rows[i].end());
  }

  for (std::size_t k = 0; k < adjustments.size(); ++k) {
    const Adjustment& a = adjustments[k];
    const std::size_t s = index.at(a.subject);
    AdjustmentState st{.index = k, .by_owner = a.author == a.subject};
    if (st.by_owner) {
      st.current_basis = out.people[s].unadjusted.at(a.column);
      st.best_case_seen = out.people[s].view.best_case;
    } else {
      const ReportRow* row = out.Row(a.author, a.subject);
      st.current_basis = out.people[s].view.at(a.column);
      st.best_case_seen = row->seen.best_case;
    }
    st.stale = st.current_basis != a.basis;
    st.commit_above_best_case = a.column == Column::kCommit && a.amount > st.best_case_seen;
    out.adjustments.push_back(st);
  }
  return out;
}

}  // namespace salesdesk::core::forecasts
