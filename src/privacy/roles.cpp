#include "privacy/roles.h"

#include <utility>

namespace ariadne::privacy {

namespace {

using P = Permission;

// Every grant there is. A role not listed for a permission does not have it.
constexpr std::pair<Role, P> kGrants[] = {
    {Role::kAdmin, P::kSignedIn},
    {Role::kAnalyst, P::kSignedIn},
    {Role::kReviewer, P::kSignedIn},
    {Role::kPartner, P::kSignedIn},
    {Role::kAdmin, P::kReadCase},
    {Role::kAdmin, P::kSearch},
    {Role::kAdmin, P::kViewOriginal},
    {Role::kAdmin, P::kDecide},
    {Role::kAdmin, P::kTips},
    {Role::kAdmin, P::kExport},
    {Role::kAdmin, P::kManageUsers},
    {Role::kAdmin, P::kReadAudit},
    {Role::kAnalyst, P::kReadCase},
    {Role::kAnalyst, P::kSearch},
    {Role::kAnalyst, P::kViewOriginal},
    {Role::kAnalyst, P::kDecide},
    {Role::kAnalyst, P::kTips},
    {Role::kAnalyst, P::kExport},
    {Role::kReviewer, P::kReadCase},
    {Role::kReviewer, P::kSearch},
    {Role::kReviewer, P::kViewOriginal},
    {Role::kReviewer, P::kDecide},
    {Role::kPartner, P::kReadCase},
    {Role::kPartner, P::kSearch},
};

}  // namespace

bool Allowed(Role role, Permission permission) {
  for (const auto& [r, p] : kGrants) {
    if (r == role && p == permission) return true;
  }
  return false;
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kAnalyst:
      return "analyst";
    case Role::kReviewer:
      return "reviewer";
    case Role::kPartner:
      return "partner";
  }
  return "partner";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kAdmin, Role::kAnalyst, Role::kReviewer, Role::kPartner}) {
    if (RoleName(r) == name) return r;
  }
  return std::nullopt;
}

}  // namespace ariadne::privacy
