// The intake tables of a case (schema v7): anonymous tips with their consent record, the selectors
// each tip shares with the case's documents, and job-ad checks kept with the reader's consent. The
// intake module (src/intake) owns the meaning (receipt codes, limits, linking); this interface only
// stores and reads rows, and callers never see SQL.
//
// The SQLite implementation opens its own connection to DIR/case.db (WAL), so it can sit next to
// the Case's CaseStore. Every write is one transaction. One TipStore per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ariadne::store {

// One tip as stored. `receipt_hash` is the 32-byte keyed hash of the receipt code (the code itself
// is never stored); `client_address` is empty unless the server was told to keep addresses.
struct TipRow {
  int64_t id = 0;
  std::string receipt_hash;
  std::string lang;
  std::string text;
  std::string contact;          // "" when the reporter gave none
  std::string status = "open";  // "open", "in_review" or "closed"
  std::string reply;            // "" until an analyst replies
  std::string received_at;
  std::string updated_at;
  std::string updated_by;
  std::string consent_version;  // which consent text the reporter saw ("en/1")
  std::string client_address;
};

// A selector of a tip and the documents and clusters of the case that carry it, as they were when
// the tip was linked.
struct TipLinkRow {
  int64_t tip_id = 0;
  std::string type;
  std::string value;
  int64_t start = 0;  // UTF-8 byte offsets into the tip's text
  int64_t end = 0;
  std::vector<int64_t> documents;
  std::vector<int64_t> clusters;
};

// A job-ad check the reader agreed to keep.
struct JobCheckRow {
  int64_t id = 0;
  std::string lang;
  std::string text;
  std::string advice_json;  // what the reader was shown
  std::string consent_version;
  std::string checked_at;
};

class TipStore {
 public:
  virtual ~TipStore() = default;

  // Stores a tip and its links in one transaction; returns the tip's id. Conflict when a tip with
  // the same receipt hash exists (the caller draws a new code).
  virtual Result<int64_t> InsertTip(const TipRow& tip, const std::vector<TipLinkRow>& links) = 0;
  // The tip whose receipt hash is `receipt_hash`; empty when none.
  virtual Result<std::optional<TipRow>> TipByReceiptHash(std::string_view receipt_hash) = 0;
  virtual Result<std::optional<TipRow>> TipById(int64_t id) = 0;
  // Tips with `status` (all when empty), oldest first (a queue), at most `limit`.
  virtual Result<std::vector<TipRow>> Tips(std::string_view status, int limit) = 0;
  // The links of a tip, by type and value.
  virtual Result<std::vector<TipLinkRow>> LinksOf(int64_t tip_id) = 0;
  // Sets status and reply (an empty `reply` keeps the stored one); NotFound for an unknown id.
  virtual Status UpdateTip(int64_t id, std::string_view status, std::string_view reply,
                           std::string_view updated_by, std::string_view updated_at) = 0;
  // Tips with `status` (all when empty).
  virtual Result<int64_t> CountTips(std::string_view status) = 0;

  virtual Result<int64_t> InsertJobCheck(const JobCheckRow& row) = 0;

  // Retention (intake/tip_retention.h). Ids of the tips received before `iso_time` (UTC ISO 8601),
  // oldest first.
  virtual Result<std::vector<int64_t>> TipsReceivedBefore(std::string_view iso_time) = 0;
  // Deletes a tip and its links in one transaction; NotFound for an unknown id.
  virtual Status DeleteTip(int64_t id) = 0;
  // Ids and texts of the kept job checks made before `iso_time`, and their deletion.
  virtual Result<std::vector<JobCheckRow>> JobChecksBefore(std::string_view iso_time) = 0;
  virtual Status DeleteJobCheck(int64_t id) = 0;
};

// Opens the intake tables of the case in `case_dir` (open it with Case::Open first: that migrates
// the schema). IoError when there is no case.
Result<std::unique_ptr<TipStore>> OpenTipStore(const std::filesystem::path& case_dir);

}  // namespace ariadne::store
