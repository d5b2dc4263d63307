// A thin layer over cairo and pango for one PDF document: owns the surface that writes into a
// std::string, lays out text with pango (every measurement comes from a real layout, so what
// is measured is what is drawn) and draws rules and boxes. Not shared between threads: each
// render builds its own Canvas on its thread's font map.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "pdf/pdf_language.h"

// Opaque C types, so only the .cpp files include cairo and pango.
using cairo_surface_t = struct _cairo_surface;
using cairo_t = struct _cairo;
using PangoContext = struct _PangoContext;
using PangoLayout = struct _PangoLayout;

namespace salesdesk::pdf {

// A4 in PDF points (1/72 inch).
inline constexpr double kPageWidth = 595.2756;
inline constexpr double kPageHeight = 841.8898;
inline constexpr double kMargin = 40.0;
inline constexpr double kContentWidth = kPageWidth - 2 * kMargin;

struct Rgb {
  double r, g, b;
};
inline constexpr Rgb kInk = {0.13, 0.15, 0.18};
inline constexpr Rgb kMuted = {0.40, 0.43, 0.47};
inline constexpr Rgb kAccent = {0.09, 0.27, 0.47};
inline constexpr Rgb kAlert = {0.75, 0.11, 0.11};
inline constexpr Rgb kRule = {0.80, 0.82, 0.85};
inline constexpr Rgb kShade = {0.93, 0.945, 0.96};

enum class Align { kLeft, kCenter, kRight };

struct TextStyle {
  double size = 8.5;  // points
  bool bold = false;
  Rgb color = kInk;
  Align align = Align::kLeft;
  int max_lines = 0;  // 0: unlimited; otherwise the rest is ellipsized (keeps rows within a page)
};

// A laid-out piece of text of a fixed width. Cheap to move; drawing it later draws exactly
// what was measured.
class TextBlock {
 public:
  TextBlock() = default;
  explicit TextBlock(PangoLayout* layout, Rgb color);  // takes ownership
  TextBlock(TextBlock&&) noexcept;
  TextBlock& operator=(TextBlock&&) noexcept;
  ~TextBlock();

  double height() const;
  double natural_width() const;  // widest line, for content narrower than its box
  int line_count() const;
  // Top and height of line `index` within the block, for splitting paragraphs across pages.
  double line_top(int index) const;
  double line_height(int index) const;

 private:
  friend class Canvas;
  PangoLayout* layout_ = nullptr;
  Rgb color_ = kInk;
};

class Canvas {
 public:
  // A document writing its bytes to `*out` until Finish. kInternal if cairo fails.
  static core::Result<std::unique_ptr<Canvas>> Create(std::string* out, Language language);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  void SetTitle(const std::string& title, const std::string& author);

  // `text` laid out within `width` points, wrapped at words (or characters when one word is
  // wider than the box). Invalid UTF-8 is replaced, never passed to pango.
  TextBlock Layout(std::string_view text, double width, const TextStyle& style) const;

  void Draw(const TextBlock& block, double x, double y);
  // Only line `index` of `block`, with its top at `y`.
  void DrawLine(const TextBlock& block, int index, double x, double y);
  void FillRect(double x, double y, double width, double height, Rgb color);
  void StrokeRect(double x, double y, double width, double height, double line_width, Rgb color);
  void HorizontalRule(double x, double y, double width, double line_width, Rgb color);

  void ShowPage();
  // Flushes the PDF into `*out`. kInternal if cairo reported an error at any point.
  core::Result<void> Finish();

 private:
  Canvas() = default;

  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* context_ = nullptr;
};

}  // namespace salesdesk::pdf
