// B-R7.5: a loss counts for the owner on the lost date. OwnerAt walks the account's owner changes
// (from the audit trail) to the instant asked for.
#include <gtest/gtest.h>

#include <vector>

#include "modules/appraisal/core/owner_history.h"

namespace salesdesk::core::appraisal {
namespace {

constexpr std::int64_t kAnna = 11, kBen = 12, kCara = 13;

TEST(AppraisalOwnerHistory, NoChangeMeansTodaysOwnerThroughout) {
  EXPECT_EQ(OwnerAt(kAnna, {}, 1'000), kAnna);
  EXPECT_EQ(OwnerAt(std::nullopt, {}, 1'000), std::nullopt);
}

TEST(AppraisalOwnerHistory, TheOwnerAtAnInstantIsTheOneTheNextChangeReplaced) {
  // Anna → Ben at 100, Ben → Cara at 200; Cara owns it today.
  const std::vector<OwnerChange> changes{{100, kAnna, kBen}, {200, kBen, kCara}};
  EXPECT_EQ(OwnerAt(kCara, changes, 50), kAnna);
  EXPECT_EQ(OwnerAt(kCara, changes, 100), kAnna);  // a change at the very instant: not yet
  EXPECT_EQ(OwnerAt(kCara, changes, 101), kBen);
  EXPECT_EQ(OwnerAt(kCara, changes, 200), kBen);
  EXPECT_EQ(OwnerAt(kCara, changes, 201), kCara);
}

TEST(AppraisalOwnerHistory, AnAccountWithoutOwnerThenIsNobodys) {
  const std::vector<OwnerChange> changes{{100, std::nullopt, kAnna}};
  EXPECT_EQ(OwnerAt(kAnna, changes, 99), std::nullopt);
  EXPECT_EQ(OwnerAt(kAnna, changes, 101), kAnna);
}

}  // namespace
}  // namespace salesdesk::core::appraisal
