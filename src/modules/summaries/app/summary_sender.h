// Sending the summaries: the job sends each active subscription's last closed period once; "Send
// now" sends it again on the owner's request. Either way the summary is read as the owner sees
// it, rendered in the subscription's language and formats, and put in the outbox in the same
// transaction that records the period on the subscription.
#pragma once

#include <cstdint>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/summaries/core/summary_report.h"

namespace salesdesk::modules::summaries {

// The PDF layer sits above this one; the HTTP part hands its renderer in.
using PdfRenderer = core::Result<std::string> (*)(const core::summaries::SummaryReport&);

// The job (every half hour): for each active subscription whose last closed period is not the one
// last sent, builds and queues it. A subscription that cannot be built keeps its error on
// `last_error` and is tried again next run; the others go on. Answers a line for the log.
core::Result<std::string> SendDueSummaries(app::Store& store, const core::Clock& clock,
                                           PdfRenderer pdf);

// POST /summary-subscriptions/{id}/send: the last closed period now, whether sent before or not;
// the owner alone (someone else's subscription is missing). Answers the outbox message.
core::Result<app::CreateResult<app::Record>> SendSummaryNow(
    app::Store& store, const core::Clock& clock, PdfRenderer pdf, const app::Caller& caller,
    std::int64_t subscription_id, const app::IdempotencyRequest* key,
    const app::Renderer<app::Record>& render);

}  // namespace salesdesk::modules::summaries
