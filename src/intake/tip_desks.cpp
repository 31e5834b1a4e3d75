#include "intake/tip_desks.h"

namespace ariadne::intake {
namespace {

Result<IntakeTexts> LoadTexts() {
  Result<std::filesystem::path> found = FindIntakeTextsDirectory("");
  if (!found.ok()) return found.status();
  return LoadIntakeTexts(*found);
}

}  // namespace

TipDesks::TipDesks(TipDeskOptions options) : options_(options), texts_(LoadTexts()) {}

Result<TipDesk*> TipDesks::For(const std::filesystem::path& case_dir) {
  if (!texts_.ok()) return texts_.status();
  std::lock_guard lock(mu_);
  auto it = desks_.find(case_dir);
  if (it != desks_.end()) return it->second.get();
  Result<std::unique_ptr<TipDesk>> desk = TipDesk::Open(case_dir, *texts_, options_);
  if (!desk.ok()) return desk.status();
  return desks_.emplace(case_dir, std::move(desk).value()).first->second.get();
}

}  // namespace ariadne::intake
