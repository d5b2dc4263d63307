// Pagination of the part of a document that flows from page to page: table rows, the totals
// block, paragraph lines. A pure function over measured heights, so page breaks are decided
// once, before anything is drawn, and the footer can say "Page 2 of 5".
#pragma once

#include <span>
#include <vector>

namespace salesdesk::pdf {

struct FlowBlock {
  double height = 0;
  double space_before = 0;      // dropped at the top of a page
  bool table_row = false;       // needs the table header above it at the top of a page
  bool keep_with_next = false;  // a heading: moves to the next page with the block after it
};

struct FlowFrame {
  double first_top = 0;  // where the flow starts on page 1 (below the document header)
  double next_top = 0;   // where it starts on later pages (below the running header)
  double bottom = 0;     // nothing may extend below this
  double table_header_height = 0;
};

struct FlowPlacement {
  int page = 0;          // 0-based
  double y = 0;          // top of the block
  double header_y = -1;  // top of the table header drawn above it; < 0 when none
};

struct FlowLayout {
  std::vector<FlowPlacement> placements;  // one per block, in order
  int page_count = 1;
};

// Places blocks top to bottom, starting a new page when a block (with the table header it
// needs, or the block it keeps with) does not fit. A block taller than an empty page is placed
// at the top of one anyway; callers cap heights (TextStyle::max_lines) so that cannot happen.
FlowLayout PaginateFlow(std::span<const FlowBlock> blocks, const FlowFrame& frame);

}  // namespace salesdesk::pdf
