// Plain text and HTML files, as found in a seized folder (docs/formats/text-and-html.md). One
// document per file: site "file", source id "sha256:<hash of the file>", title the file name (for
// HTML its <title> when it has one), text the file's text (for HTML the visible text). Text files
// are read as UTF-8; a file that is not valid UTF-8 is read as UTF-16 when it starts with a byte
// order mark, else as Windows-1252, with a warning. Files larger than
// ImportOptions::max_record_bytes are reported and skipped.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& TextImporter();
const Importer& HtmlImporter();

}  // namespace ariadne::capture
