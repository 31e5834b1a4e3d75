// robots.txt per RFC 9309 (Robots Exclusion Protocol): the groups for our user agent (or "*"),
// allow/disallow rules with the longest match winning (allow on a tie), "*" and "$" in patterns,
// and the non-standard but common Crawl-delay. Only the first 500 KiB are read (section 2.5).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::capture {

class RobotsRules {
 public:
  // The rules of `robots_txt` for the crawler whose product token is `agent` (e.g. "AriadneBot");
  // groups naming it win over "*" groups. Any bytes are accepted: unknown lines are ignored.
  static RobotsRules Parse(std::string_view robots_txt, std::string_view agent);
  // What to assume without a usable file (section 2.3.1): a 4xx means no rules, an unreachable
  // server or a 5xx means nothing may be crawled.
  static RobotsRules AllowAll();
  static RobotsRules DisallowAll();

  // Whether `path` (path and query, starting with "/") may be fetched. "/robots.txt" always may.
  bool Allowed(std::string_view path) const;
  // Crawl-delay in seconds for our group, if it set one.
  std::optional<double> crawl_delay() const { return crawl_delay_; }
  size_t rule_count() const { return rules_.size(); }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // percent-encoding normalised
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  bool disallow_all_ = false;
};

// Whether `pattern` (with "*" wildcards and a final "$" anchor) matches the start of `path`.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace ariadne::capture
