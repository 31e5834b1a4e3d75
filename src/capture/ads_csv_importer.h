// Ads as CSV with a header row; columns are mapped to ad fields by name or by --map.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& AdsCsvImporter();

}  // namespace ariadne::capture
