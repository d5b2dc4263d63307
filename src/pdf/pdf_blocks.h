// Pieces every printed document is made of: a measured block of the flowing part and how to
// draw it, label/value rows (facts, totals) and paragraphs that continue across pages.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "pdf/pdf_canvas.h"
#include "pdf/pdf_page_flow.h"

namespace salesdesk::pdf {

// A measured piece of the flowing part of a document and how to draw it at a given top.
struct FlowItem {
  FlowBlock flow;
  std::function<void(Canvas&, double y)> draw;
};

// Rows of a label on the left and a value on the right of a fixed-width box.
struct LabelValueRows {
  std::vector<std::pair<TextBlock, TextBlock>> rows;
  std::vector<double> heights;
  double label_width = 0;
  double height = 0;

  void Add(const Canvas& canvas, const std::string& label, const std::string& value, double width,
           const TextStyle& label_style, const TextStyle& value_style);
  void Draw(Canvas& canvas, double x, double y) const;
};

// A heading kept with the paragraph's first line, then one block per line of `text`, so long
// text continues on the next page instead of being cut. Nothing for an empty text.
std::vector<FlowItem> LayoutParagraph(const Canvas& canvas, const char* heading,
                                      const std::string& text);

}  // namespace salesdesk::pdf
