// Ads as JSON lines: one ad object per line (docs/formats/ads-jsonl.md).
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& AdsJsonlImporter();

}  // namespace ariadne::capture
