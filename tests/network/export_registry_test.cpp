#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "network/export.h"
#include "network/test_graphs.h"
#include "support/temp_dir.h"

namespace ariadne::network {
namespace {

TEST(Exporters, EachDescribesItselfWithAUniqueName) {
  std::set<std::string> names;
  for (const ExporterInfo* exporter : Exporters()) {
    EXPECT_TRUE(names.insert(exporter->name).second) << exporter->name;
    EXPECT_GT(std::string(exporter->description).size(), 20u) << exporter->name;
    EXPECT_GE(exporter->revision, 1);
    EXPECT_NE(exporter->write, nullptr);
  }
  EXPECT_EQ(names, (std::set<std::string>{"graphml", "gexf", "csv", "xlsx"}));
}

TEST(Exporters, FindExporterByNameOrNull) {
  ASSERT_NE(FindExporter("gexf"), nullptr);
  EXPECT_STREQ(FindExporter("gexf")->extension, "gexf");
  EXPECT_EQ(FindExporter("pdf"), nullptr);
}

TEST(Exporters, EveryExporterWritesAFileAndLeavesNoTemporary) {
  ariadne::testing::TempDir dir;
  const Graph graph = testing::ExportSample();
  const std::vector<ClusterRow> clusters = {{"c1", 2, 73.5, "shared phone", "+447700900123"}};
  for (const ExporterInfo* exporter : Exporters()) {
    const auto path = (dir / (std::string("out.") + exporter->extension)).string();
    const Status status = exporter->write(graph, clusters, path);
    ASSERT_TRUE(status.ok()) << exporter->name << ": " << status.message();
    EXPECT_GT(std::filesystem::file_size(path), 100u) << exporter->name;
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp")) << exporter->name;
  }
}

TEST(Exporters, UnwritablePathIsIoErrorNamingThePathAndLeavesNothing) {
  ariadne::testing::TempDir dir;
  const Graph graph = testing::ExportSample();
  for (const ExporterInfo* exporter : Exporters()) {
    const auto path = (dir / "missing-folder" / "out").string();
    const Status status = exporter->write(graph, {}, path);
    ASSERT_FALSE(status.ok()) << exporter->name;
    EXPECT_EQ(status.kind(), ErrorKind::kIo) << exporter->name;
    EXPECT_NE(status.message().find("missing-folder"), std::string::npos) << status.message();
    EXPECT_FALSE(std::filesystem::exists(dir / "missing-folder"));
  }
}

}  // namespace
}  // namespace ariadne::network
