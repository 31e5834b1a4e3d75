// A disk cache of loaded rule packs (internal to the flag module; LoadRules() uses it).
//
// Every `ariadne analyze` reads the rule packs again: toml++ parses about 0.9 MB of TOML and the
// loader checks every term, 0.05-0.10 s of the add of 10,000 ads to a 1M-ad case (issue 5). A rule
// set only depends on the bytes of the files the loader reads, on the loader itself and on
// Vectorscan (which bounds each regex's match), so a rule set that loaded without an error is
// stored once in Ariadne's cache folder (vectorscan/database_cache.h) under a key that hashes all
// of them, and later loads read it back in a few milliseconds. A changed byte in any file, another
// build of the program or another Vectorscan gives another key; a file that cannot be read back
// whole is ignored and the packs are parsed as if there were no cache.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// The cache key of the rules in `directory`: the SHA-256 of `files`, the files LoadRules() reads
// (the packs, scoring.toml, data/markers.toml, minimum-wages.toml, places.toml, pay-words.toml;
// each with its name, absent ones as such), the directory's path (the rules name their files), the
// executable's identity (its path, size and modification time: the loader's code) and Vectorscan's
// version. "" when it cannot be made (no cache then).
std::string RulesCacheKey(const std::filesystem::path& directory,
                          const std::vector<std::filesystem::path>& files);

// A rule set as bytes, and back (nullopt when the bytes are not a whole rule set of this format).
std::string SerializeRules(const RuleSet& rules);
std::optional<RuleSet> DeserializeRules(std::string_view bytes);

// The rule set cached under `key`, or nullopt; and storing one (errors ignored).
std::optional<RuleSet> LoadCachedRules(const std::string& key);
void StoreCachedRules(const std::string& key, const RuleSet& rules);

}  // namespace ariadne::flag
