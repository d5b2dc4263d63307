#include "modules/appraisal/app/scorecard_reads.h"

#include "app/records/entity_spec.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/appraisal/app/owner_changes.h"
#include "modules/appraisal/core/attainment.h"

namespace salesdesk::modules::appraisal {

namespace ca = core::appraisal;
using app::FilterOp;

core::Result<app::CompanyCalendar> ScorecardReads::Company(app::UnitOfWork& uow) {
  if (!company_) {
    SD_ASSIGN(company_, app::LoadCompanyCalendar(uow));
  }
  return *company_;
}

core::Result<std::vector<ca::TemplateLine>> ScorecardReads::Template(app::UnitOfWork& uow,
                                                                     app::Role role) {
  if (const auto it = templates_.find(role); it != templates_.end()) return it->second;
  SD_ASSIGN(auto rows, app::ReadAll(uow, *app::FindEntity("appraisal-templates"),
                                    {{"role", FilterOp::kEq, {std::string(app::RoleName(role))}}}));
  std::vector<ca::TemplateLine> out;
  if (rows.empty()) {
    for (const auto& line : ca::DefaultRepTemplate()) out.push_back(line);
  } else {
    for (ca::Item item : ca::kAllItems) {
      ca::TemplateLine line{item, 0, ca::kDefaultCapBp, std::nullopt};
      for (const app::Record& r : rows) {
        if (ca::ParseItem(app::TextOf(r, "item")) != item) continue;
        line.weight = app::IntOf(r, "weight").value_or(0);
        line.cap_bp = app::IntOf(r, "cap_bp").value_or(ca::kDefaultCapBp);
        line.target = app::IntOf(r, "target");
      }
      out.push_back(line);
    }
  }
  templates_[role] = out;
  return out;
}

core::Result<OwnerChanges> ScorecardReads::ChangesSince(app::UnitOfWork& uow,
                                                        std::int64_t since_us) {
  if (!changes_since_ || since_us < *changes_since_) {
    SD_ASSIGN(changes_, OwnerChangesSince(uow, since_us));
    changes_since_ = since_us;
  }
  OwnerChanges out;
  for (const auto& [account, changes] : changes_) {
    for (const auto& c : changes) {
      if (c.at_us >= since_us) out[account].push_back(c);
    }
  }
  return out;
}

core::Result<std::map<std::int64_t, AccountOrders>> ScorecardReads::History(
    app::UnitOfWork& uow, const std::vector<std::int64_t>& accounts, core::Date until) {
  if (history_until_ != until) {
    history_until_ = until;
    history_read_.clear();
    history_.clear();
  }
  std::vector<std::int64_t> missing;
  for (std::int64_t a : accounts) {
    if (!history_read_.count(a)) missing.push_back(a);
  }
  if (!missing.empty()) {
    SD_ASSIGN(auto read, OrderHistory(uow, missing, until));
    for (auto& [account, orders] : read) history_[account] = std::move(orders);
    history_read_.insert(missing.begin(), missing.end());
  }
  std::map<std::int64_t, AccountOrders> out;
  for (std::int64_t a : accounts) {
    if (const auto it = history_.find(a); it != history_.end()) out.emplace(a, it->second);
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
