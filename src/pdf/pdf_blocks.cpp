#include "pdf/pdf_blocks.h"

#include <algorithm>
#include <memory>

namespace salesdesk::pdf {
namespace {

constexpr double kRowGap = 2.5;

}  // namespace

void LabelValueRows::Add(const Canvas& canvas, const std::string& label, const std::string& value,
                         double width, const TextStyle& label_style, const TextStyle& value_style) {
  TextBlock label_block = canvas.Layout(label, label_width, label_style);
  TextBlock value_block = canvas.Layout(value, width - label_width, value_style);
  const double row_height = std::max(label_block.height(), value_block.height()) + kRowGap;
  rows.emplace_back(std::move(label_block), std::move(value_block));
  heights.push_back(row_height);
  height += row_height;
}

void LabelValueRows::Draw(Canvas& canvas, double x, double y) const {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    canvas.Draw(rows[i].first, x, y);
    canvas.Draw(rows[i].second, x + label_width, y);
    y += heights[i];
  }
}

std::vector<FlowItem> LayoutParagraph(const Canvas& canvas, const char* heading,
                                      const std::string& text) {
  std::vector<FlowItem> blocks;
  if (text.empty()) return blocks;
  auto title = std::make_shared<TextBlock>(
      canvas.Layout(heading, kContentWidth, TextStyle{9, true, kAccent}));
  FlowItem head;
  head.flow = FlowBlock{title->height() + 3, 16, false, true};
  head.draw = [title](Canvas& c, double y) { c.Draw(*title, kMargin, y); };
  blocks.push_back(std::move(head));

  auto body = std::make_shared<TextBlock>(canvas.Layout(text, kContentWidth, TextStyle{8.5}));
  for (int i = 0; i < body->line_count(); ++i) {
    FlowItem line;
    line.flow.height = body->line_height(i);
    line.draw = [body, i](Canvas& c, double y) { c.DrawLine(*body, i, kMargin, y); };
    blocks.push_back(std::move(line));
  }
  return blocks;
}

}  // namespace salesdesk::pdf
