// The API fixture most desk scenarios start from: the seeded company plus a "EUR 2026" price
// list with the seeded product at 20.00.
#pragma once

#include "api/api_test_server.h"

namespace salesdesk::api_test {

class EurPriceListTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    list_id_ = SysCreate("price-lists", {{"name", "EUR 2026"}, {"currency", "EUR"}});
    item_id_ =
        SysCreate("price-list-items",
                  {{"price_list_id", list_id_}, {"product_id", product_id()}, {"price", "20.00"}});
  }

  std::int64_t list_id_ = 0, item_id_ = 0;
};

}  // namespace salesdesk::api_test
