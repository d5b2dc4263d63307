// A lead's score (docs/leads.md): 0-100, half fit (who they are) and half engagement (how far
// they came and how they reached us). Pure: the caller says which countries are served.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::core::leads {

struct LeadFacts {
  std::string company;
  std::string job_title;
  std::string email;
  std::string phone;
  std::string vat_id;
  std::string status;  // new, contacted, qualified, converted, disqualified
  std::string source;  // web, referral, event, campaign, cold_call, import, other
  bool country_served = false;
};

// One reason and the points it gave (the web shows them beside the score).
struct ScorePart {
  std::string_view reason;  // e.g. "fit.company"
  int points = 0;
};

struct LeadScore {
  int total = 0;
  std::vector<ScorePart> parts;  // only those that gave points
};

LeadScore ScoreLead(const LeadFacts& facts);

// The title's seniority: 10 for owners, C-level, directors and heads; 5 for managers and leads;
// 0 otherwise. Case- and accent-insensitive keywords in en/de/es/fr and Chinese.
int SeniorityPoints(std::string_view job_title);

}  // namespace salesdesk::core::leads
