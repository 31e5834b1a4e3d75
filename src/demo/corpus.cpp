// The demo corpus: plans it (plan.cpp), renders the ads (render.cpp), draws the photos (photo.cpp)
// and writes ads.jsonl, images/ and truth.json.
#include "demo/corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "demo/contact_format.h"
#include "demo/photo.h"
#include "demo/plan.h"
#include "demo/render.h"
#include "demo/rng.h"

namespace ariadne::demo {
namespace {

// Ads are rendered into one buffer and written in chunks of about this size.
constexpr size_t kWriteChunk = 1 << 20;

// WriteTextOnlyAds plans the stream in blocks of this many ads: memory stays flat for any count,
// and each block is a corpus of the demo's size with its own networks.
constexpr int kStreamBlockAds = 2400;

Status WriteError(const std::filesystem::path& path) {
  return IoError(
      fmt::format("cannot write {}: {}; check that the directory is writable and the disk "
                  "is not full",
                  path.string(), std::strerror(errno)));
}

std::string AdKey(const AdSlot& ad) {
  return fmt::format("{}:{}", Sites()[static_cast<size_t>(ad.site)].domain, ad.id);
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kNetwork:
      return "network";
    case Role::kIndependent:
      return "independent";
    case Role::kEmployer:
      return "employer";
    case Role::kOneOff:
      return "one-off";
  }
  return "";
}

// Writes every planned photo. An edited repost is drawn from its original's seed and then edited,
// so it differs from the original only by the edit.
Status WritePhotos(const std::filesystem::path& images_dir, const Plan& plan) {
  for (const Photo& photo : plan.photos) {
    RgbImage image;
    if (photo.original >= 0) {
      image =
          EditedCopy(DrawPhoto(plan.photos[static_cast<size_t>(photo.original)].seed), photo.edit);
    } else {
      image = DrawPhoto(photo.seed);
    }
    ARIADNE_RETURN_IF_ERROR(WritePng(images_dir / photo.file, image));
  }
  return Status::Ok();
}

Status WriteAds(const std::filesystem::path& path, const Plan& plan, bool with_images) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return WriteError(path);
  AdRenderer renderer(plan);
  std::string buffer;
  buffer.reserve(kWriteChunk + 4096);
  for (size_t i = 0; i < plan.ads.size(); ++i) {
    renderer.AppendJsonLine(buffer, static_cast<int>(i), with_images);
    if (buffer.size() >= kWriteChunk || i + 1 == plan.ads.size()) {
      file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  file.close();
  if (!file) return WriteError(path);
  return Status::Ok();
}

nlohmann::ordered_json AdKeys(const Plan& plan, const Advertiser& a) {
  nlohmann::ordered_json keys = nlohmann::ordered_json::array();
  for (int ad : a.ads) keys.push_back(AdKey(plan.ads[static_cast<size_t>(ad)]));
  return keys;
}

nlohmann::ordered_json Phones(const Advertiser& a) {
  nlohmann::ordered_json phones = nlohmann::ordered_json::array();
  for (int suffix : a.phones) phones.push_back(DramaNumberE164(suffix));
  return phones;
}

// The planted ground truth, for evaluating the linking stages.
nlohmann::ordered_json Truth(const Plan& plan, bool with_images) {
  AdRenderer renderer(plan);
  nlohmann::ordered_json truth;
  truth["seed"] = plan.seed;
  truth["period"] = {{"from", PostedAt(0, 0).substr(0, 10)},
                     {"to", PostedAt(kLastDay, 0).substr(0, 10)}};
  nlohmann::ordered_json networks = nlohmann::ordered_json::array();
  nlohmann::ordered_json independents = nlohmann::ordered_json::array();
  nlohmann::ordered_json advertisers = nlohmann::ordered_json::array();
  for (const Advertiser& a : plan.advertisers) {
    if (a.role != Role::kNetwork) {
      for (int ad : a.ads) independents.push_back(AdKey(plan.ads[static_cast<size_t>(ad)]));
      advertisers.push_back({{"id", a.id},
                             {"role", RoleName(a.role)},
                             {"type", KindName(a.kind)},
                             {"exploitative", a.exploitative},
                             {"phones", Phones(a)},
                             {"ads", AdKeys(plan, a)}});
      continue;
    }
    nlohmann::ordered_json n;
    n["id"] = a.id;
    n["type"] = KindName(a.kind);
    n["ads"] = AdKeys(plan, a);
    n["phones"] = Phones(a);
    n["template"] = renderer.TextTemplate(a);
    n["touring"] = a.touring;
    n["third_party"] = a.third_party;
    n["lang"] = PhrasesFor(a.lang).code;
    n["sites"] = nlohmann::ordered_json::array();
    for (int site : a.sites) n["sites"].push_back(Sites()[static_cast<size_t>(site)].domain);
    n["telegram"] = "@" + a.handle;
    n["email"] = a.email_local + "@" + a.email_domain;
    n["personas"] = nlohmann::ordered_json::array();
    for (const Persona& p : a.personas) {
      if (!p.name.empty()) n["personas"].push_back(p.name);
    }
    std::set<std::string> images;  // sorted, each once, even when personas share stock photos
    if (with_images) {
      for (const Persona& p : a.personas) {
        for (int photo : p.photos)
          images.insert("images/" + plan.photos[static_cast<size_t>(photo)].file);
      }
    }
    n["images"] = images;
    networks.push_back(std::move(n));
  }
  truth["networks"] = std::move(networks);
  truth["independents"] = std::move(independents);
  truth["advertisers"] = std::move(advertisers);
  return truth;
}

Status WriteTruth(const std::filesystem::path& path, const Plan& plan, bool with_images) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return WriteError(path);
  file << Truth(plan, with_images).dump(2) << '\n';
  file.close();
  if (!file) return WriteError(path);
  return Status::Ok();
}

CorpusStats Stats(const Plan& plan, bool with_images) {
  CorpusStats stats;
  std::array<bool, kSiteCount> site_used{};
  std::array<bool, kLangCount> lang_used{};
  for (const AdSlot& ad : plan.ads) {
    const Advertiser& a = plan.advertisers[static_cast<size_t>(ad.advertiser)];
    ++stats.ads;
    ++(a.kind == AdKind::kSex ? stats.sex_ads : stats.labour_ads);
    if (a.role != Role::kNetwork) ++stats.independents;
    site_used[static_cast<size_t>(ad.site)] = true;
    lang_used[static_cast<size_t>(a.lang)] = true;
  }
  stats.networks =
      static_cast<int>(std::count_if(plan.advertisers.begin(), plan.advertisers.end(),
                                     [](const Advertiser& a) { return a.role == Role::kNetwork; }));
  stats.images = with_images ? static_cast<int>(plan.photos.size()) : 0;
  for (int i = 0; i < kSiteCount; ++i) {
    if (site_used[static_cast<size_t>(i)])
      stats.sites.emplace_back(Sites()[static_cast<size_t>(i)].domain);
  }
  for (int i = 0; i < kLangCount; ++i) {
    if (lang_used[static_cast<size_t>(i)])
      stats.languages.emplace_back(PhrasesFor(static_cast<Lang>(i)).code);
  }
  return stats;
}

}  // namespace

Result<CorpusStats> GenerateCorpus(const std::filesystem::path& dir, const CorpusOptions& options) {
  if (options.ads < 0) {
    return InvalidInput(fmt::format(
        "cannot generate a corpus of {} ads: the count must be 0 or more", options.ads));
  }
  const std::filesystem::path images_dir = dir / "images";
  std::error_code error;
  std::filesystem::create_directories(options.write_images ? images_dir : dir, error);
  if (error) {
    return IoError(fmt::format("cannot create {}: {}",
                               (options.write_images ? images_dir : dir).string(),
                               error.message()));
  }
  SiteCounters counters{};
  const Plan plan = MakePlan(options.seed, options.ads, options.write_images, counters);
  if (options.write_images) ARIADNE_RETURN_IF_ERROR(WritePhotos(images_dir, plan));
  ARIADNE_RETURN_IF_ERROR(WriteAds(dir / "ads.jsonl", plan, options.write_images));
  ARIADNE_RETURN_IF_ERROR(WriteTruth(dir / "truth.json", plan, options.write_images));
  return Stats(plan, options.write_images);
}

// Gives the advertisers of stream block `block` contacts of their own: the first kDramaRanges
// blocks take their phone numbers from their own Ofcom drama range (block b: range b), and
// handles and e-mail addresses carry the block number. Without this every block reused the same
// 1,000 numbers and names, and a long stream became one giant cluster no real corpus has. Only
// 19,000 usable drama numbers exist, so later blocks get no phone at all: their ads give the
// block's own Telegram handle where a number would be (as the renderer does when the drama range
// is used up), a contact that names no one and is shared by nobody outside the advertiser's
// planted network. Site-wide contacts (boilerplate addresses) stay shared, as they should.
namespace {
void OwnContacts(Plan& plan, int64_t block) {
  for (Advertiser& a : plan.advertisers) {
    if (block < kDramaRanges) {
      for (int& phone : a.phones) phone += 1000 * static_cast<int>(block);
    } else {
      a.phones.clear();
    }
    if (block == 0) continue;
    if (!a.handle.empty()) a.handle += fmt::format("_{}", block);
    if (!a.email_local.empty()) a.email_local += fmt::format(".{}", block);
  }
}
}  // namespace

void WriteTextOnlyAds(std::ostream& out, int64_t count, uint64_t seed) {
  SiteCounters counters{};
  std::string buffer;
  buffer.reserve(kWriteChunk + 4096);
  for (int64_t done = 0, block = 0; done < count; ++block) {
    const int ads = static_cast<int>(std::min<int64_t>(kStreamBlockAds, count - done));
    Plan plan = MakePlan(DeriveSeed(seed, static_cast<uint64_t>(block)), ads, false, counters);
    OwnContacts(plan, block);
    AdRenderer renderer(plan);
    for (int i = 0; i < ads; ++i) {
      renderer.AppendJsonLine(buffer, i, false);
      if (buffer.size() >= kWriteChunk) {
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    }
    done += ads;
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace ariadne::demo
