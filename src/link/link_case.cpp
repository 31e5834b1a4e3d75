#include "link/link_case.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "link/minhash.h"
#include "link/photos.h"
#include "link/shingles.h"

namespace ariadne::link {

namespace {

// Flag families that make up the triage parts. Control: coercion, control and exploitation
// (CTL, EXP) and deceptive recruitment (DEC); inauthentic account: AUT and obfuscated contact
// (OBF). Network evidence comes from the links themselves, not from NET flags.
bool IsControlFamily(const std::string& family) {
  return family == "CTL" || family == "EXP" || family == "DEC";
}
bool IsInauthenticFamily(const std::string& family) {
  return family == "AUT" || family == "OBF";
}

std::string Band(int64_t score) {
  return score >= 60 ? "high" : score >= 25 ? "medium" : "low";
}

nlohmann::json ReasonsJson(const Cluster& cluster) {
  nlohmann::json out = nlohmann::json::array();
  for (const Reason& r : cluster.reasons) {
    out.push_back({{"kind", r.kind},
                   {"value", r.value},
                   {"documents", r.documents},
                   {"weight", std::round(r.weight * 100) / 100}});
  }
  return out;
}

struct DocumentFlags {
  std::set<std::string> control;
  std::set<std::string> inauthentic;
  bool shared_contact_personas = false;  // N-PHONE
};

TriageParts PartsOf(const Cluster& cluster,
                    const std::unordered_map<int64_t, DocumentFlags>& flags) {
  TriageParts parts;
  const auto size = static_cast<double>(cluster.documents.size());
  // Network: how many ads the evidence joins (saturating at 10), full when N-PHONE saw several
  // personas on one contact.
  int64_t with_control = 0, with_inauthentic = 0, personas = 0;
  std::set<std::string> control_ids, inauthentic_ids;
  for (int64_t d : cluster.documents) {
    auto it = flags.find(d);
    if (it == flags.end()) continue;
    if (!it->second.control.empty()) ++with_control;
    if (!it->second.inauthentic.empty()) ++with_inauthentic;
    if (it->second.shared_contact_personas) ++personas;
    control_ids.insert(it->second.control.begin(), it->second.control.end());
    inauthentic_ids.insert(it->second.inauthentic.begin(), it->second.inauthentic.end());
  }
  parts.network = std::min(1.0, std::log2(size) / std::log2(10.0));
  parts.network_why = fmt::format("{} ads joined by {} pieces of evidence",
                                  cluster.documents.size(), cluster.reasons.size());
  if (personas > 0) {
    parts.network = 1;
    parts.network_why +=
        fmt::format("; {} ads show several personas on one contact (N-PHONE)", personas);
  }
  auto join = [](const std::set<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
  };
  parts.control = static_cast<double>(with_control) / size;
  parts.control_why =
      with_control == 0 ? "no control or exploitation indicator in its ads"
                        : fmt::format("{} of {} ads carry control or exploitation indicators ({})",
                                      with_control, cluster.documents.size(), join(control_ids));
  parts.inauthentic = static_cast<double>(with_inauthentic) / size;
  parts.inauthentic_why =
      with_inauthentic == 0
          ? "no inauthentic-account indicator in its ads"
          : fmt::format("{} of {} ads carry inauthentic-account indicators ({})", with_inauthentic,
                        cluster.documents.size(), join(inauthentic_ids));
  return parts;
}

nlohmann::json PartsJson(const TriageParts& p, int64_t score) {
  auto part = [](double value, const std::string& why) {
    return nlohmann::json{{"value", std::round(value * 100) / 100}, {"why", why}};
  };
  return {{"network", part(p.network, p.network_why)},
          {"control", part(p.control, p.control_why)},
          {"inauthentic", part(p.inauthentic, p.inauthentic_why)},
          {"score", score},
          {"formula", "100 x network x (0.2 + 0.8 x control) x (0.6 + 0.4 x inauthentic)"}};
}

}  // namespace

int64_t TriageScore(const TriageParts& p) {
  return std::lround(100 * p.network * (0.2 + 0.8 * p.control) * (0.6 + 0.4 * p.inauthentic));
}

store::TextSignatureRow SignDocument(const Document& doc,
                                     const std::vector<store::StoredSelector>& selectors) {
  std::vector<MaskSpan> masked;
  for (const store::StoredSelector& s : selectors) {
    masked.push_back({static_cast<size_t>(s.start), static_cast<size_t>(s.end)});
  }
  std::sort(masked.begin(), masked.end(),
            [](const MaskSpan& a, const MaskSpan& b) { return a.start < b.start; });
  // Overlapping selectors (a handle inside a URL) are masked as one span.
  std::vector<MaskSpan> merged;
  for (const MaskSpan& m : masked) {
    if (!merged.empty() && m.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  const std::vector<uint64_t> shingles = TextShingles(doc.text, merged);
  return {doc.id, static_cast<int64_t>(shingles.size()), ToBytes(MinHash(shingles))};
}

Result<LinkSummary> LinkCase(store::Case& c, const ResolveOptions& options) {
  store::CaseStore& s = c.store();
  Resolver resolver(options);
  Result<std::vector<int64_t>> ids = s.DocumentIds();
  if (!ids.ok()) return ids.status();
  for (int64_t id : *ids) resolver.AddDocument(id);
  ARIADNE_RETURN_IF_ERROR(s.ForEachContact([&](const store::ContactRow& row) {
    resolver.AddContact(row.document_id, row.type, row.value);
    return Status::Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(s.ForEachTextSignature([&](const store::TextSignatureRow& row) {
    Signature signature;
    if (!FromBytes(row.signature, signature)) {
      return Corrupt(
          fmt::format("document #{}: stored text signature has {} bytes, not {}: run "
                      "`ariadne analyze` again to recompute it",
                      row.document_id, row.signature.size(), kPermutations * 2));
    }
    resolver.AddText(row.document_id, signature, row.shingles);
    return Status::Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(AddPhotoEvidence(s, resolver));
  std::unordered_map<int64_t, DocumentFlags> flags;
  ARIADNE_RETURN_IF_ERROR(s.ForEachFlagFamily({"CTL", "EXP", "DEC", "AUT", "OBF"}, {"N-PHONE"},
                                              [&](const store::FlagFamilyRow& row) {
                                                DocumentFlags& f = flags[row.document_id];
                                                if (IsControlFamily(row.family))
                                                  f.control.insert(row.indicator);
                                                if (IsInauthenticFamily(row.family))
                                                  f.inauthentic.insert(row.indicator);
                                                if (row.indicator == "N-PHONE")
                                                  f.shared_contact_personas = true;
                                                return Status::Ok();
                                              }));

  const Linkage linkage = resolver.Resolve();
  LinkSummary summary;
  summary.documents = linkage.documents;
  summary.text_pairs = linkage.text_pairs;
  std::vector<store::StoredCluster> clusters;
  clusters.reserve(linkage.clusters.size());
  for (const Cluster& cluster : linkage.clusters) {
    const TriageParts parts = PartsOf(cluster, flags);
    const int64_t score = TriageScore(parts);
    store::StoredCluster row;
    row.id = cluster.documents.front();
    row.size = static_cast<int64_t>(cluster.documents.size());
    row.evidence = cluster.evidence;
    row.score = score;
    row.band = Band(score);
    row.parts_json = PartsJson(parts, score).dump();
    row.reasons_json = ReasonsJson(cluster).dump();
    row.documents = cluster.documents;
    clusters.push_back(std::move(row));
    ++summary.clusters;
    summary.linked_documents += static_cast<int64_t>(cluster.documents.size());
    summary.largest_cluster =
        std::max(summary.largest_cluster, static_cast<int64_t>(cluster.documents.size()));
  }
  std::vector<store::StoredLink> links;
  links.reserve(linkage.links.size());
  for (const DocumentLink& l : linkage.links) {
    links.push_back({l.a, l.b, l.kind, l.similarity});
    if (l.kind == "text") ++summary.text_links;
  }
  std::vector<store::StoredGeneric> generic;
  for (const GenericValue& g : linkage.generic)
    generic.push_back({g.kind, g.value, g.documents, g.why});
  summary.generic_values = static_cast<int64_t>(generic.size());

  ARIADNE_RETURN_IF_ERROR(s.Begin());
  if (Status st = s.ReplaceLinkage(clusters, links, generic); !st.ok()) {
    s.Rollback();
    return st;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  return summary;
}

}  // namespace ariadne::link
