// The rule model's small methods and the rules-directory lookup (see rules.h).
#include "flag/rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/shipped_data.h"

namespace ariadne::flag {

std::string_view FamilyName(Family family) {
  constexpr std::string_view kNames[] = {"NET", "CTL", "AUT", "DEC", "EXP", "OBF", "INF"};
  return kNames[static_cast<int>(family)];
}

std::string_view TierName(Tier tier) {
  constexpr std::string_view kNames[] = {"T0", "T1", "T2", "T3"};
  return kNames[static_cast<int>(tier)];
}

std::string_view AppliesToName(AppliesTo applies_to) {
  constexpr std::string_view kNames[] = {"any", "sex", "labour"};
  return kNames[static_cast<int>(applies_to)];
}

std::string_view CategoryName(Category category) {
  return category == Category::kFraud ? "fraud" : "trafficking";
}

std::string_view Pack::SourceLink(std::string_view key) const {
  for (const auto& [k, link] : sources) {
    if (k == key) return link;
  }
  return {};
}

bool ScoringConfig::IsScored(std::string_view id) const {
  return std::find(scored.begin(), scored.end(), id) != scored.end();
}

int ScoringConfig::PointsFor(const Indicator& indicator) const {
  if (indicator.tier == Tier::kT0 || !IsScored(indicator.id)) return 0;
  return tier_points[static_cast<int>(indicator.tier)];
}

std::string_view PayPeriodName(PayPeriod period) {
  constexpr std::string_view kNames[] = {"hour", "day", "week", "month"};
  return kNames[static_cast<int>(period)];
}

double PeriodsPerMonth(PayPeriod period) {
  // 52 weeks a year of 40 hours or 5 days, over 12 months (see rules.h).
  switch (period) {
    case PayPeriod::kHour:
      return 173;
    case PayPeriod::kDay:
      return 21.7;
    case PayPeriod::kWeek:
      return 4.33;
    case PayPeriod::kMonth:
      return 1;
  }
  return 1;
}

std::optional<double> MinimumWage::MonthlyLocal() const {
  if (!HasFigure() || !local_amount) return std::nullopt;
  return *local_amount * PeriodsPerMonth(local_period) * payments_per_year / 12.0;
}

const MinimumWage* WageTable::Find(std::string_view country) const {
  std::string code;
  for (char c : country) code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  // Eurostat writes Greece as EL and the United Kingdom as UK; the table uses ISO 3166-1.
  if (code == "EL") code = "GR";
  if (code == "UK") code = "GB";
  for (const MinimumWage& wage : wages) {
    if (wage.country == code) return &wage;
  }
  return nullptr;
}

std::optional<double> WageTable::PerEur(std::string_view currency) const {
  if (currency == "EUR") return 1.0;
  for (const ExchangeRate& rate : rates) {
    if (rate.currency == currency) return rate.per_eur;
  }
  return std::nullopt;
}

std::optional<double> WageTable::MonthlyEur(const MinimumWage& wage) const {
  if (!wage.HasFigure()) return std::nullopt;
  if (wage.monthly_eur) return wage.monthly_eur;
  const std::optional<double> local = wage.MonthlyLocal();
  const std::optional<double> per_eur = PerEur(wage.currency);
  if (!local || !per_eur) return std::nullopt;
  return *local / *per_eur;
}

const Indicator* RuleSet::Find(std::string_view id) const {
  for (const Indicator& indicator : indicators) {
    if (indicator.id == id) return &indicator;
  }
  return nullptr;
}

const MarkerList* RuleSet::FindMarkers(std::string_view name) const {
  for (const MarkerList& list : markers) {
    if (list.name == name) return &list;
  }
  return nullptr;
}

std::string LoadError::ToString() const {
  return fmt::format("{}:{}:{}: {}", where.file, where.line, where.column, reason);
}

Result<std::filesystem::path> FindRulesDirectory(const std::string& explicit_dir) {
  std::error_code ec;
  if (!explicit_dir.empty()) {
    if (std::filesystem::is_directory(explicit_dir, ec)) return std::filesystem::path(explicit_dir);
    return NotFound(fmt::format("--rules {}: not a directory", explicit_dir));
  }
  Result<std::filesystem::path> found = FindShippedData({.env = "ARIADNE_RULES",
                                                         .installed = "rules",
                                                         .source_tree = ARIADNE_SOURCE_RULES_DIR,
                                                         .file = ""},
                                                        "pass --rules DIR");
  if (!found.ok()) return NotFound("the rule packs: " + found.status().message());
  return found;
}

}  // namespace ariadne::flag
