// E-mail: mbox mailboxes and single .eml messages (RFC 5322 with MIME), read with GMime 3
// (docs/formats/email.md). One document per message: site "email", source id the Message-ID
// (without <>; "sha256:<hash of the message bytes>" when it has none), title the decoded subject,
// text the text/plain part (else the HTML part's visible text), posted_at the Date header. The
// attributes keep sender (the From address as written), from, to, cc, subject, message_id,
// in_reply_to, thread (the first Message-ID in References, else In-Reply-To, else its own) and
// attachments [{ref, type, size, sha256}]; each attachment is stored as a blob, images also as
// the document's images.
//
// mbox: messages start at "From " lines that a header line follows (any other "From " line is
// body text a mail program did not quote: kept, with a warning); each record's byte range is one
// message, "From " line included, and its line is the line of that "From " line. .eml: the whole
// file is one record.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& MboxImporter();
const Importer& EmlImporter();

}  // namespace ariadne::capture
