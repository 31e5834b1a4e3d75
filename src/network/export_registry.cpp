// The one table of exporters (STYLE.md rule 1). Adding one: one file, one row here, one test.
#include "network/export.h"

namespace ariadne::network {

extern const ExporterInfo kGraphMlExporter;
extern const ExporterInfo kGexfExporter;
extern const ExporterInfo kLinkTableCsvExporter;
extern const ExporterInfo kXlsxExporter;

namespace {

constexpr const ExporterInfo* kExporters[] = {
    &kGraphMlExporter,
    &kGexfExporter,
    &kLinkTableCsvExporter,
    &kXlsxExporter,
};

}  // namespace

std::span<const ExporterInfo* const> Exporters() {
  return kExporters;
}

const ExporterInfo* FindExporter(std::string_view name) {
  for (const ExporterInfo* exporter : kExporters) {
    if (name == exporter->name) return exporter;
  }
  return nullptr;
}

}  // namespace ariadne::network
