#include "report/graph_svg.h"

#include <gtest/gtest.h>

namespace ariadne::report {
namespace {

TEST(GraphSvgTest, DrawsEveryNodeAndEdgeAndEscapesLabels) {
  DrawnGraph g;
  g.caption = "cluster <C1>";
  g.nodes = {{0, 0, "document", "site:<script>alert(1)</script>"},
             {1, 1, "phone", "+447700900123"},
             {0.5, 0.5, "document", "site:a2"}};
  g.edges = {{0, 1, "has_phone"}, {2, 1, "has_phone"}, {0, 2, "same_text"}, {0, 9, "bad"}};
  const std::string svg = RenderGraphSvg(g);
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("cluster &lt;C1&gt;"), std::string::npos);
  size_t lines = 0;
  for (size_t at = svg.find("<line x1=\""); at != std::string::npos;
       at = svg.find("<line x1=\"", at + 1))
    ++lines;
  EXPECT_EQ(lines,
            2u + 3u);  // two legend lines and three edges; the edge to a missing node is skipped
  EXPECT_NE(svg.find("stroke-dasharray=\"4 3\""), std::string::npos);  // text links are dashed
  EXPECT_NE(svg.find("+447700900123"), std::string::npos);             // contacts are labelled
}

}  // namespace
}  // namespace ariadne::report
