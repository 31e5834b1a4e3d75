#include "store/case.h"

#include <fmt/format.h>

#include <cctype>

#include "core/text.h"
#include "store/sqlite/sqlite_case_store.h"

namespace ariadne::store {

namespace fs = std::filesystem;

namespace {
constexpr const char* kDbName = "case.db";

Status ValidateInfo(const CaseInfo& info) {
  if (Trim(info.name).empty()) return InvalidInput("a case needs a name (--name)");
  if (Trim(info.purpose).empty()) {
    return InvalidInput("a case needs a purpose (--purpose): what the processing is for");
  }
  if (Trim(info.legal_basis).empty()) {
    return InvalidInput(
        "a case needs a legal basis (--legal-basis): the law or mandate that allows it");
  }
  if (info.retention_days <= 0) {
    return InvalidInput("a case needs a retention period in days (--retention-days), above 0");
  }
  if (!info.region.empty() &&
      (info.region.size() != 2 || !std::isupper(static_cast<unsigned char>(info.region[0])) ||
       !std::isupper(static_cast<unsigned char>(info.region[1])))) {
    return InvalidInput(fmt::format(
        "--region {} is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. GB)",
        info.region));
  }
  return Status::Ok();
}
}  // namespace

Case::Case(fs::path dir, std::unique_ptr<CaseStore> store)
    : dir_(std::move(dir)), store_(std::move(store)), blobs_(dir_ / "blobs") {}

Result<std::unique_ptr<Case>> Case::Create(const fs::path& dir, CaseInfo info) {
  ARIADNE_RETURN_IF_ERROR(ValidateInfo(info));
  std::error_code ec;
  if (fs::exists(dir / kDbName, ec)) {
    return Conflict(fmt::format("{} holds a case already; choose another folder", dir.string()));
  }
  for (const char* sub : {"blobs", "keys"}) {
    fs::create_directories(dir / sub, ec);
    if (ec)
      return IoError(fmt::format("{}: cannot create: {}", (dir / sub).string(), ec.message()));
  }
  // The signing keys will be private: nobody but the owner may list or read the folder.
  fs::permissions(dir / "keys", fs::perms::owner_all, fs::perm_options::replace, ec);
  if (info.created_at.empty()) info.created_at = UtcNowIso8601();
  Result<std::unique_ptr<CaseStore>> store =
      sqlite::CreateSqliteCaseStore((dir / kDbName).string(), info);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Case>(new Case(dir, std::move(store).value()));
}

Result<std::unique_ptr<Case>> Case::Open(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return IoError(
        fmt::format("{}: no such case folder (create one with `ariadne init`)", dir.string()));
  }
  Result<std::unique_ptr<CaseStore>> store = sqlite::OpenSqliteCaseStore((dir / kDbName).string());
  if (!store.ok()) return store.status();
  auto c = std::unique_ptr<Case>(new Case(dir, std::move(store).value()));
  c->blobs().RemoveStrayTemporaries();
  return c;
}

}  // namespace ariadne::store
