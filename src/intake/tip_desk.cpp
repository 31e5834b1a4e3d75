#include "intake/tip_desk.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <set>

#include "core/sha256.h"
#include "core/text.h"
#include "custody/log.h"
#include "extract/extract.h"
#include "intake/receipt.h"
#include "intake/text_limits.h"
#include "store/case.h"
#include "store/contact_kinds.h"

namespace ariadne::intake {
namespace {

// Selector types that name a person or an account: what ties a tip to ads, the contact kinds that
// join on their own (store/contact_kinds.h). Prices, ages and URLs are no contact; an IP address
// joins only beside comparable texts, which a tip does not give.
bool IsLinkable(std::string_view type) {
  const store::ContactKind* kind = store::FindContactKind(type);
  return kind != nullptr && !kind->needs_corroboration;
}

bool IsTipStatus(std::string_view s) {
  return s == "open" || s == "in_review" || s == "closed";
}

}  // namespace

struct TipDesk::Impl {
  struct Slot {
    std::unique_ptr<store::Case> case_;
    std::unique_ptr<store::TipStore> tips;
    std::unique_ptr<custody::CustodyLog> log;  // actor "public": tips are anonymous
  };

  // A connection of the pool for the duration of one call.
  class Lease {
   public:
    explicit Lease(Impl& impl) : impl_(impl) {
      std::unique_lock lock(impl_.mu);
      impl_.freed.wait(lock, [&] { return !impl_.free_slots.empty(); });
      slot_ = impl_.free_slots.back();
      impl_.free_slots.pop_back();
    }
    ~Lease() {
      {
        std::lock_guard lock(impl_.mu);
        impl_.free_slots.push_back(slot_);
      }
      impl_.freed.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Slot& operator*() { return *slot_; }
    Slot* operator->() { return slot_; }

   private:
    Impl& impl_;
    Slot* slot_ = nullptr;
  };

  TipDeskOptions options;
  std::filesystem::path case_dir;
  ReceiptKey key{};
  std::string region;  // the case's default region, for national phone numbers
  std::unique_ptr<extract::SelectorExtractor> extractor;
  std::vector<std::unique_ptr<Slot>> slots;
  std::mutex mu;
  std::condition_variable freed;
  // One writer at a time in this process: SQLite allows one anyway, and waiting here is a wake-up,
  // where waiting in SQLite's busy handler is a sleep of up to 100 ms.
  std::mutex write_mu;
  std::vector<Slot*> free_slots;

  Result<std::vector<store::TipLinkRow>> Links(Slot& slot, std::string_view text) {
    extract::ExtractContext context;
    context.region = region;
    context.ads = false;
    std::vector<store::TipLinkRow> links;
    std::set<std::pair<std::string, std::string>> seen;
    for (const extract::Selector& s : extractor->Extract(text, context)) {
      if (!IsLinkable(s.type) || !seen.emplace(s.type, s.value).second) continue;
      store::TipLinkRow link;
      link.type = s.type;
      link.value = s.value;
      link.start = static_cast<int64_t>(s.start);
      link.end = static_cast<int64_t>(s.end);
      Result<std::vector<int64_t>> docs = slot.case_->store().DocumentsWithContact(s.type, s.value);
      if (!docs.ok()) return docs.status();
      std::sort(docs->begin(), docs->end());
      if (docs->size() > options.max_link_documents) docs->resize(options.max_link_documents);
      std::set<int64_t> clusters;
      for (int64_t doc : *docs) {
        Result<std::optional<int64_t>> cluster = slot.case_->store().ClusterIdOf(doc);
        if (!cluster.ok()) return cluster.status();
        if (*cluster) clusters.insert(**cluster);
      }
      link.documents = std::move(docs).value();
      link.clusters.assign(clusters.begin(), clusters.end());
      links.push_back(std::move(link));
    }
    return links;
  }

  Result<Tip> Load(Slot& slot, store::TipRow row) {
    Result<std::vector<store::TipLinkRow>> links = slot.tips->LinksOf(row.id);
    if (!links.ok()) return links.status();
    return Tip{std::move(row), std::move(links).value()};
  }
};

TipDesk::TipDesk(std::unique_ptr<Impl> impl, IntakeTexts texts)
    : impl_(std::move(impl)), texts_(std::move(texts)) {}
TipDesk::~TipDesk() = default;

Result<std::unique_ptr<TipDesk>> TipDesk::Open(const std::filesystem::path& case_dir,
                                               IntakeTexts texts, TipDeskOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->case_dir = case_dir;
  const int connections = std::max(1, options.connections);
  for (int i = 0; i < connections; ++i) {
    auto slot = std::make_unique<Impl::Slot>();
    Result<std::unique_ptr<store::Case>> c = store::Case::Open(case_dir);
    if (!c.ok()) return c.status();
    slot->case_ = std::move(c).value();
    Result<std::unique_ptr<store::TipStore>> tips = store::OpenTipStore(case_dir);
    if (!tips.ok()) return tips.status();
    slot->tips = std::move(tips).value();
    Result<std::unique_ptr<custody::CustodyLog>> log =
        custody::CustodyLog::Open(case_dir, "public", options.tool_version);
    if (!log.ok()) return log.status();
    slot->log = std::move(log).value();
    impl->free_slots.push_back(slot.get());
    impl->slots.push_back(std::move(slot));
  }
  Result<store::CaseInfo> info = impl->slots.front()->case_->store().Info();
  if (!info.ok()) return info.status();
  impl->region = info->region;
  Result<ReceiptKey> key = LoadOrCreateReceiptKey(case_dir);
  if (!key.ok()) return key.status();
  impl->key = *key;
  Result<std::unique_ptr<extract::SelectorExtractor>> extractor =
      extract::SelectorExtractor::Create();
  if (!extractor.ok()) return extractor.status();
  impl->extractor = std::move(extractor).value();
  return std::unique_ptr<TipDesk>(new TipDesk(std::move(impl), std::move(texts)));
}

Result<TipReceipt> TipDesk::Submit(const TipSubmission& tip) {
  const LanguageTexts* lang = texts_.Find(tip.lang);
  if (lang == nullptr) {
    return InvalidInput(fmt::format(
        "lang: \"{}\" is not a language of the form: use one of /api/v1/public/languages",
        Ellipsize(tip.lang, 16)));
  }
  if (!tip.consent) {
    return InvalidInput("consent: the tip was not sent: read the consent text and agree to it");
  }
  Result<std::string> text = CleanPublicText(tip.text, kMaxTipText, "text");
  if (!text.ok()) return text.status();
  std::string contact;
  if (!Trim(tip.contact).empty()) {
    Result<std::string> c = CleanPublicText(tip.contact, kMaxContact, "contact", true);
    if (!c.ok()) return c.status();
    contact = std::move(c).value();
  }
  Impl::Lease slot(*impl_);
  Result<std::vector<store::TipLinkRow>> links = impl_->Links(*slot, *text);
  if (!links.ok()) return links.status();
  store::TipRow row;
  row.lang = lang->code;
  row.text = std::move(text).value();
  row.contact = std::move(contact);
  row.received_at = UtcNowIso8601();
  row.consent_version = lang->ConsentRecord();
  if (impl_->options.keep_client_addresses) row.client_address = tip.client_address;
  // 80 random bits never collide in practice; if they do, the unique index says so and a new code
  // is drawn.
  for (int attempt = 0;; ++attempt) {
    TipReceipt receipt;
    receipt.receipt = NewReceiptCode();
    row.receipt_hash = ReceiptHash(impl_->key, *CanonicalReceipt(receipt.receipt));
    std::unique_lock lock(impl_->write_mu);
    Result<int64_t> id = slot->tips->InsertTip(row, *links);
    if (id.ok()) {
      receipt.id = *id;
      // The tip is safe in the case: a custody log that cannot be written does not lose it or
      // make the reporter send it again; the operator is told, and `verify` lists the gap.
      Status logged = slot->log
                          ->Record({custody::kActionTipReceived,
                                    fmt::format("tip:{}", *id),
                                    {Sha256Hex(row.text)},
                                    {{"lang", row.lang},
                                     {"consent_version", row.consent_version},
                                     {"links", links->size()},
                                     {"contact_given", !row.contact.empty()}}})
                          .status();
      if (!logged.ok()) {
        fmt::print(stderr, "ariadne serve: tip {} stored but not in the custody log: {}\n", *id,
                   logged.message());
      }
      return receipt;
    }
    lock.unlock();
    if (id.status().kind() != ErrorKind::kConflict || attempt == 2) return id.status();
  }
}

Result<std::optional<TipStatus>> TipDesk::StatusOf(std::string_view receipt) {
  const std::optional<std::string> code = CanonicalReceipt(receipt);
  if (!code) return std::optional<TipStatus>();
  const std::string hash = ReceiptHash(impl_->key, *code);
  Impl::Lease slot(*impl_);
  Result<std::optional<store::TipRow>> row = slot->tips->TipByReceiptHash(hash);
  if (!row.ok()) return row.status();
  // The index found the row by its hash; the constant-time compare makes the answer not depend
  // on how many leading bytes of a guess matched.
  if (!*row || !SameReceiptHash((*row)->receipt_hash, hash)) return std::optional<TipStatus>();
  return std::optional<TipStatus>(TipStatus{(*row)->status, (*row)->received_at, (*row)->reply});
}

Result<std::vector<Tip>> TipDesk::List(std::string_view status, int limit) {
  if (!status.empty() && !IsTipStatus(status)) {
    return InvalidInput(
        fmt::format("status \"{}\": use open, in_review or closed", Ellipsize(status, 16)));
  }
  Impl::Lease slot(*impl_);
  Result<std::vector<store::TipRow>> rows = slot->tips->Tips(status, limit);
  if (!rows.ok()) return rows.status();
  std::vector<Tip> out;
  for (store::TipRow& row : *rows) {
    Result<Tip> tip = impl_->Load(*slot, std::move(row));
    if (!tip.ok()) return tip.status();
    out.push_back(std::move(tip).value());
  }
  return out;
}

Result<Tip> TipDesk::Update(int64_t id, std::string_view status, std::string_view reply,
                            std::string_view user) {
  if (!IsTipStatus(status)) {
    return InvalidInput(
        fmt::format("status \"{}\": use open, in_review or closed", Ellipsize(status, 16)));
  }
  std::string clean_reply;
  if (!Trim(reply).empty()) {
    Result<std::string> r = CleanPublicText(reply, kMaxTipText, "reply");
    if (!r.ok()) return r.status();
    clean_reply = std::move(r).value();
  }
  Impl::Lease slot(*impl_);
  {
    // The analyst's answer is theirs in the custody log: one log per call (answers are rare),
    // opened before the change so that a log that cannot be opened changes nothing.
    Result<std::unique_ptr<custody::CustodyLog>> log =
        custody::CustodyLog::Open(impl_->case_dir, std::string(user), impl_->options.tool_version);
    if (!log.ok()) return log.status();
    std::lock_guard lock(impl_->write_mu);
    ARIADNE_RETURN_IF_ERROR(slot->tips->UpdateTip(id, status, clean_reply, user, UtcNowIso8601()));
    std::vector<std::string> hashes;
    if (!clean_reply.empty()) hashes.push_back(Sha256Hex(clean_reply));
    ARIADNE_RETURN_IF_ERROR(
        (*log)
            ->Record({custody::kActionTipUpdate,
                      fmt::format("tip:{}", id),
                      hashes,
                      {{"status", std::string(status)}, {"reply", !clean_reply.empty()}}})
            .status());
  }
  Result<std::optional<store::TipRow>> row = slot->tips->TipById(id);
  if (!row.ok()) return row.status();
  if (!*row) return NotFound(fmt::format("tip {}: no such tip", id));
  return impl_->Load(*slot, std::move(**row));
}

Result<int64_t> TipDesk::Count(std::string_view status) {
  Impl::Lease slot(*impl_);
  return slot->tips->CountTips(status);
}

Result<int64_t> TipDesk::KeepJobCheck(std::string_view lang, std::string_view text,
                                      const nlohmann::json& advice) {
  const LanguageTexts* texts = texts_.Find(lang);
  if (texts == nullptr) texts = texts_.Find("en");
  Result<std::string> clean = CleanPublicText(text, kMaxCheckText, "text");
  if (!clean.ok()) return clean.status();
  store::JobCheckRow row;
  row.lang = std::string(lang);
  row.text = std::move(clean).value();
  row.advice_json = advice.dump();
  row.consent_version = texts->ConsentRecord();
  row.checked_at = UtcNowIso8601();
  Impl::Lease slot(*impl_);
  std::lock_guard lock(impl_->write_mu);
  return slot->tips->InsertJobCheck(row);
}

}  // namespace ariadne::intake
