// PaginateFlow over plain heights: page breaks, the repeated table header, blocks that keep
// with the next one, and the smaller first page.
#include "pdf/pdf_page_flow.h"

#include <gtest/gtest.h>

#include <vector>

namespace salesdesk::pdf {
namespace {

FlowBlock Row(double height) { return FlowBlock{height, 0, true, false}; }
FlowBlock Plain(double height, double space_before = 0) {
  return FlowBlock{height, space_before, false, false};
}

// Page 1 holds 100 points of flow, later pages 180; the table header is 5.
constexpr FlowFrame kFrame{
    .first_top = 100, .next_top = 20, .bottom = 200, .table_header_height = 5};

TEST(PdfPageFlow, RowsBreakAcrossPagesWithTheHeaderOnEachPage) {
  std::vector<FlowBlock> blocks(30, Row(10));
  const FlowLayout layout = PaginateFlow(blocks, kFrame);
  // Page 1: 5 + 9 x 10 = 95 <= 100; later pages: 5 + 17 x 10 = 175 <= 180.
  ASSERT_EQ(layout.placements.size(), 30u);
  EXPECT_EQ(layout.page_count, 3);
  EXPECT_EQ(layout.placements[0].page, 0);
  EXPECT_DOUBLE_EQ(layout.placements[0].header_y, 100);
  EXPECT_DOUBLE_EQ(layout.placements[0].y, 105);
  EXPECT_EQ(layout.placements[8].page, 0);
  EXPECT_EQ(layout.placements[9].page, 1);
  EXPECT_DOUBLE_EQ(layout.placements[9].header_y, 20);
  EXPECT_DOUBLE_EQ(layout.placements[9].y, 25);
  EXPECT_EQ(layout.placements[25].page, 1);
  EXPECT_EQ(layout.placements[26].page, 2);
  int headers = 0;
  for (const FlowPlacement& p : layout.placements) {
    if (p.header_y >= 0) ++headers;
    EXPECT_LE(p.y + 10, kFrame.bottom);
  }
  EXPECT_EQ(headers, 3);
}

TEST(PdfPageFlow, ABlockThatDoesNotFitMovesWholeToTheNextPage) {
  std::vector<FlowBlock> blocks(9, Row(10));  // fills page 1 up to 195
  blocks.push_back(Plain(40, 10));            // totals: 195 + 10 + 40 > 200
  const FlowLayout layout = PaginateFlow(blocks, kFrame);
  EXPECT_EQ(layout.page_count, 2);
  EXPECT_EQ(layout.placements.back().page, 1);
  EXPECT_DOUBLE_EQ(layout.placements.back().y, 20);  // space_before dropped at the top
  EXPECT_LT(layout.placements.back().header_y, 0);   // not a row: no table header
}

TEST(PdfPageFlow, HeadingsKeepWithTheirFirstLine) {
  std::vector<FlowBlock> blocks = {Plain(85), {10, 0, false, true}, Plain(10)};
  const FlowLayout layout = PaginateFlow(blocks, kFrame);  // 85 + 10 fits, + 10 does not
  EXPECT_EQ(layout.placements[1].page, 1);
  EXPECT_EQ(layout.placements[2].page, 1);
}

TEST(PdfPageFlow, SmallFirstPageIsLeftForABlockOnlyALaterPageCanHold) {
  std::vector<FlowBlock> blocks = {Plain(150)};
  const FlowLayout layout = PaginateFlow(blocks, kFrame);
  EXPECT_EQ(layout.placements[0].page, 1);
  EXPECT_EQ(layout.page_count, 2);
}

TEST(PdfPageFlow, OversizedBlockStillMakesProgress) {
  std::vector<FlowBlock> blocks = {Plain(500), Plain(10)};
  const FlowLayout layout = PaginateFlow(blocks, kFrame);
  EXPECT_EQ(layout.placements[0].page, 1);
  EXPECT_EQ(layout.placements[1].page, 2);
}

TEST(PdfPageFlow, NoBlocksIsOnePage) {
  const FlowLayout layout = PaginateFlow({}, kFrame);
  EXPECT_EQ(layout.page_count, 1);
  EXPECT_TRUE(layout.placements.empty());
}

}  // namespace
}  // namespace salesdesk::pdf
