// The text stage's template skeleton of a document (skeleton.h), stored beside its text signature
// (text_signatures.skeleton, schema v19) for the skeleton evidence a link reads (link_case.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "store/case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::link {

// What the text stage stores for a document: its text signature (SignDocument, link_case.h) and
// its skeleton's bytes (SkeletonBytes: the sentences of the same masked text, with its site's
// footer, mentioned contacts' words and quoted listings left out, and how many contact values its
// selectors name). The text is masked once for both.
struct TextEvidence {
  store::TextSignatureRow signature;
  std::string skeleton;
};
TextEvidence TextEvidenceOf(const Document& doc,
                            const std::vector<store::StoredSelector>& selectors);

// Writes documents' skeletons into their text signature rows (written first: PutTextSignature),
// through the case store's own connection, so that they share its transactions. Does nothing for
// a store of another backend. Not thread-safe; the store must outlive it.
class SkeletonWriter {
 public:
  explicit SkeletonWriter(store::CaseStore& s);
  Status Put(int64_t document_id, std::string_view skeleton);

 private:
  store::sqlite::Db* db_;
  std::optional<store::sqlite::Statement> put_;
};

}  // namespace ariadne::link
