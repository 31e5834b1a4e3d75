// A network drawn as inline SVG for the HTML report: nodes at given positions, coloured and shaped
// by kind, edges styled by kind, a legend, and each node's label as a tooltip. Every string is
// escaped; the output is a fragment to embed, with no scripts.
#pragma once

#include <string>
#include <vector>

namespace ariadne::report {

struct DrawnNode {
  double x = 0;       // 0..1
  double y = 0;       // 0..1
  std::string kind;   // "document", "phone", "email", "handle", ...
  std::string label;  // shown as a tooltip, and beside contact nodes
};

struct DrawnEdge {
  int a = 0;
  int b = 0;
  std::string kind;  // "has_phone", "same_text", "same_photo", ...
};

struct DrawnGraph {
  std::vector<DrawnNode> nodes;
  std::vector<DrawnEdge> edges;
  std::string caption;  // for screen readers (aria-label)
};

std::string RenderGraphSvg(const DrawnGraph& graph);

}  // namespace ariadne::report
