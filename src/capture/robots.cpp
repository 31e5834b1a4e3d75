#include "capture/robots.h"

#include <cstdlib>

#include "core/text.h"

namespace ariadne::capture {

namespace {

constexpr size_t kMaxRobotsBytes = 500 * 1024;

// Upper-cases the hex digits of percent escapes so "/a%2f" and "/a%2F" compare equal (RFC 3986
// section 6.2.2.1).
std::string NormalizeEscapes(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i] == '%' && std::isxdigit(static_cast<unsigned char>(out[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(out[i + 2]))) {
      out[i + 1] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i + 1])));
      out[i + 2] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i + 2])));
    }
  }
  return out;
}

// The product token of a user-agent line: letters, "_" and "-" (section 2.2.1).
std::string ProductToken(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '*') {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      break;
    }
  }
  return out;
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Greedy matching with backtracking on the last '*' only: linear in practice, and the pattern
  // length bounds the work (a hostile pattern cannot make it exponential).
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // a prefix match
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::AllowAll() {
  return {};
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.disallow_all_ = true;
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view agent) {
  text = text.substr(0, kMaxRobotsBytes);
  const std::string me = ProductToken(agent);
  struct Group {
    bool ours = false;
    bool star = false;
    std::vector<Rule> rules;
    std::optional<double> delay;
  };
  std::vector<Group> groups;
  bool in_agents = false;  // consecutive user-agent lines open one group
  for (std::string_view raw : Split(text, '\n')) {
    const size_t hash = raw.find('#');
    std::string_view line = Trim(raw.substr(0, hash));
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = AsciiLower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) groups.emplace_back();
      in_agents = true;
      const std::string token = ProductToken(value);
      if (token == "*")
        groups.back().star = true;
      else if (!token.empty() && token == me)
        groups.back().ours = true;
      continue;
    }
    if (groups.empty()) continue;  // rules before any user-agent line belong to no group
    in_agents = false;
    if (key == "allow" || key == "disallow") {
      if (value.empty()) continue;  // "Disallow:" with nothing disallows nothing
      groups.back().rules.push_back({key == "allow", NormalizeEscapes(value)});
    } else if (key == "crawl-delay") {
      char* end = nullptr;
      const std::string v(value);
      const double d = std::strtod(v.c_str(), &end);
      if (end != v.c_str() && d >= 0 && d < 86400) groups.back().delay = d;
    }
  }
  RobotsRules r;
  bool any_ours = false;
  for (const Group& g : groups) any_ours = any_ours || g.ours;
  // Groups for the same agent are merged (section 2.2.1).
  for (const Group& g : groups) {
    if (any_ours ? g.ours : g.star) {
      r.rules_.insert(r.rules_.end(), g.rules.begin(), g.rules.end());
      if (g.delay) r.crawl_delay_ = g.delay;
    }
  }
  return r;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  const std::string p = NormalizeEscapes(path.empty() ? "/" : path);
  size_t best = 0;
  bool allowed = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, p)) continue;
    const size_t len = rule.pattern.size();
    if (!matched || len > best || (len == best && rule.allow)) {
      best = len;
      allowed = rule.allow;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace ariadne::capture
