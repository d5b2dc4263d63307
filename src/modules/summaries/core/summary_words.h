// A sales summary's words in each language it is sent in (en, de, es, zh): the title per
// cadence, the facts, the tables' headings and columns, the measures and categories the
// cockpit names by code, and the e-mail's subject and text.
#pragma once

#include <string>
#include <string_view>

#include "modules/summaries/core/summary_period.h"

namespace salesdesk::core::summaries {

struct SummaryWords {
  const char* daily_title;
  const char* weekly_title;
  const char* monthly_title;
  const char* period;
  const char* read_on;
  const char* prepared_for;
  const char* scope;
  const char* scope_team;
  const char* scope_me;
  const char* sales;     // "Sales against target"
  const char* activity;  // "Activity against target"
  const char* pipeline;
  const char* receivables;
  const char* customers;
  const char* discount;
  const char* person;
  const char* team;  // the team line
  const char* measure;
  const char* target;
  const char* actual;
  const char* attainment;
  const char* month_attainment;
  const char* year_attainment;
  const char* needed_per_day;  // to reach the year's target
  const char* category;
  const char* deals;
  const char* amount;
  const char* won;
  const char* lost;
  const char* win_rate;  // by amount, 90 days
  const char* currency;
  const char* not_due;
  const char* overdue;
  const char* new_customers;
  const char* lost_customers;
  const char* invoices;
  const char* list_amount;
  const char* net_amount;
  const char* given;
  const char* given_share;
  const char* no_plans;    // a target table without plans
  const char* no_figures;  // any other empty table
  const char* greeting;    // the e-mail's first line
  const char* attached;    // "{title} for {period} is attached ({formats})."
  const char* sent_by;     // "Sent by Salesdesk for {person}."
};

// Unknown codes read as English.
const SummaryWords& SummaryWordsFor(std::string_view language);
std::string_view TitleOf(const SummaryWords& w, Cadence cadence);
// "revenue", "margin", "visits", "calls", "orders", "new_customers"; unknown codes as they are.
std::string MeasureWord(std::string_view language, std::string_view measure);
// "commit", "best_case", "pipeline".
std::string CategoryWord(std::string_view language, std::string_view category);

}  // namespace salesdesk::core::summaries
