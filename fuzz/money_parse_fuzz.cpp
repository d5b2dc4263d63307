// libFuzzer target for the money parsers: ParseCurrency, ParseMoney and the FixedDecimal parsers.
// Input: the first three bytes are tried as a currency code (falling back to EUR, JPY, KWD by
// the first byte), the rest as an amount. Any violated invariant aborts.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/money/money.h"

namespace {

using namespace salesdesk::core;

void Check(bool ok) {
  if (!ok) std::abort();
}

// Accepted text may only contain the grammar's characters.
void CheckCharset(std::string_view text) {
  for (char c : text) Check((c >= '0' && c <= '9') || c == '-' || c == '.');
}

template <typename T>
void CheckDecimal(std::string_view text) {
  auto parsed = T::Parse(text);
  if (!parsed.ok()) {
    Check(parsed.error().code == ErrorCode::kInvalidArgument && !parsed.error().message.empty());
    return;
  }
  CheckCharset(text);
  const std::string canonical = parsed->ToString();
  auto again = T::Parse(canonical);
  Check(again.ok() && *again == *parsed && again->ToString() == canonical);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string_view code = input.substr(0, 3);
  const std::string_view amount = input.size() > 3 ? input.substr(3) : std::string_view();

  auto currency = ParseCurrency(code);
  if (currency.ok()) {
    Check(currency->code() == code && currency->exponent() >= 0 && currency->exponent() <= 4);
  } else {
    Check(currency.error().field == "currency");
    const char* fallback[] = {"EUR", "JPY", "KWD"};
    currency = ParseCurrency(fallback[size == 0 ? 0 : data[0] % 3]);
    Check(currency.ok());
  }

  auto money = ParseMoney(amount, *currency);
  if (money.ok()) {
    CheckCharset(amount);
    const std::string text = FormatAmount(*money);
    auto again = ParseMoney(text, *currency);
    Check(again.ok() && *again == *money && FormatAmount(*again) == text);
    // Rounding is symmetric around zero in both modes.
    const Percent pct = Percent::FromUnits(static_cast<std::int64_t>(size) * 12345 - 50000);
    for (RoundingMode mode : {RoundingMode::kHalfUp, RoundingMode::kHalfEven}) {
      auto part = MultiplyByPercent(*money, pct, mode);
      if (part.ok() && money->minor != INT64_MIN) {
        auto negated = MultiplyByPercent(Money{-money->minor, *currency}, pct, mode);
        Check(negated.ok() && negated->minor == -part->minor);
      }
    }
  } else {
    Check(money.error().field == "amount" && !money.error().message.empty());
  }

  CheckDecimal<Percent>(amount);
  CheckDecimal<Rate>(amount);
  CheckDecimal<UnitPrice>(amount);
  CheckDecimal<Quantity>(input);
  return 0;
}
