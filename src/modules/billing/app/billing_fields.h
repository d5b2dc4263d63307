// Field and policy shapes shared by the billing module's entities.
#pragma once

#include "app/records/catalog_fields.h"

namespace salesdesk::modules::billing::fields {

using namespace app::catalog;

// Receivables: finance and the director read and write (through the services) all of them; a
// rep reads their own customers', a manager and a senior manager their team's; admins and
// logistics see none.
inline std::vector<app::RolePolicy> ReceivablesPolicy() {
  using app::ReadAccess;
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kFinance, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, false},
          {R::kManager, ReadAccess::kScoped, false},
          {R::kRep, ReadAccess::kScoped, false}};
}
inline app::FieldSpec Required(app::FieldSpec f) {
  f.required = true;
  return f;
}
inline app::FieldSpec Signed(app::FieldSpec f) {
  f.min = INT64_MIN;
  return f;
}
inline app::FieldSpec Currency() {
  return ReadOnly(app::FieldSpec{
      .name = "currency", .type = app::FieldType::kCurrency, .required = true, .filterable = true});
}

}  // namespace salesdesk::modules::billing::fields
