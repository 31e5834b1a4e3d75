#include "report/graph_svg.h"

#include <fmt/format.h>

#include "core/text.h"

namespace ariadne::report {

namespace {

constexpr double kWidth = 640, kHeight = 360, kMargin = 24, kLegendHeight = 22;

struct Style {
  const char* kind;
  const char* colour;
  const char* name;
};

// Colour-blind-safe (Okabe-Ito) colours per node kind; payment tags, the eighth kind, in grey
// (outside the palette's eight, which are taken).
// The contact kinds are store/contact_kinds.h's (report depends on core only: listed here).
constexpr Style kNodeStyles[] = {
    {"document", "#0072B2", "ad"},
    {"phone", "#D55E00", "phone"},
    {"email", "#009E73", "e-mail"},
    {"handle", "#CC79A7", "handle"},
    {"iban", "#000000", "IBAN"},
    {"crypto", "#F0E442", "wallet"},
    {"ip", "#56B4E9", "IP"},
    {"image", "#E69F00", "photo"},
    {"payment", "#999999", "payment tag"},
};

const char* NodeColour(const std::string& kind) {
  for (const Style& s : kNodeStyles) {
    if (kind == s.kind) return s.colour;
  }
  return "#5b6472";
}

// Text and photo links are dashed: they are similarity, not a shared identifier.
const char* EdgeStyle(const std::string& kind) {
  if (kind == "same_text") return "stroke=\"#56B4E9\" stroke-dasharray=\"4 3\"";
  if (kind == "same_photo") return "stroke=\"#E69F00\" stroke-dasharray=\"1 3\"";
  return "stroke=\"#9aa3ad\"";
}

}  // namespace

std::string RenderGraphSvg(const DrawnGraph& graph) {
  auto px = [](double x) { return kMargin + x * (kWidth - 2 * kMargin); };
  auto py = [](double y) {
    return kLegendHeight + kMargin + y * (kHeight - kLegendHeight - 2 * kMargin);
  };
  std::string out =
      fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" class=\"network\">\n",
                  kWidth, kHeight, HtmlEscape(graph.caption));
  double legend_x = 4;
  for (const Style& s : kNodeStyles) {
    out += fmt::format(
        "<circle cx=\"{:.0f}\" cy=\"10\" r=\"5\" fill=\"{}\"/><text x=\"{:.0f}\" y=\"14\" "
        "font-size=\"11\">{}</text>\n",
        legend_x + 5, s.colour, legend_x + 13, s.name);
    legend_x += 58;  // eight kinds and two link styles fit the width
  }
  out += fmt::format(
      "<line x1=\"{0:.0f}\" y1=\"10\" x2=\"{1:.0f}\" y2=\"10\" {2}/><text x=\"{3:.0f}\" y=\"14\" "
      "font-size=\"11\">same text</text>\n",
      legend_x, legend_x + 18, EdgeStyle("same_text"), legend_x + 22);
  legend_x += 80;
  out += fmt::format(
      "<line x1=\"{0:.0f}\" y1=\"10\" x2=\"{1:.0f}\" y2=\"10\" {2}/><text x=\"{3:.0f}\" y=\"14\" "
      "font-size=\"11\">same photo</text>\n",
      legend_x, legend_x + 18, EdgeStyle("same_photo"), legend_x + 22);
  for (const DrawnEdge& e : graph.edges) {
    if (e.a < 0 || e.b < 0 || e.a >= static_cast<int>(graph.nodes.size()) ||
        e.b >= static_cast<int>(graph.nodes.size())) {
      continue;
    }
    const DrawnNode& a = graph.nodes[e.a];
    const DrawnNode& b = graph.nodes[e.b];
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" {}/>\n",
                       px(a.x), py(a.y), px(b.x), py(b.y), EdgeStyle(e.kind));
  }
  for (const DrawnNode& n : graph.nodes) {
    const bool contact = n.kind != "document";
    out += fmt::format(
        "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\" stroke=\"#fff\"><title>{}</title>"
        "</circle>\n",
        px(n.x), py(n.y), contact ? 6 : 4, NodeColour(n.kind), HtmlEscape(n.label));
    if (contact) {
      out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\">{}</text>\n",
                         px(n.x) + 8, py(n.y) + 3, HtmlEscape(n.label.substr(0, 32)));
    }
  }
  return out + "</svg>\n";
}

}  // namespace ariadne::report
