#include "pdf/pdf_number_format.h"

#include <algorithm>
#include <array>

namespace salesdesk::pdf {
namespace {

// A no-break space keeps "19 %" and "1.234,56 EUR" on one line when a cell wraps.
constexpr char kNoBreakSpace[] = "\u00A0";

bool CommaDecimal(Language language) {
  return language == Language::kDe || language == Language::kEs;
}

std::string TwoDigits(int value) {
  return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

}  // namespace

std::string FormatDecimal(std::int64_t units, int scale, int min_decimals, Language language) {
  const char group = CommaDecimal(language) ? '.' : ',';
  const char decimal = CommaDecimal(language) ? ',' : '.';
  // The magnitude as unsigned, so INT64_MIN has one too.
  const std::uint64_t magnitude =
      units < 0 ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::uint64_t divisor = 1;
  for (int i = 0; i < scale; ++i) divisor *= 10;
  std::uint64_t integer = magnitude / divisor;
  std::uint64_t fraction = magnitude % divisor;

  std::string fraction_digits(static_cast<std::size_t>(scale), '0');
  for (int i = scale - 1; i >= 0; --i, fraction /= 10) {
    fraction_digits[static_cast<std::size_t>(i)] = static_cast<char>('0' + fraction % 10);
  }
  const std::size_t keep = static_cast<std::size_t>(std::max(min_decimals, 0));
  while (fraction_digits.size() > keep && fraction_digits.back() == '0') fraction_digits.pop_back();
  if (fraction_digits.size() < keep) fraction_digits.append(keep - fraction_digits.size(), '0');

  std::string digits = std::to_string(integer);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += group;
    out += digits[i];
  }
  if (!fraction_digits.empty()) out += decimal + fraction_digits;
  if (units < 0) out.insert(0, "-");
  return out;
}

std::string FormatAmount(const core::Money& money, Language language) {
  const int exponent = money.currency.exponent();
  return FormatDecimal(money.minor, exponent, exponent, language);
}

std::string FormatMoney(const core::Money& money, Language language) {
  const std::string amount = FormatAmount(money, language);
  const std::string code = money.currency.code();
  if (CommaDecimal(language)) return amount + kNoBreakSpace + code;
  return code + kNoBreakSpace + amount;
}

std::string FormatUnitPrice(core::UnitPrice price, core::Currency currency, Language language) {
  return FormatDecimal(price.units(), core::UnitPrice::kScale, currency.exponent(), language);
}

std::string FormatQuantity(core::Quantity quantity, Language language) {
  return FormatDecimal(quantity.units(), core::Quantity::kScale, 0, language);
}

std::string FormatPercent(core::Percent percent, Language language) {
  const std::string number = FormatDecimal(percent.units(), core::Percent::kScale, 0, language);
  if (CommaDecimal(language)) return number + kNoBreakSpace + "%";
  return number + "%";
}

std::string FormatDate(core::Date date, Language language) {
  static constexpr std::array<const char*, 12> kEnglishMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const core::CivilDate civil = date.Civil();
  const std::string year = date.ToString().substr(0, 4);  // always four digits
  switch (language) {
    case Language::kEn:
      return std::to_string(civil.day) + " " +
             kEnglishMonths[static_cast<std::size_t>(civil.month - 1)] + " " + year;
    case Language::kDe:
      return TwoDigits(civil.day) + "." + TwoDigits(civil.month) + "." + year;
    case Language::kEs:
      return TwoDigits(civil.day) + "/" + TwoDigits(civil.month) + "/" + year;
    case Language::kZh:
      return year + "年" + std::to_string(civil.month) + "月" + std::to_string(civil.day) + "日";
  }
  return date.ToString();
}

}  // namespace salesdesk::pdf
