// GET /receivables/ageing?group=rep|team|territory (decision 0049): the ageing per invoice
// (E-R3 to E-R5) regrouped. A rep gets their credited share of each invoice (the invoice's
// credit split, each amount split by Allocate; no split: all to the owner, E-R7), and the
// credit of payments on no invoice goes to the account's owner; a team sums its members'
// shares (never averages); a territory takes its accounts' invoices whole. Only what the
// caller may see, one row per group and currency.
#pragma once

#include "modules/billing/app/receivables_ageing.h"

namespace salesdesk::modules::billing {

enum class PeopleGroup { kRep, kTeam, kTerritory };

core::Result<AgeingReport> AgeReceivablesBy(app::Store& store, const app::Caller& caller,
                                            core::Date as_of, PeopleGroup group);

}  // namespace salesdesk::modules::billing
