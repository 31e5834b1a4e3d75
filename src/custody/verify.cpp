#include "custody/verify.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <streambuf>

#include "core/sha256.h"
#include "custody/canonical.h"
#include "custody/keys.h"
#include "custody/log.h"
#include "custody/merkle.h"
#include "store/blob_store.h"
#include "store/custody_store.h"

namespace ariadne::custody {

namespace fs = std::filesystem;

namespace {

// Discards what is written: blobs are re-hashed, not kept.
class NullBuf : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

std::string Short(const std::string& sha) {
  return sha.substr(0, 12) + "…";
}

bool IsHex64(const std::string& s) {
  return FromHex(s).has_value();
}

// What the log says about the case, gathered in one pass over the events.
struct LogFacts {
  std::vector<store::CustodyEventRow> import_complete;  // latest per import, by import id
  std::map<int64_t, store::CustodyEventRow> completes;
  std::set<int64_t> started_imports;
  std::map<std::string, int64_t> captured_blobs;  // sha256 -> event seq
  std::set<std::string> purged_objects;           // "blob:<sha>", "document:<id>", "tip:<id>"
  std::map<int64_t, store::CustodyEventRow> received_tips;  // tip id -> its tip.received event
  std::string init_fingerprint;
  std::vector<Hash> leaves;  // from recomputed event hashes
};

int64_t ImportIdOf(const std::string& object) {
  if (object.rfind("import:", 0) != 0) return 0;
  return std::atoll(object.c_str() + 7);
}

Status CheckEvents(store::CustodyStore& s, VerifyReport& r, LogFacts& facts) {
  int64_t expected = 1;
  std::string prev_stored(64, '0');
  bool gap_before = false;
  ARIADNE_RETURN_IF_ERROR(s.ForEachEvent(1, [&](const store::CustodyEventRow& e) {
    ++r.events;
    if (e.seq != expected) {
      r.findings.push_back(
          e.seq > expected ? fmt::format("event {}{}: missing from the log (removed)", expected,
                                         e.seq - 1 > expected ? fmt::format("-{}", e.seq - 1) : "")
                           : fmt::format("event {}: out of order (the log was rewritten)", e.seq));
      gap_before = true;
    }
    const std::string recomputed = EventHash(e);
    if (recomputed != e.hash) {
      r.findings.push_back(
          fmt::format("event {} ({}): content altered (hash mismatch)", e.seq, e.action));
    }
    if (e.prev_hash != prev_stored && !gap_before) {
      r.findings.push_back(
          fmt::format("event {} ({}): hash chain broken (event {} was altered or removed)", e.seq,
                      e.action, e.seq - 1));
    }
    gap_before = false;
    prev_stored = e.hash;
    expected = e.seq + 1;
    facts.leaves.push_back(EventLeafHash(recomputed));
    const nlohmann::json details = nlohmann::json::parse(e.details, nullptr, false);
    if (e.action == kActionInit && facts.init_fingerprint.empty() && details.is_object()) {
      facts.init_fingerprint = details.value("key_fingerprint", "");
    } else if (e.action == kActionCapture && e.object.rfind("blob:", 0) == 0) {
      facts.captured_blobs.emplace(e.object.substr(5), e.seq);
    } else if (e.action == kActionImportStart) {
      facts.started_imports.insert(ImportIdOf(e.object));
    } else if (e.action == kActionImportComplete) {
      facts.completes[ImportIdOf(e.object)] = e;
    } else if (e.action == kActionTipReceived && e.object.rfind("tip:", 0) == 0) {
      facts.received_tips[std::atoll(e.object.c_str() + 4)] = e;
    } else if (e.action == kActionPurge) {
      facts.purged_objects.insert(e.object);
    }
    return Status::Ok();
  }));
  if (r.events == 0) r.findings.push_back("custody log: empty (every case logs its init)");
  return Status::Ok();
}

void CheckCheckpoints(store::CustodyStore& s, const fs::path& dir, VerifyReport& r,
                      const LogFacts& facts) {
  Result<PublicKey> key = LoadPublicKey(dir);
  if (!key.ok()) {
    r.findings.push_back(
        fmt::format("keys/case.pub: {} (removed or damaged)", key.status().message()));
    return;
  }
  r.key_fingerprint = Fingerprint(*key);
  if (!facts.init_fingerprint.empty() && facts.init_fingerprint != r.key_fingerprint) {
    r.findings.push_back(
        "keys/case.pub: not the key recorded when the case was created (event 1) (replaced)");
  }
  Result<std::vector<store::CustodyCheckpointRow>> cps = s.Checkpoints();
  if (!cps.ok()) {
    r.findings.push_back("custody checkpoints: unreadable: " + cps.status().message());
    return;
  }
  r.checkpoints = static_cast<int64_t>(cps->size());
  const std::string origin = CheckpointOrigin(*key);
  for (const store::CustodyCheckpointRow& cp : *cps) {
    const std::string name = fmt::format("checkpoint at event {}", cp.tree_size);
    if (!VerifySignature(*key, CheckpointNote(origin, cp.tree_size, cp.root_hash, cp.time),
                         cp.signature)) {
      r.findings.push_back(name + ": signature invalid (checkpoint or signature altered)");
      continue;
    }
    if (cp.tree_size > static_cast<int64_t>(facts.leaves.size()) || cp.tree_size <= 0) {
      r.findings.push_back(fmt::format("{}: signs {} events but the log holds {} (events removed)",
                                       name, cp.tree_size, facts.leaves.size()));
      continue;
    }
    const std::vector<Hash> prefix(facts.leaves.begin(), facts.leaves.begin() + cp.tree_size);
    if (ToHex(RootFromLeafHashes(prefix)) != cp.root_hash) {
      r.findings.push_back(name +
                           ": the log's first events no longer match the signed root (an event "
                           "was altered, removed or inserted)");
      continue;
    }
    r.signed_events = std::max(r.signed_events, cp.tree_size);
  }
  if (r.events > r.signed_events) {
    r.notes.push_back(fmt::format(
        "events {}-{} are not covered by a signed checkpoint yet (the next signed command "
        "covers them)",
        r.signed_events + 1, r.events));
  }
}

void CheckBlobs(store::CustodyStore& s, const fs::path& dir, VerifyReport& r, const LogFacts& facts,
                const VerifyOptions& options) {
  store::BlobStore blobs(dir / "blobs");
  NullBuf null_buf;
  std::ostream null_out(&null_buf);
  std::set<std::string> recorded;
  Status st = s.ForEachBlob([&](const store::CustodyBlobRow& b) {
    ++r.blobs;
    recorded.insert(b.sha256);
    const bool purged = facts.purged_objects.count("blob:" + b.sha256) > 0;
    std::error_code ec;
    if (!fs::exists(blobs.PathFor(b.sha256), ec)) {
      if (!purged) {
        r.findings.push_back(fmt::format("blob {}: file missing (removed)", Short(b.sha256)));
      }
      return Status::Ok();
    }
    if (Status c = blobs.CopyTo(b.sha256, null_out); !c.ok()) {
      r.findings.push_back(fmt::format("blob {}: content hash mismatch (altered): {}",
                                       Short(b.sha256), c.message()));
    }
    if (options.on_blob) options.on_blob(b.size);
    if (facts.captured_blobs.count(b.sha256) == 0) {
      r.findings.push_back(
          fmt::format("blob {}: not in the custody log (added outside Ariadne)", Short(b.sha256)));
    }
    return Status::Ok();
  });
  if (!st.ok()) r.findings.push_back("blobs table: unreadable: " + st.message());
  for (const auto& [sha, seq] : facts.captured_blobs) {
    if (recorded.count(sha) == 0 && facts.purged_objects.count("blob:" + sha) == 0) {
      r.findings.push_back(
          fmt::format("blob {}: logged at event {} but no longer recorded in the case (removed)",
                      Short(sha), seq));
    }
  }
  // Files in the store that the case does not record.
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir / "blobs", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const fs::path p = it->path();
    if (p.parent_path().filename() == "tmp") continue;
    const std::string name = p.filename().string();
    const std::string stem = name.size() > 4 && name.substr(name.size() - 4) == ".zst"
                                 ? name.substr(0, name.size() - 4)
                                 : name;
    if (!IsHex64(stem) || recorded.count(stem) == 0) {
      r.findings.push_back(fmt::format("blob file {}: not recorded in the case (added)",
                                       fs::relative(p, dir, ec).string()));
    }
  }
}

void CheckDocuments(store::CustodyStore& s, VerifyReport& r, const LogFacts& facts) {
  Result<std::vector<store::CustodyStore::ImportRef>> imports = s.Imports();
  if (!imports.ok()) {
    r.findings.push_back("imports table: unreadable: " + imports.status().message());
    return;
  }
  std::map<int64_t, std::string> import_status;
  for (const auto& i : *imports) {
    import_status[i.id] = i.status;
    if (facts.started_imports.count(i.id) == 0) {
      r.findings.push_back(
          fmt::format("import {}: not in the custody log (added outside Ariadne)", i.id));
    } else if (i.status == "complete" && facts.completes.count(i.id) == 0) {
      r.findings.push_back(fmt::format(
          "import {}: complete but never sealed in the custody log (its documents cannot be "
          "checked)",
          i.id));
    }
  }
  for (const auto& [id, e] : facts.completes) {
    if (import_status.count(id) == 0) {
      r.findings.push_back(fmt::format(
          "import {}: sealed at event {} but no longer in the case (removed)", id, e.seq));
    }
  }
  std::map<int64_t, store::DocumentSealRow> seals;
  std::map<int64_t, std::vector<std::string>> seals_by_import;
  Status st = s.ForEachSeal(0, [&](const store::DocumentSealRow& row) {
    seals[row.document_id] = row;
    seals_by_import[row.import_id].push_back(row.seal);
    return Status::Ok();
  });
  if (!st.ok()) {
    r.findings.push_back("document seals: unreadable: " + st.message());
    return;
  }
  // The seals of each import must still add up to the root its signed event carries.
  for (const auto& [id, e] : facts.completes) {
    const nlohmann::json d = nlohmann::json::parse(e.details, nullptr, false);
    const std::string want = d.is_object() ? d.value("documents_root", "") : "";
    if (ToHex(SealsRoot(seals_by_import[id])) != want) {
      r.findings.push_back(fmt::format(
          "import {}: its document seals no longer match the root logged at event {} (seal table "
          "altered)",
          id, e.seq));
    }
  }
  std::set<int64_t> seen;
  int64_t unsealed_running = 0;
  st = s.ForEachSealInput(0, [&](const store::SealInput& in) {
    ++r.documents;
    seen.insert(in.doc.id);
    auto it = seals.find(in.doc.id);
    if (it == seals.end()) {
      if (import_status[in.import_id] == "running") {
        ++unsealed_running;
      } else {
        r.findings.push_back(
            fmt::format("document {}: not sealed at import (added outside Ariadne)", in.doc.id));
      }
      return Status::Ok();
    }
    if (it->second.import_id != in.import_id) {
      r.findings.push_back(fmt::format("document {}: moved from import {} to import {} (altered)",
                                       in.doc.id, it->second.import_id, in.import_id));
    } else if (DocumentSeal(in.doc, in.import_id) != it->second.seal) {
      r.findings.push_back(
          fmt::format("document {}: changed since import (seal mismatch: text, fields, "
                      "provenance or images altered)",
                      in.doc.id));
    }
    return Status::Ok();
  });
  if (!st.ok()) r.findings.push_back("documents: unreadable: " + st.message());
  for (const auto& [id, row] : seals) {
    if (seen.count(id) == 0 && facts.purged_objects.count(fmt::format("document:{}", id)) == 0) {
      r.findings.push_back(
          fmt::format("document {}: sealed at import {} but no longer in the case (removed)", id,
                      row.import_id));
    }
  }
  if (unsealed_running > 0) {
    r.notes.push_back(
        fmt::format("{} documents belong to an interrupted import and are sealed when it completes",
                    unsealed_running));
  }
}

}  // namespace

// Each public tip must carry its `tip.received` event, whose hash is that of the text as received;
// a tip gone from the case must have been purged (a `purge` event).
void CheckTips(store::CustodyStore& s, VerifyReport& r, const LogFacts& facts) {
  std::set<int64_t> present;
  Status st = s.ForEachTip([&](int64_t id, const std::string& text) {
    present.insert(id);
    auto event = facts.received_tips.find(id);
    if (event == facts.received_tips.end()) {
      r.findings.push_back(fmt::format(
          "tip {}: not in the custody log (its event could not be written when it arrived, or it "
          "was added outside Ariadne)",
          id));
    } else if (event->second.hashes != Sha256Hex(text)) {
      r.findings.push_back(
          fmt::format("tip {}: text altered after it was received (event {} holds another hash)",
                      id, event->second.seq));
    }
    return Status::Ok();
  });
  if (!st.ok()) {
    r.findings.push_back("tips table: unreadable: " + st.message());
    return;
  }
  for (const auto& [id, event] : facts.received_tips) {
    if (present.count(id) == 0 && facts.purged_objects.count(fmt::format("tip:{}", id)) == 0) {
      r.findings.push_back(fmt::format(
          "tip {}: received at event {} but no longer in the case, and never purged (removed)", id,
          event.seq));
    }
  }
}

Result<VerifyReport> VerifyCase(const fs::path& case_dir, const VerifyOptions& options) {
  Result<std::unique_ptr<store::CustodyStore>> s = store::OpenCustodyStore(case_dir);
  if (!s.ok()) return s.status();
  VerifyReport r;
  LogFacts facts;
  ARIADNE_RETURN_IF_ERROR(CheckEvents(**s, r, facts));
  CheckCheckpoints(**s, case_dir, r, facts);
  CheckBlobs(**s, case_dir, r, facts, options);
  CheckDocuments(**s, r, facts);
  CheckTips(**s, r, facts);
  Result<std::vector<std::string>> dangling = (*s)->DanglingReferences();
  if (!dangling.ok()) return dangling.status();
  r.findings.insert(r.findings.end(), dangling->begin(), dangling->end());
  return r;
}

}  // namespace ariadne::custody
