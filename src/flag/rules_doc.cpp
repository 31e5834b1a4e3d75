// Counts and Markdown documentation of a rule set (see rules_doc.h).
#include "flag/rules_doc.h"

#include <fmt/format.h>

#include "flag/checks.h"

namespace ariadne::flag {
namespace {

// Table cells must not break the Markdown table.
std::string Cell(std::string_view text) {
  std::string cell;
  for (char c : text) {
    if (c == '|') {
      cell += "\\|";
    } else if (c == '\n') {
      cell += ' ';
    } else {
      cell += c;
    }
  }
  return cell;
}

std::string TermText(const Term& term) {
  return term.phrase.empty() ? fmt::format("regex `{}`", Cell(term.regex))
                             : fmt::format("\u201C{}\u201D", Cell(term.phrase));
}

std::string TermStatus(const Term& term, const Pack& pack) {
  if (!term.candidate) {
    return fmt::format("sourced: [{}]({})", term.source, pack.SourceLink(term.source));
  }
  std::string status = "candidate (disabled until reviewed, R15)";
  if (!term.reviewer.empty()) status += ", reviewer " + term.reviewer;
  if (!term.added.empty()) status += ", added " + term.added;
  return status;
}

void AppendTerms(const Indicator& indicator, const Pack& pack, std::string& md) {
  if (const CheckInfo* check = FindCheck(indicator.check); check != nullptr) {
    md += fmt::format(
        "Also computed (check `{}`, with candidate terms enabled, lists of "
        "`rules/data/markers.toml`): {}.\n\n",
        check->name, check->description);
  }
  for (const NearCheck& near : indicator.near) {
    md += fmt::format(
        "Also computed (near, with candidate terms enabled, lists of `rules/data/markers.toml`): "
        "a hit of `{}` {} a hit of `{}` within {} word{}, in one {}: {}.\n\n",
        near.first, near.either_order ? "and" : "followed by", near.second, near.words,
        near.words == 1 ? "" : "s", near.sentence ? "sentence" : "clause",
        near.either_order ? fmt::format("either order; {}", near.why) : near.why);
  }
  if (indicator.structural) {
    md += "Computed from the case (structural): no phrases.\n\n";
    return;
  }
  if (indicator.terms.empty()) {
    md += "No phrases yet.\n\n";
    return;
  }
  md += "| lang | phrase | status |\n|---|---|---|\n";
  for (const Term& term : indicator.terms) {
    md += fmt::format("| {} | {} | {} |\n", term.lang, TermText(term), TermStatus(term, pack));
  }
  md += "\n";
}

void AppendScoring(const Indicator& indicator, const ScoringConfig& scoring, std::string& md) {
  const int points = scoring.PointsFor(indicator);
  if (points == 0) {
    md += "- **Scoring:** not scored (shown to the analyst only).\n";
  } else {
    md += fmt::format("- **Scoring:** {} points{}{}.\n", points,
                      indicator.tier == Tier::kT1
                          ? fmt::format(" (T1: capped at {} together)", scoring.t1_cap)
                          : "",
                      indicator.category == Category::kFraud ? ", to the fraud risk (R11)" : "");
  }
  if (!indicator.only_with.empty()) {
    std::string ids;
    for (const std::string& id : indicator.only_with) ids += (ids.empty() ? "" : ", ") + id;
    md += fmt::format("- **Scored only with:** {} (R3).\n", ids);
  }
}

void AppendIndicator(const Indicator& indicator, const RuleSet& rules, std::string& md) {
  const Pack& pack = rules.packs[indicator.pack];
  md += fmt::format("### {}: {}\n\n", indicator.id, indicator.title);
  md += fmt::format("{} · {} · {} · revision {}\n\n", TierName(indicator.tier),
                    FamilyName(indicator.family), CategoryName(indicator.category),
                    indicator.revision);
  md += indicator.definition + "\n\n";
  md += fmt::format("- **Explanation shown:** \u201CThis ad {}\u201D.\n", indicator.why);
  md += fmt::format("- **False positives:** {}\n", indicator.false_positives);
  AppendScoring(indicator, rules.scoring, md);
  std::string sources;
  for (const std::string& key : indicator.sources) {
    sources += fmt::format("{}[{}]({})", sources.empty() ? "" : ", ", key, pack.SourceLink(key));
  }
  md += fmt::format("- **Sources:** {}.\n", sources.empty() ? "none" : sources);
  for (const auto& [lang, advice] : indicator.advice) {
    md += fmt::format("- **Advice ({}):** {}\n", lang, advice);
  }
  md += "\n";
  AppendTerms(indicator, pack, md);
}

}  // namespace

RuleCounts CountRules(const RuleSet& rules) {
  RuleCounts counts;
  counts.packs = static_cast<int>(rules.packs.size());
  for (const Indicator& indicator : rules.indicators) {
    ++counts.indicators;
    counts.structural += indicator.structural ? 1 : 0;
    counts.scored += rules.scoring.PointsFor(indicator) > 0 ? 1 : 0;
    for (const Term& term : indicator.terms) {
      TermCounts& by_lang = counts.terms_by_lang[term.lang];
      (term.candidate ? counts.terms.candidate : counts.terms.sourced) += 1;
      (term.candidate ? by_lang.candidate : by_lang.sourced) += 1;
    }
  }
  return counts;
}

std::string RulesMarkdown(const RuleSet& rules) {
  const RuleCounts counts = CountRules(rules);
  std::string md = "# Red-flag indicators\n\n";
  md += fmt::format(
      "Generated by `ariadne rules doc` from the rule packs: {} indicators, {} phrases ({} "
      "sourced, {} candidate). A flag is a reason to look, never a verdict (rule R1). Candidate "
      "phrases are disabled unless `--candidates` is given (rule R15). The score counts only "
      "the allow-list of `rules/scoring.toml` (rule R2).\n\n",
      counts.indicators, counts.terms.total(), counts.terms.sourced, counts.terms.candidate);
  for (size_t p = 0; p < rules.packs.size(); ++p) {
    const Pack& pack = rules.packs[p];
    md += fmt::format("## Pack `{}` (ads: {})\n\n", pack.name, AppliesToName(pack.applies_to));
    for (const Indicator& indicator : rules.indicators) {
      if (indicator.pack == p) AppendIndicator(indicator, rules, md);
    }
  }
  return md;
}

}  // namespace ariadne::flag
