// The platform entities' own rules (EntityHooks), set on their specs in entity_catalog.cpp:
// an account's derived sales method and credit-limit currency, a product's sales unit, a
// currency's exponent, an
// exchange rate between two currencies, who may grant the admin role, the settings' time zone,
// and the sessions a disabled user loses.
#pragma once

#include "app/records/entity_spec.h"

namespace salesdesk::app {

void ValidateAccount(const Caller& caller, const Record& current, Record& fields,
                     core::FieldIssues& issues);
void ValidateCurrency(const Caller& caller, const Record& current, Record& fields,
                      core::FieldIssues& issues);
void ValidateExchangeRate(const Caller& caller, const Record& current, Record& fields,
                          core::FieldIssues& issues);
// A sales unit (a box) comes with its factor in base units and differs from the base unit.
void ValidateProduct(const Caller& caller, const Record& current, Record& fields,
                     core::FieldIssues& issues);
void ValidateUser(const Caller& caller, const Record& current, Record& fields,
                  core::FieldIssues& issues);
void ValidateSettings(const Caller& caller, const Record& current, Record& fields,
                      core::FieldIssues& issues);

core::Result<void> AfterUserWrite(WriteContext& ctx, const Record& before, Record& stored);

}  // namespace salesdesk::app
