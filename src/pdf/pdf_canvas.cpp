#include "pdf/pdf_canvas.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <utility>

#if defined(__SANITIZE_ADDRESS__)
// fontconfig 2.14 leaks about 300 bytes once, while parsing its XML configuration on pango's
// font-loading thread. Without this, LeakSanitizer fails every sanitized binary that renders a
// PDF. (A binary may hold only one definition of this hook: merge, don't duplicate.)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif

namespace salesdesk::pdf {
namespace {

// DejaVu Sans for Latin, Greek and Cyrillic; WenQuanYi Micro Hei for CJK. Both are listed so
// fontconfig's fallback finds real Chinese glyphs even where DejaVu is the only match.
constexpr char kFontFamilies[] = "DejaVu Sans,WenQuanYi Micro Hei";

struct FontMapUnref {
  void operator()(PangoFontMap* map) const { g_object_unref(map); }
};

// A PangoFontMap and its caches must not be used from two threads at once, and the server
// renders on several. Each thread gets its own map (what pango_cairo_font_map_get_default does
// since pango 1.32); ours is owned here so nothing else can replace it with set_default.
PangoFontMap* ThreadFontMap() {
  thread_local std::unique_ptr<PangoFontMap, FontMapUnref> map(pango_cairo_font_map_new());
  return map.get();
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

const char* PangoLanguageTag(Language language) {
  switch (language) {
    case Language::kDe:
      return "de";
    case Language::kEs:
      return "es";
    case Language::kZh:
      return "zh-cn";  // chooses Simplified Chinese glyph forms in the fallback font
    case Language::kEn:
      break;
  }
  return "en";
}

std::string ValidUtf8(std::string_view text) {
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(valid);
  g_free(valid);
  return out;
}

core::Error CairoError(cairo_status_t status) {
  return core::Error::Make(core::ErrorCode::kInternal,
                           std::string("PDF rendering failed: ") + cairo_status_to_string(status));
}

double ToPoints(int pango_units) { return pango_units_to_double(pango_units); }

// The vertical range of line `index` (pango units, from the layout's top) and its baseline.
struct LineMetrics {
  int top = 0, bottom = 0, baseline = 0, x = 0;
};
LineMetrics MetricsOfLine(PangoLayout* layout, int index) {
  LineMetrics metrics;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  for (int i = 0; i < index && pango_layout_iter_next_line(iter); ++i) {
  }
  pango_layout_iter_get_line_yrange(iter, &metrics.top, &metrics.bottom);
  metrics.baseline = pango_layout_iter_get_baseline(iter);
  PangoRectangle logical;
  pango_layout_iter_get_line_extents(iter, nullptr, &logical);
  metrics.x = logical.x;
  pango_layout_iter_free(iter);
  return metrics;
}

}  // namespace

TextBlock::TextBlock(PangoLayout* layout, Rgb color) : layout_(layout), color_(color) {}
TextBlock::TextBlock(TextBlock&& other) noexcept
    : layout_(std::exchange(other.layout_, nullptr)), color_(other.color_) {}
TextBlock& TextBlock::operator=(TextBlock&& other) noexcept {
  if (this != &other) {
    if (layout_ != nullptr) g_object_unref(layout_);
    layout_ = std::exchange(other.layout_, nullptr);
    color_ = other.color_;
  }
  return *this;
}
TextBlock::~TextBlock() {
  if (layout_ != nullptr) g_object_unref(layout_);
}

double TextBlock::height() const {
  if (layout_ == nullptr) return 0;
  PangoRectangle logical;
  pango_layout_get_extents(layout_, nullptr, &logical);
  return ToPoints(logical.height);
}

double TextBlock::natural_width() const {
  if (layout_ == nullptr) return 0;
  PangoRectangle logical;
  pango_layout_get_extents(layout_, nullptr, &logical);
  return ToPoints(logical.width);
}

int TextBlock::line_count() const {
  return layout_ == nullptr ? 0 : pango_layout_get_line_count(layout_);
}

double TextBlock::line_top(int index) const { return ToPoints(MetricsOfLine(layout_, index).top); }

double TextBlock::line_height(int index) const {
  const LineMetrics metrics = MetricsOfLine(layout_, index);
  return ToPoints(metrics.bottom - metrics.top);
}

core::Result<std::unique_ptr<Canvas>> Canvas::Create(std::string* out, Language language) {
  std::unique_ptr<Canvas> canvas(new Canvas());
  canvas->surface_ =
      cairo_pdf_surface_create_for_stream(AppendToString, out, kPageWidth, kPageHeight);
  if (cairo_surface_status(canvas->surface_) != CAIRO_STATUS_SUCCESS) {
    return CairoError(cairo_surface_status(canvas->surface_));
  }
  canvas->cr_ = cairo_create(canvas->surface_);
  if (cairo_status(canvas->cr_) != CAIRO_STATUS_SUCCESS)
    return CairoError(cairo_status(canvas->cr_));

  canvas->context_ = pango_font_map_create_context(ThreadFontMap());
  pango_cairo_update_context(canvas->cr_, canvas->context_);
  // One pango point is one PDF point (the font map's default is 96 dpi).
  pango_cairo_context_set_resolution(canvas->context_, 72.0);
  // Unhinted metrics: widths measured here are the widths the PDF viewer draws.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(canvas->context_, options);
  cairo_font_options_destroy(options);
  pango_context_set_language(canvas->context_,
                             pango_language_from_string(PangoLanguageTag(language)));
  return canvas;
}

Canvas::~Canvas() {
  if (context_ != nullptr) g_object_unref(context_);
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

void Canvas::SetTitle(const std::string& title, const std::string& author) {
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, ValidUtf8(title).c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, ValidUtf8(author).c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Salesdesk");
}

TextBlock Canvas::Layout(std::string_view text, double width, const TextStyle& style) const {
  PangoLayout* layout = pango_layout_new(context_);
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kFontFamilies);
  pango_font_description_set_size(font, pango_units_from_double(style.size));
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);

  pango_layout_set_width(layout, pango_units_from_double(width));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, style.align == Align::kRight    ? PANGO_ALIGN_RIGHT
                                     : style.align == Align::kCenter ? PANGO_ALIGN_CENTER
                                                                     : PANGO_ALIGN_LEFT);
  if (style.max_lines > 0) {
    pango_layout_set_height(layout, -style.max_lines);  // negative: a number of lines
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
  }
  pango_layout_set_text(layout, ValidUtf8(text).c_str(), -1);  // plain text, never markup
  return TextBlock(layout, style.color);
}

void Canvas::Draw(const TextBlock& block, double x, double y) {
  if (block.layout_ == nullptr) return;
  cairo_set_source_rgb(cr_, block.color_.r, block.color_.g, block.color_.b);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, block.layout_);
}

void Canvas::DrawLine(const TextBlock& block, int index, double x, double y) {
  if (block.layout_ == nullptr) return;
  const LineMetrics metrics = MetricsOfLine(block.layout_, index);
  cairo_set_source_rgb(cr_, block.color_.r, block.color_.g, block.color_.b);
  cairo_move_to(cr_, x + ToPoints(metrics.x), y + ToPoints(metrics.baseline - metrics.top));
  pango_cairo_show_layout_line(cr_, pango_layout_get_line_readonly(block.layout_, index));
}

void Canvas::FillRect(double x, double y, double width, double height, Rgb color) {
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_rectangle(cr_, x, y, width, height);
  cairo_fill(cr_);
}

void Canvas::StrokeRect(double x, double y, double width, double height, double line_width,
                        Rgb color) {
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_set_line_width(cr_, line_width);
  cairo_rectangle(cr_, x, y, width, height);
  cairo_stroke(cr_);
}

void Canvas::HorizontalRule(double x, double y, double width, double line_width, Rgb color) {
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_set_line_width(cr_, line_width);
  cairo_move_to(cr_, x, y);
  cairo_line_to(cr_, x + width, y);
  cairo_stroke(cr_);
}

void Canvas::ShowPage() { cairo_show_page(cr_); }

core::Result<void> Canvas::Finish() {
  const cairo_status_t drawing = cairo_status(cr_);
  cairo_destroy(std::exchange(cr_, nullptr));
  cairo_surface_finish(surface_);
  const cairo_status_t writing = cairo_surface_status(surface_);
  if (drawing != CAIRO_STATUS_SUCCESS) return CairoError(drawing);
  if (writing != CAIRO_STATUS_SUCCESS) return CairoError(writing);
  return core::Ok();
}

}  // namespace salesdesk::pdf
