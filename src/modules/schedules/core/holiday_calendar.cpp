#include "modules/schedules/core/holiday_calendar.h"

#include <algorithm>

#include "modules/schedules/core/easter.h"

namespace salesdesk::modules::schedules {
namespace {

using core::Date;
using core::Weekday;

constexpr std::string_view kCountries[] = {"DE", "ES", "FR", "GB", "IT", "PT", "US"};

Date Day(int year, int month, int day) { return Date::FromCivil(year, month, day).value(); }
Date Plus(Date d, int days) { return d.AddDays(days).value(); }

// The n-th (1-based) `weekday` of the month; n = -1 the last one.
Date NthWeekday(int year, int month, Weekday weekday, int n) {
  if (n > 0) {
    const Date first = Day(year, month, 1);
    const int shift = (static_cast<int>(weekday) - static_cast<int>(first.weekday()) + 7) % 7;
    return Plus(first, shift + 7 * (n - 1));
  }
  const Date last = Day(year, month, core::DaysInMonth(year, month));
  const int back = (static_cast<int>(last.weekday()) - static_cast<int>(weekday) + 7) % 7;
  return Plus(last, -back);
}

bool Weekend(Date d) { return d.weekday() >= Weekday::kSaturday; }

class Builder {
 public:
  explicit Builder(int year, Date easter) : year_(year), easter_(easter) {}
  void Fixed(int month, int day, std::string name, bool half = false) {
    out_.push_back({Day(year_, month, day), std::move(name), half});
  }
  void Easter(int offset, std::string name) {
    out_.push_back({Plus(easter_, offset), std::move(name), false});
  }
  void At(Date d, std::string name) { out_.push_back({d, std::move(name), false}); }
  std::vector<PublicHoliday> Done() {
    std::stable_sort(out_.begin(), out_.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    return std::move(out_);
  }

 private:
  int year_;
  Date easter_;
  std::vector<PublicHoliday> out_;
};

// England and Wales: a bank holiday on a weekend moves to the next weekday not already a holiday.
void GreatBritain(Builder& b, int year) {
  const Date new_year = Day(year, 1, 1);
  b.At(Weekend(new_year) ? NthWeekday(year, 1, Weekday::kMonday, 1) : new_year, "New Year's Day");
  b.Easter(-2, "Good Friday");
  b.Easter(1, "Easter Monday");
  b.At(NthWeekday(year, 5, Weekday::kMonday, 1), "Early May bank holiday");
  b.At(NthWeekday(year, 5, Weekday::kMonday, -1), "Spring bank holiday");
  b.At(NthWeekday(year, 8, Weekday::kMonday, -1), "Summer bank holiday");
  Date christmas = Day(year, 12, 25);
  Date boxing = Day(year, 12, 26);
  if (christmas.weekday() == Weekday::kSaturday) {  // Mon 27 and Tue 28
    christmas = Plus(christmas, 2);
    boxing = Plus(boxing, 2);
  } else if (christmas.weekday() == Weekday::kSunday) {  // Boxing Day Mon 26, Christmas Tue 27
    christmas = Plus(christmas, 2);
  } else if (boxing.weekday() == Weekday::kSaturday) {  // Christmas on Friday: Boxing Day Mon 28
    boxing = Plus(boxing, 2);
  }
  b.At(christmas, "Christmas Day");
  b.At(boxing, "Boxing Day");
}

// Federal holidays: one on a Saturday is observed the Friday before, on a Sunday the Monday after.
void UnitedStates(Builder& b, int year) {
  auto observed = [](Date d) {
    if (d.weekday() == Weekday::kSaturday) return Plus(d, -1);
    if (d.weekday() == Weekday::kSunday) return Plus(d, 1);
    return d;
  };
  b.At(observed(Day(year, 1, 1)), "New Year's Day");
  b.At(NthWeekday(year, 1, Weekday::kMonday, 3), "Martin Luther King Jr. Day");
  b.At(NthWeekday(year, 2, Weekday::kMonday, 3), "Washington's Birthday");
  b.At(NthWeekday(year, 5, Weekday::kMonday, -1), "Memorial Day");
  b.At(observed(Day(year, 6, 19)), "Juneteenth");
  b.At(observed(Day(year, 7, 4)), "Independence Day");
  b.At(NthWeekday(year, 9, Weekday::kMonday, 1), "Labor Day");
  b.At(NthWeekday(year, 10, Weekday::kMonday, 2), "Columbus Day");
  b.At(observed(Day(year, 11, 11)), "Veterans Day");
  b.At(NthWeekday(year, 11, Weekday::kThursday, 4), "Thanksgiving Day");
  b.At(observed(Day(year, 12, 25)), "Christmas Day");
}

}  // namespace

std::span<const std::string_view> HolidayCountries() { return kCountries; }

core::Result<std::vector<PublicHoliday>> GenerateHolidays(std::string_view country, int year) {
  if (std::find(std::begin(kCountries), std::end(kCountries), country) == std::end(kCountries)) {
    return core::Error::Invalid("country", core::Msg("schedules.holiday_country"));
  }
  SD_ASSIGN(Date easter, EasterSunday(year));
  Builder b(year, easter);
  if (country == "DE") {
    b.Fixed(1, 1, "Neujahr");
    b.Easter(-2, "Karfreitag");
    b.Easter(1, "Ostermontag");
    b.Fixed(5, 1, "Tag der Arbeit");
    b.Easter(39, "Christi Himmelfahrt");
    b.Easter(50, "Pfingstmontag");
    b.Fixed(10, 3, "Tag der Deutschen Einheit");
    // Not statutory, but offices close at noon by custom and collective agreements.
    b.Fixed(12, 24, "Heiligabend", true);
    b.Fixed(12, 25, "1. Weihnachtstag");
    b.Fixed(12, 26, "2. Weihnachtstag");
    b.Fixed(12, 31, "Silvester", true);
  } else if (country == "ES") {
    b.Fixed(1, 1, "Año Nuevo");
    b.Fixed(1, 6, "Epifanía del Señor");
    b.Easter(-2, "Viernes Santo");
    b.Fixed(5, 1, "Fiesta del Trabajo");
    b.Fixed(8, 15, "Asunción de la Virgen");
    b.Fixed(10, 12, "Fiesta Nacional de España");
    b.Fixed(11, 1, "Todos los Santos");
    b.Fixed(12, 6, "Día de la Constitución");
    b.Fixed(12, 8, "Inmaculada Concepción");
    b.Fixed(12, 25, "Navidad");
  } else if (country == "FR") {
    b.Fixed(1, 1, "Jour de l'an");
    b.Easter(1, "Lundi de Pâques");
    b.Fixed(5, 1, "Fête du Travail");
    b.Fixed(5, 8, "Victoire 1945");
    b.Easter(39, "Ascension");
    b.Easter(50, "Lundi de Pentecôte");
    b.Fixed(7, 14, "Fête nationale");
    b.Fixed(8, 15, "Assomption");
    b.Fixed(11, 1, "Toussaint");
    b.Fixed(11, 11, "Armistice 1918");
    b.Fixed(12, 25, "Noël");
  } else if (country == "IT") {
    b.Fixed(1, 1, "Capodanno");
    b.Fixed(1, 6, "Epifania");
    b.Easter(1, "Lunedì dell'Angelo");
    b.Fixed(4, 25, "Festa della Liberazione");
    b.Fixed(5, 1, "Festa del Lavoro");
    b.Fixed(6, 2, "Festa della Repubblica");
    b.Fixed(8, 15, "Ferragosto");
    b.Fixed(11, 1, "Ognissanti");
    b.Fixed(12, 8, "Immacolata Concezione");
    b.Fixed(12, 25, "Natale");
    b.Fixed(12, 26, "Santo Stefano");
  } else if (country == "PT") {
    b.Fixed(1, 1, "Ano Novo");
    b.Easter(-2, "Sexta-feira Santa");
    b.Easter(0, "Páscoa");
    b.Fixed(4, 25, "Dia da Liberdade");
    b.Fixed(5, 1, "Dia do Trabalhador");
    b.Easter(60, "Corpo de Deus");
    b.Fixed(6, 10, "Dia de Portugal");
    b.Fixed(8, 15, "Assunção de Nossa Senhora");
    b.Fixed(10, 5, "Implantação da República");
    b.Fixed(11, 1, "Dia de Todos os Santos");
    b.Fixed(12, 1, "Restauração da Independência");
    b.Fixed(12, 8, "Imaculada Conceição");
    b.Fixed(12, 25, "Natal");
  } else if (country == "GB") {
    GreatBritain(b, year);
  } else {
    UnitedStates(b, year);
  }
  return b.Done();
}

}  // namespace salesdesk::modules::schedules
