// PDF text, read with poppler (docs/formats/pdf.md). One document per PDF file (not per page: a
// file is one piece of evidence, and its pages are marked inside the text): site "pdf", source id
// "sha256:<hash of the file>", title the PDF's Title (else the file name), text each page's text
// in reading order, pages separated by a blank line, posted_at the creation date (UTC).
// Attributes: title, author, subject, creator, producer, created, modified, pages, page_starts
// (byte offset of each page's text in `text`), encrypted (opened without a password).
//
// A PDF that needs a password, or that poppler cannot open at all, fails the import with a clear
// error; a PDF with no text layer (a scan) is imported with empty text and a warning.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& PdfImporter();

}  // namespace ariadne::capture
