#include "modules/leads/core/lead_score.h"

#include "core/text/sort_key.h"
#include "modules/leads/core/email_domain.h"

namespace salesdesk::core::leads {
namespace {

bool Blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// Whole-word match of a folded keyword in a folded title (Chinese keywords: anywhere).
bool HasWord(const std::string& title, std::string_view word) {
  for (std::size_t at = title.find(word); at != std::string::npos; at = title.find(word, at + 1)) {
    const bool ascii = static_cast<unsigned char>(word.front()) < 0x80;
    if (!ascii) return true;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    const bool starts = at == 0 || !letter(title[at - 1]);
    const std::size_t end = at + word.size();
    const bool ends = end >= title.size() || !letter(title[end]);
    if (starts && ends) return true;
  }
  return false;
}

constexpr std::string_view kSenior[] = {"ceo",
                                        "cfo",
                                        "coo",
                                        "cto",
                                        "cio",
                                        "cmo",
                                        "owner",
                                        "founder",
                                        "partner",
                                        "president",
                                        "vp",
                                        "vice president",
                                        "director",
                                        "head",
                                        "chief",
                                        "managing",
                                        "gerente general",
                                        "directora",
                                        "inhaber",
                                        "vorstand",
                                        "leiter",
                                        "leiterin",
                                        "geschaftsfuhrer",
                                        "geschaftsfuhrerin",
                                        "prokurist",
                                        "directeur",
                                        "gerant",
                                        "jefe",
                                        "jefa",
                                        "总",
                                        "董事",
                                        "主任"};
constexpr std::string_view kManager[] = {"manager", "lead",        "supervisor", "purchasing",
                                         "buyer",   "procurement", "einkauf",    "responsable",
                                         "compras", "经理",        "采购"};

int SourcePoints(std::string_view source) {
  if (source == "referral") return 15;
  if (source == "event" || source == "web") return 10;
  if (source == "campaign" || source == "cold_call") return 5;
  return 0;  // import, other: nothing known of how they came
}

int StatusPoints(std::string_view status) {
  if (status == "contacted") return 10;
  if (status == "qualified" || status == "converted") return 25;
  return 0;  // new, disqualified
}

}  // namespace

int SeniorityPoints(std::string_view job_title) {
  const std::string title = SortKey(job_title);
  for (auto w : kSenior) {
    if (HasWord(title, w)) return 10;
  }
  for (auto w : kManager) {
    if (HasWord(title, w)) return 5;
  }
  return 0;
}

LeadScore ScoreLead(const LeadFacts& f) {
  LeadScore s;
  auto add = [&s](std::string_view reason, int points) {
    if (points <= 0) return;
    s.parts.push_back({reason, points});
    s.total += points;
  };
  // Fit, at most 50.
  add("fit.company", Blank(f.company) ? 0 : 10);
  add("fit.country_served", f.country_served ? 10 : 0);
  add("fit.seniority", SeniorityPoints(f.job_title));
  add("fit.vat_id", Blank(f.vat_id) ? 0 : 10);
  const std::string domain = EmailDomain(f.email);
  add("fit.business_email", !domain.empty() && !IsFreeMailDomain(domain) ? 10 : 0);
  // Engagement, at most 50.
  add("engagement.status", StatusPoints(f.status));
  add("engagement.source", SourcePoints(f.source));
  add("engagement.email", Blank(f.email) ? 0 : 5);
  add("engagement.phone", Blank(f.phone) ? 0 : 5);
  return s;
}

}  // namespace salesdesk::core::leads
