#include "core/text/sort_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace salesdesk::core {
namespace {

TEST(SortKey, FoldsCaseAndLatinAccents) {
  EXPECT_EQ(SortKey("Análisis Clínicos Málaga"), "analisis clinicos malaga");
  EXPECT_EQ(SortKey("Ärztehaus Großhadern"), "arztehaus grosshadern");
  EXPECT_EQ(SortKey("ŁÓDŹ Szpital"), "lodz szpital");
  EXPECT_EQ(SortKey("Ærø Þing"), "aero thing");
  EXPECT_EQ(SortKey("Œuvre"), "ouvre");
}

TEST(SortKey, KeepsOtherCharactersAsTheyAre) {
  EXPECT_EQ(SortKey("上海医疗"), "上海医疗");
  EXPECT_EQ(SortKey("3 × 4"), "3 × 4");
  EXPECT_EQ(SortKey(""), "");
  EXPECT_EQ(SortKey("\xC3"), "\xC3");  // truncated sequence copied, not read past
  EXPECT_EQ(SortKey("a\xFF"
                    "b"),
            "a\xFF"
            "b");  // invalid byte copied
}

TEST(SortKey, OrdersNamesTheWayPeopleExpect) {
  std::vector<std::string> names = {"Antoine Richard", "Análisis Clínicos", "anouk Mulder", "Zeta",
                                    "Ärzte Nord",      "Apotheek"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return SortKey(a) < SortKey(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"Análisis Clínicos", "anouk Mulder", "Antoine Richard",
                                             "Apotheek", "Ärzte Nord", "Zeta"}));
}

}  // namespace
}  // namespace salesdesk::core
