// Work schedules (issue 11, docs/schedules.md): who works which days. Work profiles (weekly
// pattern and country of work, per person and date), public holidays per country, shifts and
// the monthly rota, leave with the manager's decision, attendance. The working-day calculus
// (core/working_days.h) reads them; targets and appraisals take a person's working days from
// WorkingDaysOf (working_days_reader.h), never from a calendar of their own.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::schedules {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

// Entity rules (schedules_rules.cpp).
void ValidateWorkProfile(const app::Caller& caller, const app::Record& current, app::Record& fields,
                         core::FieldIssues& issues);
void ValidateShift(const app::Caller& caller, const app::Record& current, app::Record& fields,
                   core::FieldIssues& issues);
core::Result<void> PrepareRotaEntry(app::WriteContext& ctx, const app::Record& current,
                                    app::Record& fields);
core::Result<void> PrepareLeave(app::WriteContext& ctx, const app::Record& current,
                                app::Record& fields);
core::Result<void> PrepareAttendance(app::WriteContext& ctx, const app::Record& current,
                                     app::Record& fields);

}  // namespace salesdesk::modules::schedules
