// Reading rules/data/minimum-wages.toml (see wages_loader.h).
#include "flag/wages_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "flag/toml_reader.h"

namespace ariadne::flag {
namespace {

bool IsUpperCode(std::string_view code, size_t length) {
  return code.size() == length &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

// A positive amount, or nothing (reported).
std::optional<double> Amount(TomlReader& reader, const toml::table& table, std::string_view key,
                             const SourcePosition& owner, bool required) {
  const std::optional<double> value = reader.Number(table, key, owner, required);
  if (value && !(*value > 0)) {
    reader.Error(reader.At(*table.get(key)), fmt::format("\"{}\" must be more than 0", key));
    return std::nullopt;
  }
  return value;
}

// The amounts of a country with a statutory minimum: currency, local_amount and local_period are
// required, so that stated pay in the local currency can always be compared.
void ReadStatutory(TomlReader& reader, const toml::table& table, MinimumWage& wage) {
  wage.monthly_eur = Amount(reader, table, "monthly_eur", wage.where, false);
  wage.hourly_eur = Amount(reader, table, "hourly_eur", wage.where, false);
  const auto currency = reader.String(table, "currency", wage.where, true);
  if (currency && !IsUpperCode(*currency, 3)) {
    reader.Error(reader.At(*table.get("currency")),
                 fmt::format("currency \"{}\" is not an ISO 4217 code like \"EUR\"", *currency));
  } else if (currency) {
    wage.currency = *currency;
  }
  wage.local_amount = Amount(reader, table, "local_amount", wage.where, true);
  wage.local_period = reader
                          .OneOf<PayPeriod>(table, "local_period", wage.where, true,
                                            {{"hour", PayPeriod::kHour},
                                             {"day", PayPeriod::kDay},
                                             {"week", PayPeriod::kWeek},
                                             {"month", PayPeriod::kMonth}})
                          .value_or(PayPeriod::kMonth);
  if (const auto payments = reader.Integer(table, "payments_per_year", wage.where, false)) {
    if (*payments < 12 || *payments > 14) {
      reader.Error(reader.At(*table.get("payments_per_year")),
                   "\"payments_per_year\" must be 12, 13 or 14");
    } else {
      wage.payments_per_year = static_cast<int>(*payments);
    }
  }
}

// A country's own threshold_multiple (where usual unskilled pay sits far above its minimum): more
// than 1, like the table's, and only with a figure to multiply.
void ReadCountryThreshold(TomlReader& reader, const toml::table& t, MinimumWage& wage) {
  const toml::node* node = t.get("threshold_multiple");
  if (node == nullptr) return;
  const auto multiple = reader.Number(t, "threshold_multiple", wage.where, true);
  if (!multiple) return;
  if (!(*multiple > 1)) {
    reader.Error(reader.At(*node),
                 "\"threshold_multiple\" must be more than 1 (pay at the minimum wage is not out "
                 "of line)");
  } else if (!wage.HasFigure()) {
    reader.Error(reader.At(*node),
                 "\"threshold_multiple\" given for a country without a minimum to multiply "
                 "(statutory = false)");
  } else {
    wage.threshold_multiple = *multiple;
  }
}

void ReadWage(TomlReader& reader, const toml::node& node, WageTable& table,
              std::map<std::string, SourcePosition>& seen) {
  MinimumWage wage;
  wage.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(wage.where, "a wage must be a table ([[wage]])");
    return;
  }
  const toml::table& t = *node.as_table();
  reader.CheckKeys(
      t,
      {"country", "statutory", "agreement", "monthly_eur", "hourly_eur", "currency", "local_amount",
       "local_period", "payments_per_year", "threshold_multiple", "date", "source", "note"},
      "a wage");
  const auto country = reader.String(t, "country", wage.where, true);
  if (country && !IsUpperCode(*country, 2)) {
    reader.Error(
        reader.At(*t.get("country")),
        fmt::format("country \"{}\" is not an ISO 3166-1 alpha-2 code like \"RO\"", *country));
  } else if (country) {
    wage.country = *country;
    const auto [it, inserted] = seen.emplace(wage.country, wage.where);
    if (!inserted) {
      reader.Error(wage.where,
                   fmt::format("duplicate country \"{}\" (first at {}:{}:{})", wage.country,
                               it->second.file, it->second.line, it->second.column));
    }
  }
  if (t.get("statutory") == nullptr) {
    reader.Error(wage.where, "missing key \"statutory\" (true or false)");
  }
  wage.statutory = reader.Boolean(t, "statutory").value_or(false);
  wage.agreement = reader.Boolean(t, "agreement").value_or(false);
  if (wage.statutory && wage.agreement) {
    reader.Error(reader.At(*t.get("agreement")),
                 "\"agreement\" is for a country without a statutory minimum wage (statutory = "
                 "false): its amounts are a collective agreement's");
  }
  if (wage.HasFigure()) {
    ReadStatutory(reader, t, wage);
  } else {
    for (std::string_view key : {"monthly_eur", "hourly_eur", "currency", "local_amount",
                                 "local_period", "payments_per_year"}) {
      if (const toml::node* value = t.get(key)) {
        reader.Error(reader.At(*value),
                     fmt::format("\"{}\" given for a country without a statutory minimum wage "
                                 "(statutory = false): remove it, or set statutory = true or "
                                 "agreement = true",
                                 key));
      }
    }
  }
  ReadCountryThreshold(reader, t, wage);
  wage.date = reader.String(t, "date", wage.where, true).value_or("");
  if (!wage.date.empty() && !IsIsoDate(wage.date)) {
    reader.Error(reader.At(*t.get("date")),
                 fmt::format("date \"{}\" is not like \"2025-01-01\"", wage.date));
  }
  wage.source = reader.String(t, "source", wage.where, true).value_or("");
  wage.note = reader.String(t, "note", wage.where, false).value_or("");
  table.wages.push_back(std::move(wage));
}

// One [[exchange_rate]]: currency, per_eur, date and source, all required.
void ReadRate(TomlReader& reader, const toml::node& node, WageTable& table,
              std::map<std::string, SourcePosition>& seen) {
  ExchangeRate rate;
  rate.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(rate.where, "an exchange rate must be a table ([[exchange_rate]])");
    return;
  }
  const toml::table& t = *node.as_table();
  reader.CheckKeys(t, {"currency", "per_eur", "date", "source", "note"}, "an exchange rate");
  const auto currency = reader.String(t, "currency", rate.where, true);
  if (currency && (!IsUpperCode(*currency, 3) || *currency == "EUR")) {
    reader.Error(reader.At(*t.get("currency")),
                 fmt::format("currency \"{}\" is not an ISO 4217 code like \"USD\" (other than "
                             "EUR, whose rate is 1)",
                             *currency));
  } else if (currency) {
    rate.currency = *currency;
    const auto [it, inserted] = seen.emplace(rate.currency, rate.where);
    if (!inserted) {
      reader.Error(rate.where,
                   fmt::format("duplicate exchange rate for \"{}\" (first at {}:{}:{})",
                               rate.currency, it->second.file, it->second.line, it->second.column));
    }
  }
  rate.per_eur = Amount(reader, t, "per_eur", rate.where, true).value_or(0);
  rate.date = reader.String(t, "date", rate.where, true).value_or("");
  if (!rate.date.empty() && !IsIsoDate(rate.date)) {
    reader.Error(reader.At(*t.get("date")),
                 fmt::format("date \"{}\" is not like \"2025-01-01\"", rate.date));
  }
  rate.source = reader.String(t, "source", rate.where, true).value_or("");
  if (!rate.currency.empty() && rate.per_eur > 0) table.rates.push_back(std::move(rate));
}

}  // namespace

void ReadWageTable(const std::filesystem::path& file, WageTable& table,
                   std::vector<LoadError>& errors) {
  TomlReader reader(file.string(), errors);
  const std::optional<toml::table> root = reader.ParseIfPresent();
  if (!root) return;
  table.file = file.string();
  reader.CheckKeys(*root, {"threshold_multiple", "net_share", "wage", "exchange_rate"},
                   "the wage table");
  if (const auto share = reader.Number(*root, "net_share", reader.FileStart(), false)) {
    if (!(*share > 0 && *share <= 1)) {
      reader.Error(reader.At(*root->get("net_share")),
                   "\"net_share\" must be more than 0 and at most 1 (net pay is a share of gross)");
    } else {
      table.net_share = *share;
    }
  }
  if (const toml::node* rates = root->get("exchange_rate")) {
    if (!rates->is_array()) {
      reader.Error(reader.At(*rates), "\"exchange_rate\" must be an array of tables");
    } else {
      std::map<std::string, SourcePosition> seen_rates;
      for (const toml::node& node : *rates->as_array()) ReadRate(reader, node, table, seen_rates);
    }
  }
  const auto multiple = reader.Number(*root, "threshold_multiple", reader.FileStart(), true);
  if (multiple && !(*multiple > 1)) {
    reader.Error(reader.At(*root->get("threshold_multiple")),
                 "\"threshold_multiple\" must be more than 1 (pay at the minimum wage is not out "
                 "of line)");
  } else if (multiple) {
    table.threshold_multiple = *multiple;
  }
  const toml::node* wages = root->get("wage");
  if (wages == nullptr) {
    reader.Error(reader.FileStart(), "no [[wage]] entries: J-SAL has nothing to compare with");
    return;
  }
  if (!wages->is_array()) {
    reader.Error(reader.At(*wages), "\"wage\" must be an array of tables ([[wage]])");
    return;
  }
  std::map<std::string, SourcePosition> seen;
  for (const toml::node& node : *wages->as_array()) ReadWage(reader, node, table, seen);
}

}  // namespace ariadne::flag
