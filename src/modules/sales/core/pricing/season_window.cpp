#include "modules/sales/core/pricing/season_window.h"

namespace salesdesk::core::pricing {
namespace {

int MonthDayKey(int month, int day) { return month * 100 + day; }

}  // namespace

bool InSeason(const SeasonWindow& season, CivilDate date) {
  const int from = MonthDayKey(season.from_month, season.from_day);
  const int to = MonthDayKey(season.to_month, season.to_day);
  const int key = MonthDayKey(date.month, date.day);
  if (from <= to) return key >= from && key <= to;
  return key >= from || key <= to;  // wraps the year end
}

Result<DateRange> CumulativeWindow(const CumulativeVolume& volume, Date date) {
  if (volume.period == VolumePeriod::kCalendarYear) {
    SD_ASSIGN(Date first, Date::FromCivil(date.Civil().year, 1, 1));
    return DateRange{first, date};
  }
  if (volume.rolling_days <= 0) {
    return Error::Invalid("rolling_days", Msg("rule.rolling_days"));
  }
  SD_ASSIGN(Date first, date.AddDays(-(volume.rolling_days - 1)));
  return DateRange{first, date};
}

}  // namespace salesdesk::core::pricing
