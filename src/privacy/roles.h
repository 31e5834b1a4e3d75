// Roles and what they may do (docs/api.md, "Roles"). One table decides every permission; anything
// not in the table is denied.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ariadne::privacy {

enum class Role { kAdmin, kAnalyst, kReviewer, kPartner };

// What a request wants to do. Case membership is checked separately (Allowed() is only the role).
enum class Permission {
  kSignedIn,      // any logged-in user: logout, me, the list of their cases
  kReadCase,      // dashboard, ads, clusters, graph, cities, decisions list
  kSearch,        // search (audited)
  kViewOriginal,  // captured pages and images (custody `view` event)
  kDecide,        // record a decision on an ad or a cluster
  kTips,          // read and answer tips, the triage queue
  kExport,        // exports and bundles
  kManageUsers,   // admin: users
  kReadAudit,     // admin: the audit log
};

// Whether `role` may do `permission` (deny by default: a pair missing from the table is false).
bool Allowed(Role role, Permission permission);

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

}  // namespace ariadne::privacy
