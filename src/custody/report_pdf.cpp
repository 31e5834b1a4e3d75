#include "custody/report_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <memory>

#include "core/text.h"

namespace ariadne::custody {

std::string RenderReportHtml(const std::string& title, const std::vector<ReportSection>& sections) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
      HtmlEscape(title) +
      "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
      "line-height:1.4}h2{border-bottom:1px solid #ccc;margin-top:2em}p{white-space:pre-wrap;"
      "overflow-wrap:anywhere}code{font-size:90%}</style></head><body>\n<h1>" +
      HtmlEscape(title) + "</h1>\n";
  for (const ReportSection& s : sections) {
    out += "<section><h2>" + HtmlEscape(s.title) + "</h2>\n";
    for (const std::string& p : s.paragraphs) out += "<p>" + HtmlEscape(p) + "</p>\n";
    out += "</section>\n";
  }
  return out + "</body></html>\n";
}

namespace {

constexpr double kPageWidth = 595.0;  // A4 in points
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 50.0;

struct CairoDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

// Draws text line by line so that paragraphs longer than a page continue on the next one.
class PdfWriter {
 public:
  explicit PdfWriter(cairo_t* cr) : cr_(cr) {}

  void Text(const std::string& text, const char* font, double space_after) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout, static_cast<int>((kPageWidth - 2 * kMargin) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    // Pango needs valid UTF-8; hostile text was already checked at import, this is a last guard.
    const std::string safe = FindInvalidUtf8(text) ? std::string("(text not valid UTF-8)") : text;
    pango_layout_set_text(layout, safe.c_str(), static_cast<int>(safe.size()));
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      const double h = static_cast<double>(logical.height) / PANGO_SCALE;
      if (y_ + h > kPageHeight - kMargin) NewPage();
      const double baseline =
          static_cast<double>(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE;
      cairo_move_to(cr_, kMargin + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
      y_ += h;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_object_unref(layout);
    y_ += space_after;
  }

 private:
  void NewPage() {
    cairo_show_page(cr_);
    y_ = kMargin;
  }
  cairo_t* cr_;
  double y_ = kMargin;
};

}  // namespace

Status WriteReportPdf(const std::filesystem::path& file, const std::string& title,
                      const std::vector<ReportSection>& sections) {
  std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
      cairo_pdf_surface_create(file.c_str(), kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return IoError(fmt::format("{}: cannot write the PDF", file.string()));
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Ariadne");
  {
    std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    PdfWriter w(cr.get());
    w.Text(title, "Sans Bold 16", 12);
    for (const ReportSection& s : sections) {
      w.Text(s.title, "Sans Bold 12", 4);
      for (const std::string& p : s.paragraphs) w.Text(p, "Sans 9", 4);
      w.Text("", "Sans 6", 2);
    }
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return IoError(fmt::format("{}: cannot write the PDF", file.string()));
  }
  return Status::Ok();
}

}  // namespace ariadne::custody
