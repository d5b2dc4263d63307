#include "pdf/pdf_page_flow.h"

namespace salesdesk::pdf {

FlowLayout PaginateFlow(std::span<const FlowBlock> blocks, const FlowFrame& frame) {
  FlowLayout layout;
  layout.placements.reserve(blocks.size());
  int page = 0;
  double y = frame.first_top;
  bool page_empty = true;
  bool previous_is_row = false;

  // Height block `i` takes when placed at the current position.
  auto needed = [&](std::size_t i, bool empty, bool after_row) {
    const FlowBlock& block = blocks[i];
    const bool header = block.table_row && (empty || !after_row);
    return (empty ? 0 : block.space_before) + (header ? frame.table_header_height : 0) +
           block.height;
  };

  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const FlowBlock& block = blocks[i];
    auto total_needed = [&] {
      double need = needed(i, page_empty, previous_is_row);
      if (block.keep_with_next && i + 1 < blocks.size())
        need += needed(i + 1, false, block.table_row);
      return need;
    };
    // Page 1 has less room than the others, so an empty page 1 may still be worth leaving.
    const bool next_page_has_more_room = page == 0 && frame.first_top > frame.next_top;
    if (y + total_needed() > frame.bottom && (!page_empty || next_page_has_more_room)) {
      ++page;
      y = frame.next_top;
      page_empty = true;
    }

    FlowPlacement placement;
    placement.page = page;
    if (!page_empty) y += block.space_before;
    if (block.table_row && (page_empty || !previous_is_row)) {
      placement.header_y = y;
      y += frame.table_header_height;
    }
    placement.y = y;
    y += block.height;
    layout.placements.push_back(placement);
    page_empty = false;
    previous_is_row = block.table_row;
  }
  layout.page_count = page + 1;
  return layout;
}

}  // namespace salesdesk::pdf
