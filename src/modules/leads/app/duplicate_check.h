// The duplicate check of a lead or an account being created or edited (issue 11): the accounts
// and leads whose normalised name, VAT id, e-mail/website domain or phone equal the given
// record's. Candidates come through the caller's visibility; matches the caller may not see are
// only counted, never described (decision 0034).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::modules::leads {

struct DuplicateCheckRequest {
  std::string entity;              // accounts | leads: what the fields describe
  std::optional<std::int64_t> id;  // the record being edited, never its own duplicate
  app::Record fields;              // as the form holds them (name, company, tax_id, ...)
};

struct DuplicateCandidate {
  std::string entity;  // accounts | leads
  app::Record record;
  std::vector<std::string> matched;  // kinds, strongest first: vat, domain, phone, name
};

struct DuplicateCheckResult {
  std::vector<DuplicateCandidate> candidates;  // best first, at most kMaxCandidates
  std::int64_t hidden_matches = 0;             // records that match but the caller cannot see
};

inline constexpr std::size_t kMaxCandidates = 20;

// kForbidden when the caller may not write the entity (the check serves its forms).
core::Result<DuplicateCheckResult> CheckDuplicates(app::Store& store, const app::Caller& caller,
                                                   const DuplicateCheckRequest& request);

// Lends the check to the platform's import (accounts and leads rows of a dry run, decision
// 0054); called when the module adds its entities.
void RegisterImportDuplicateChecks();

}  // namespace salesdesk::modules::leads
