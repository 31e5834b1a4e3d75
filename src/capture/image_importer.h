// Photos (JPEG, PNG, WebP, TIFF, GIF) with their EXIF metadata, read with exiv2
// (docs/formats/image.md). One document per image file: site "image", source id
// "sha256:<hash of the file>", title the file name, text the image's own description or comment
// (usually empty); the image itself is stored and is the document's image. posted_at is
// DateTimeOriginal (else DateTimeDigitized, else DateTime) with OffsetTimeOriginal when written.
// Attributes: "gps" {lat, lon (decimal degrees, south and west negative), alt (metres)},
// "camera" {make, model, serial, lens_serial, owner}, "width", "height", "media_type".
// Unreadable or damaged metadata is a warning: the image is still imported.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& ImageImporter();

}  // namespace ariadne::capture
