// The demo company's payment terms: the usual ones of its markets (net 30, end of month + 30,
// a deposit with the rest on delivery terms, three equal instalments).
#include "app/demo/demo_internal.h"
#include "modules/billing/app/billing_module.h"

namespace salesdesk::modules::billing {
namespace {

struct DemoTerms {
  const char* name;
  const char* lines;
  const char* description;
};

constexpr DemoTerms kTerms[] = {
    {"Net 30", R"([{"portion":1,"rule":"days_after_invoice","days":30}])",
     "The whole amount 30 days after the invoice date"},
    {"Net 60", R"([{"portion":1,"rule":"days_after_invoice","days":60}])",
     "Public hospitals and framework contracts"},
    {"End of month + 30", R"([{"portion":1,"rule":"end_of_month_plus","days":30}])",
     "Customary in Spain and France"},
    {"30 % now, 70 % in 60 days",
     R"([{"portion":30,"rule":"days_after_invoice","days":0},)"
     R"({"portion":70,"rule":"days_after_invoice","days":60}])",
     "Equipment orders: a deposit, the rest after installation"},
    {"Three equal instalments",
     R"([{"portion":1,"rule":"end_of_month_plus","days":30},)"
     R"({"portion":1,"rule":"end_of_month_plus","days":60},)"
     R"({"portion":1,"rule":"end_of_month_plus","days":90}])",
     "Large orders by agreement with finance"},
};

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  for (const DemoTerms& t : kTerms) {
    SD_TRY(writer.Insert(Spec("payment-terms"), {{"name", std::string(t.name)},
                                                 {"lines", std::string(t.lines)},
                                                 {"description", std::string(t.description)},
                                                 {"active", true}}));
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::billing
