#include "link/photos.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>

#include "pdq/mih_index.h"
#include "pdq/pdq.h"

namespace ariadne::link {

namespace {

constexpr int kBatch = 200;
constexpr size_t kHashBytes = sizeof(pdq::PdqHash);  // 32
constexpr size_t kVariants = pdq::kDihedralCount;    // 8

std::string VariantsToBytes(const pdq::PdqDihedralResult& r) {
  std::string out(kVariants * kHashBytes, '\0');
  for (size_t v = 0; v < kVariants; ++v) {
    for (size_t w = 0; w < 4; ++w) {
      for (size_t b = 0; b < 8; ++b) {
        out[v * kHashBytes + w * 8 + b] =
            static_cast<char>((r.hashes[v].words[w] >> (8 * b)) & 0xFF);
      }
    }
  }
  return out;
}

bool VariantsFromBytes(std::string_view bytes, pdq::PdqDihedralResult& r) {
  if (bytes.size() != kVariants * kHashBytes) return false;
  for (size_t v = 0; v < kVariants; ++v) {
    for (size_t w = 0; w < 4; ++w) {
      uint64_t word = 0;
      for (size_t b = 0; b < 8; ++b) {
        word |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[v * kHashBytes + w * 8 + b]))
                << (8 * b);
      }
      r.hashes[v].words[w] = word;
    }
  }
  return true;
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

Result<PhotoHashSummary> HashNewImages(store::Case& c,
                                       const std::function<void(int64_t)>& on_progress) {
  store::CaseStore& s = c.store();
  PhotoHashSummary summary;
  for (;;) {
    Result<std::vector<std::string>> pending = s.ImagesWithoutHash(kBatch);
    if (!pending.ok()) return pending.status();
    if (pending->empty()) break;
    std::vector<store::ImageHashRow> rows;
    for (const std::string& sha : *pending) {
      store::ImageHashRow row;
      row.blob_sha256 = sha;
      Result<std::string> bytes = c.blobs().Read(sha);
      Result<pdq::PdqDihedralResult> hashed = bytes.ok()
                                                  ? pdq::HashImageBytesDihedral(*bytes)
                                                  : Result<pdq::PdqDihedralResult>(bytes.status());
      if (hashed.ok()) {
        row.quality = hashed->quality;
        row.hashes = VariantsToBytes(*hashed);
        ++summary.hashed;
      } else {
        row.error = hashed.status().message();
        ++summary.failed;
      }
      rows.push_back(std::move(row));
    }
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    for (const store::ImageHashRow& row : rows) {
      if (Status st = s.PutImageHash(row); !st.ok()) {
        s.Rollback();
        return st;
      }
    }
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    if (on_progress) on_progress(summary.hashed + summary.failed);
  }
  return summary;
}

Result<std::vector<PhotoGroupRow>> PhotoGroups(store::CaseStore& store) {
  std::vector<PhotoGroupRow> out;
  // Distinct images, and the documents showing each.
  std::map<std::string, int> image_index;
  std::vector<pdq::PdqDihedralResult> images;
  std::vector<std::vector<int64_t>> shown_in;
  ARIADNE_RETURN_IF_ERROR(store.ForEachDocumentImageHash(
      pdq::kMinUsefulQuality, [&](const store::DocumentImageHash& row) {
        auto [it, inserted] =
            image_index.try_emplace(row.blob_sha256, static_cast<int>(images.size()));
        if (inserted) {
          pdq::PdqDihedralResult r;
          if (!VariantsFromBytes(row.hashes, r)) {
            return Corrupt(fmt::format("image {}: stored hashes have {} bytes, not {}",
                                       row.blob_sha256, row.hashes.size(), kVariants * kHashBytes));
          }
          r.quality = static_cast<int>(row.quality);
          images.push_back(r);
          shown_in.emplace_back();
        }
        shown_in[it->second].push_back(row.document_id);
        return Status::Ok();
      }));
  // Matching images, rotations and mirrors included, grouped.
  pdq::MihIndex index;
  for (size_t i = 0; i < images.size(); ++i)
    index.Add(static_cast<pdq::MihIndex::Id>(i), images[i].hashes[0]);
  std::vector<int> parent(images.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < images.size(); ++i) {
    for (const pdq::MihIndex::Match& m : index.QueryDihedral(images[i])) {
      if (m.id == i) continue;
      const int a = Find(parent, static_cast<int>(i)), b = Find(parent, static_cast<int>(m.id));
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::map<int, std::vector<int>> groups;
  for (size_t i = 0; i < images.size(); ++i)
    groups[Find(parent, static_cast<int>(i))].push_back(static_cast<int>(i));
  for (const auto& [root, members] : groups) {
    std::vector<int64_t> documents;
    int worst = 0;
    for (int i : members) {
      documents.insert(documents.end(), shown_in[i].begin(), shown_in[i].end());
      for (int j : members) {
        if (j <= i) continue;
        int best = 256;
        for (const pdq::PdqHash& v : images[j].hashes)
          best = std::min(best, pdq::HammingDistance(images[i].hashes[0], v));
        worst = std::max(worst, best);
        if (members.size() > 20) break;  // enough for the description of a big group
      }
    }
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    if (documents.size() < 2) continue;
    const std::string description =
        members.size() == 1
            ? "the same image file"
            : fmt::format(
                  "{} images within Hamming distance {} of each other (PDQ, rotations and "
                  "mirrors included)",
                  members.size(), worst);
    out.push_back({std::move(documents), 1.0 - static_cast<double>(worst) / 256.0, description});
  }
  return out;
}

Status AddPhotoEvidence(store::CaseStore& store, Resolver& resolver) {
  Result<std::vector<PhotoGroupRow>> groups = PhotoGroups(store);
  if (!groups.ok()) return groups.status();
  for (const PhotoGroupRow& g : *groups)
    resolver.AddPhotoGroup(g.documents, g.similarity, g.description);
  return Status::Ok();
}

}  // namespace ariadne::link
