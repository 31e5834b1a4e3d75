// The tip desk: anonymous tips from the public pages into a case, and back to the reporter.
//
// Submit() cleans the text (text_limits.h), refuses a tip without consent, draws a receipt code
// (receipt.h: only its keyed hash is stored), links the tip to the case (each phone, e-mail,
// handle, IBAN, crypto address and payment tag in the tip's text is looked up among the case's
// documents and their clusters) and stores tip and links in one transaction, then logs a
// `tip.received` event (the SHA-256 of the text, never the text) in the case's custody log; an
// analyst's answer is a `tip.update` event. The reporter's contact is stored but never linked on:
// it is the reporter's, not a suspect's. No client address is stored unless the desk was opened
// with `keep_client_addresses`.
//
// Thread-safe: the desk keeps a small pool of connections to the case, one per concurrent call.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "intake/texts.h"
#include "store/tip_store.h"

namespace ariadne::intake {

struct TipDeskOptions {
  bool keep_client_addresses = false;  // `ariadne serve --store-tip-addresses`
  int connections = 4;                 // concurrent calls served at once; more wait
  size_t max_link_documents = 100;     // documents kept per linked selector
  std::string tool_version;            // stamped on the custody events of tips
};

struct TipSubmission {
  std::string lang;
  std::string text;
  std::string contact;         // optional
  bool consent = false;        // the reporter agreed to the consent text of `lang`
  std::string client_address;  // dropped unless the desk keeps addresses
};

struct TipReceipt {
  int64_t id = 0;
  std::string receipt;  // "XXXX-XXXX-XXXX-XXXX": shown once, never stored
};

// What the reporter may read back with the receipt code: nothing else of the tip.
struct TipStatus {
  std::string status;  // "open", "in_review" or "closed"
  std::string received_at;
  std::string reply;
};

struct Tip {
  store::TipRow row;
  std::vector<store::TipLinkRow> links;
};

class TipDesk {
 public:
  // Opens the case in `case_dir` (migrating it) and its receipt key (created on first use).
  static Result<std::unique_ptr<TipDesk>> Open(const std::filesystem::path& case_dir,
                                               IntakeTexts texts, TipDeskOptions options = {});
  ~TipDesk();

  // InvalidInput (a sentence for the reporter) without consent, for a language without texts, or
  // a text or contact over the limits.
  Result<TipReceipt> Submit(const TipSubmission& tip);
  // The status of the tip with this receipt code; empty for an unknown or malformed code.
  Result<std::optional<TipStatus>> StatusOf(std::string_view receipt);

  // Analysts: tips with `status` ("" for all), oldest first, with their links.
  Result<std::vector<Tip>> List(std::string_view status, int limit);
  // Sets the status ("open", "in_review", "closed") and, when not empty, the reply the reporter
  // reads. InvalidInput for another status or a reply over 16 KiB, NotFound for an unknown id.
  Result<Tip> Update(int64_t id, std::string_view status, std::string_view reply,
                     std::string_view user);
  Result<int64_t> Count(std::string_view status);

  // Keeps a job-ad check the reader consented to keep; returns its id.
  Result<int64_t> KeepJobCheck(std::string_view lang, std::string_view text,
                               const nlohmann::json& advice);

 private:
  struct Impl;
  TipDesk(std::unique_ptr<Impl> impl, IntakeTexts texts);
  std::unique_ptr<Impl> impl_;
  IntakeTexts texts_;
};

}  // namespace ariadne::intake
