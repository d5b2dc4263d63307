// The competitors and the prices seen of their products. Market knowledge is shared by the
// sales organisation: every seller reads and adds to it (audited); finance reads it to judge
// price pressure; admins and logistics have no business with it.
#include "app/records/catalog_fields.h"
#include "modules/competitors/app/competitors_module.h"

namespace salesdesk::modules::competitors {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;

std::vector<app::RolePolicy> MarketKnowledgePolicy() {
  using app::ReadAccess;
  return {{R::kRep, ReadAccess::kAll, true},
          {R::kManager, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kAll, true},
          {R::kDirector, ReadAccess::kAll, true},
          {R::kFinance, ReadAccess::kAll, false}};
}

FieldSpec LongText(std::string_view name, std::string_view description) {
  return Of(Text(name, false, 2000), description);
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back(
      {.plural = "competitors",
       .singular = "competitor",
       .title = "Competitor",
       .fields = {Name(), Of(Text("website", false, 300), "Their web address"),
                  Of(FieldSpec{.name = "country",
                               .type = F::kCountry,
                               .filterable = true,
                               .sortable = true},
                     "Where they are based"),
                  LongText("strengths", "What customers say they do better than we do"),
                  LongText("weaknesses", "Where we win against them"), Bool("active", true)},
       .search_fields = {"name", "website"},
       .unique_fields = {},
       .policies = MarketKnowledgePolicy()});

  FieldSpec source =
      Enum("source", {"customer", "tender", "website", "trade_show", "other"}, false);
  source.description = "Where the price was seen";
  c.push_back({.plural = "competitor-products",
               .singular = "competitor_product",
               .title = "Competitor product",
               .fields = {Of(Ref("competitor_id", "competitors", true), "Whose product"), Name(),
                          Of(Ref("product_id", "products"), "Our product it competes with"),
                          Of(MoneyField("price_seen"), "The unit price seen in the market"),
                          Of(DateField("seen_on"), "When the price was seen"), source,
                          Of(Text("notes", false, 1000), "Conditions, quantities, who said it")},
               .search_fields = {"name"},
               .policies = MarketKnowledgePolicy()});
}

}  // namespace salesdesk::modules::competitors
