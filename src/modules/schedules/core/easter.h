// Easter Sunday of a Gregorian year, the anchor of the movable holidays (Good Friday, Easter
// Monday, Ascension, Whit Monday, Corpus Christi).
#pragma once

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::modules::schedules {

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher); kInvalidArgument outside 1583..9999,
// where the Gregorian computus does not apply.
core::Result<core::Date> EasterSunday(int year);

}  // namespace salesdesk::modules::schedules
