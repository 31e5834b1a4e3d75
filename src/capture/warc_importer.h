// WARC files as an import format ("warc"; docs/formats/warc.md): any WARC 1.0/1.1 file, plain or
// .warc.gz (Ariadne's own, wget --warc-file, Heritrix, warcio...). Each response record holding an
// HTML page with status 2xx becomes a document read by the recipe-less main-text reader; its
// provenance is the WARC file's blob and the record's byte range. Other records (requests,
// metadata, redirects, images) are passed over; damaged regions are reported and skipped.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& WarcImporter();

}  // namespace ariadne::capture
