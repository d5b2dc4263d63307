// National public holidays of the demo company's countries, generated per year from fixed dates,
// Easter-relative days and "n-th weekday" rules with the countries' substitute-day rules. The
// generator only seeds records: the stored public-holidays are the calendar, edited by an admin
// (a one-off bank holiday, a regional day).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::modules::schedules {

struct PublicHoliday {
  core::Date date;
  std::string name;  // in the country's language
  bool half_day = false;
};

// The countries the generator knows (ISO 3166-1 alpha-2).
std::span<const std::string_view> HolidayCountries();

// The year's holidays of `country`, by date. kInvalidArgument (field "country") for a country
// the generator does not know, (field "year") outside 1583..9999.
core::Result<std::vector<PublicHoliday>> GenerateHolidays(std::string_view country, int year);

}  // namespace salesdesk::modules::schedules
