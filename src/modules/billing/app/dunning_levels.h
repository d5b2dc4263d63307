// Dunning levels (RULES E-R8, E-R12) as organisation settings: one record per level with its
// minimum days, fee (in the base currency), interest rate, letter texts per language (a JSON
// object {"en": "...", "de": "..."}), and whether it creates a task or puts the account on hold.
#pragma once

#include <string_view>
#include <vector>

#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/result.h"
#include "modules/billing/core/dunning.h"
#include "modules/billing/core/letter_text.h"

namespace salesdesk::modules::billing {

// The company's default letter language: the settings have no language yet, so English.
inline constexpr std::string_view kDefaultLetterLanguage = "en";

struct StoredLevel {
  int level = 0;
  core::billing::DunningLevel rule;
  core::billing::LetterTexts texts;
};

// Errors name the member: "texts", "texts/<language>".
core::Result<core::billing::LetterTexts> ParseLetterTexts(std::string_view json);

// The dunning-levels entity's validate hook: the texts parse, use known placeholders only and
// hold the default language's text.
void ValidateDunningLevel(const app::Caller& caller, const app::Record& current,
                          app::Record& fields, core::FieldIssues& issues);

// Every level, in order; they must be numbered 1..n without gaps ("dunning-levels").
core::Result<std::vector<StoredLevel>> LoadLevels(app::UnitOfWork& uow);

}  // namespace salesdesk::modules::billing
