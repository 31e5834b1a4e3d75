// Reading rules/data/pay-words.toml (see pay_words_loader.h).
#include "flag/pay_words_loader.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "flag/match_text.h"
#include "flag/toml_reader.h"

namespace ariadne::flag {
namespace {

// "any": symbols, not one language ("/h"); then the languages of the packs, Czech and Hungarian
// (CZK and HUF are in the wage table).
constexpr std::string_view kLanguages[] = {"any", "en", "de", "fr", "nl", "ro", "bg",
                                           "es",  "it", "pl", "ru", "uk", "cs", "hu"};
constexpr std::pair<std::string_view, PayPeriod> kPeriods[] = {{"month", PayPeriod::kMonth},
                                                               {"week", PayPeriod::kWeek},
                                                               {"day", PayPeriod::kDay},
                                                               {"hour", PayPeriod::kHour}};

// What is wrong with `word` as a word of the pay reader; empty when nothing is. `stem`: a trailing
// '*' is allowed (cost words).
std::string WordProblem(std::string_view word, bool stem) {
  if (word.empty() || word == "*") return "an empty word";
  if (word.front() == ' ' || word.back() == ' ') return "a word may not start or end with a space";
  int32_t i = 0;
  const auto length = static_cast<int32_t>(word.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, length, c);
    if (c < 0) return "not valid UTF-8";
    if (c >= '0' && c <= '9') return "a word may not hold a digit (it would be read as an amount)";
    if (u_tolower(c) != c) return "write the word in lower case (it is matched in any case)";
    if (c == '*' && !(stem && i == length)) {
      return stem ? "'*' may only end a word (a stem)" : "'*' is only for cost words (a stem)";
    }
  }
  return "";
}

// An array of words at `key` of `table` (required when `required`), each checked.
std::vector<std::string> ReadWords(TomlReader& reader, const toml::table& table,
                                   std::string_view key, const SourcePosition& owner, bool required,
                                   bool stem = false) {
  if (required && table.get(key) == nullptr) {
    reader.Error(owner, fmt::format("missing key \"{}\"", key));
  }
  std::vector<std::string> words;
  for (PositionedString& word : reader.StringArray(table, key)) {
    if (const std::string problem = WordProblem(word.value, stem); !problem.empty()) {
      reader.Error(word.where, fmt::format("\"{}\": {}", word.value, problem));
      continue;
    }
    words.push_back(std::move(word.value));
  }
  return words;
}

// The [[currency]] entries: `codes` (ISO 4217) and `words`.
void ReadCurrencies(TomlReader& reader, const toml::node& node, PayWords& words) {
  if (!node.is_array()) {
    reader.Error(reader.At(node), "\"currency\" must be an array of tables ([[currency]])");
    return;
  }
  for (const toml::node& entry : *node.as_array()) {
    const SourcePosition where = reader.At(entry);
    if (!entry.is_table()) {
      reader.Error(where, "a [[currency]] entry must be a table with \"codes\" and \"words\"");
      continue;
    }
    const toml::table& table = *entry.as_table();
    reader.CheckKeys(table, {"codes", "words", "ambiguous"}, "a [[currency]] entry");
    std::vector<std::string> codes;
    for (const PositionedString& code : reader.StringArray(table, "codes")) {
      const bool iso =
          code.value.size() == 3 && std::all_of(code.value.begin(), code.value.end(),
                                                [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!iso) {
        reader.Error(code.where, fmt::format("currency \"{}\" is not an ISO 4217 code like \"EUR\"",
                                             code.value));
        continue;
      }
      codes.push_back(code.value);
    }
    if (codes.empty()) {
      reader.Error(where, "a [[currency]] entry needs \"codes\": at least one ISO 4217 code");
      continue;
    }
    const bool ambiguous = reader.Boolean(table, "ambiguous").value_or(false);
    if (ambiguous && codes.size() < 2) {
      reader.Error(
          reader.At(*table.get("ambiguous")),
          "\"ambiguous\" needs two codes or more (a word of one currency is never ambiguous)");
    }
    for (std::string& word : ReadWords(reader, table, "words", where, true)) {
      words.currencies.push_back({std::move(word), codes, ambiguous});
    }
  }
}

// [period.LANG]: after, noun, slash and before, each a table of period → words.
void ReadPeriods(TomlReader& reader, const toml::node& node, PayWords& words) {
  if (!node.is_table()) {
    reader.Error(reader.At(node), "\"period\" must be a table of languages ([period.en])");
    return;
  }
  // In file order: where one word is written under two languages, the first is its language.
  std::vector<std::pair<const toml::key*, const toml::node*>> langs;
  for (const auto& [key, value] : *node.as_table()) langs.emplace_back(&key, &value);
  std::sort(langs.begin(), langs.end(), [](const auto& a, const auto& b) {
    return std::make_pair(a.first->source().begin.line, a.first->source().begin.column) <
           std::make_pair(b.first->source().begin.line, b.first->source().begin.column);
  });
  for (const auto& [key, value] : langs) {
    const std::string lang(key->str());
    if (std::find(std::begin(kLanguages), std::end(kLanguages), lang) == std::end(kLanguages)) {
      reader.Error(reader.At(*key),
                   fmt::format("unknown language \"{}\" (\"any\", a language of the packs, cs or "
                               "hu)",
                               lang));
      continue;
    }
    if (!value->is_table()) {
      reader.Error(reader.At(*value), fmt::format("\"period.{}\" must be a table", lang));
      continue;
    }
    const toml::table& kinds = *value->as_table();
    const std::string what = fmt::format("[period.{}]", lang);
    reader.CheckKeys(kinds, {"after", "noun", "slash", "before"}, what);
    const std::pair<std::string_view, std::vector<PeriodWord>*> lists[] = {
        {"after", &words.after},
        {"noun", &words.nouns},
        {"slash", &words.slash},
        {"before", &words.before}};
    for (const auto& [kind, list] : lists) {
      const toml::node* periods = kinds.get(kind);
      if (periods == nullptr) continue;
      if (!periods->is_table()) {
        reader.Error(reader.At(*periods),
                     fmt::format("\"{}\" of {} must be a table: month, week, day or hour = [words]",
                                 kind, what));
        continue;
      }
      reader.CheckKeys(*periods->as_table(), {"month", "week", "day", "hour"},
                       fmt::format("\"{}\" of {}", kind, what));
      for (const auto& [name, period] : kPeriods) {
        for (std::string& word :
             ReadWords(reader, *periods->as_table(), name, reader.At(*periods), false)) {
          list->push_back({std::move(word), period, lang == "any" ? "" : lang});
        }
      }
    }
  }
}

// [cost]: a list of words per language.
void ReadCost(TomlReader& reader, const toml::node& node, PayWords& words) {
  if (!node.is_table()) {
    reader.Error(reader.At(node), "\"cost\" must be a table of languages (en = [words])");
    return;
  }
  for (const auto& [key, value] : *node.as_table()) {
    const std::string lang(key.str());
    if (std::find(std::begin(kLanguages), std::end(kLanguages), lang) == std::end(kLanguages)) {
      reader.Error(reader.At(key), fmt::format("unknown language \"{}\" in [cost]", lang));
      continue;
    }
    for (std::string& word :
         ReadWords(reader, *node.as_table(), lang, reader.At(key), false, /*stem=*/true)) {
      words.cost.push_back(std::move(word));
    }
  }
}

// A table of language → words at `key` of `table` ([country.people], [country.at]).
std::vector<std::pair<std::string, std::vector<std::string>>> ReadWordsPerLanguage(
    TomlReader& reader, const toml::table& table, std::string_view key) {
  std::vector<std::pair<std::string, std::vector<std::string>>> lists;
  const toml::node* node = table.get(key);
  if (node == nullptr) return lists;
  if (!node->is_table()) {
    reader.Error(reader.At(*node), fmt::format("\"{}\" must be a table of languages", key));
    return lists;
  }
  for (const auto& [lang, value] : *node->as_table()) {
    if (std::find(std::begin(kLanguages), std::end(kLanguages), lang.str()) ==
        std::end(kLanguages)) {
      reader.Error(reader.At(lang),
                   fmt::format("unknown language \"{}\" in [country.{}]", lang.str(), key));
      continue;
    }
    lists.emplace_back(std::string(lang.str()),
                       ReadWords(reader, *node->as_table(), lang.str(), reader.At(lang), false));
  }
  return lists;
}

// [country]: from, and the tables people and at. A people name is a place only after a word of
// place of its own language: Dutch "en" is "and" ("Roemenen en Polen welkom"), Spanish "en" is
// "in" ("en Filipinas"). Kept as the phrases "at-word name".
void ReadCountryWords(TomlReader& reader, const toml::node& node, PayWords& words) {
  if (!node.is_table()) {
    reader.Error(reader.At(node), "\"country\" must be a table (from, people, at)");
    return;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table, {"from", "maybe_from", "and", "list_and", "people", "at"}, "[country]");
  words.from_words = ReadWords(reader, table, "from", reader.At(node), false);
  words.maybe_from_words = ReadWords(reader, table, "maybe_from", reader.At(node), false);
  words.and_words = ReadWords(reader, table, "and", reader.At(node), false);
  if (table.contains("list_and")) {
    words.list_and_words = ReadWords(reader, table, "list_and", reader.At(node), false);
  }
  const auto people = ReadWordsPerLanguage(reader, table, "people");
  const auto at = ReadWordsPerLanguage(reader, table, "at");
  for (const auto& [lang, names] : people) {
    const auto places =
        std::find_if(at.begin(), at.end(), [&](const auto& a) { return a.first == lang; });
    if (places == at.end() || places->second.empty()) {
      reader.Error(reader.At(*table.get("people")),
                   fmt::format("no [country.at] words for \"{}\": its people names would never "
                               "be read as a place",
                               lang));
      continue;
    }
    for (const std::string& name : names) {
      if (std::find(words.people_names.begin(), words.people_names.end(), name) ==
          words.people_names.end()) {
        words.people_names.push_back(name);
      }
      // As the match text writes them (the flagger compares the words it found there).
      for (const std::string& place : places->second) {
        words.at_words.push_back(FoldForMatching(place + " " + name));
      }
    }
  }
}

// [words]: the lists of words around the amount.
void ReadAroundWords(TomlReader& reader, const toml::node& node, PayWords& words) {
  if (!node.is_table()) {
    reader.Error(reader.At(node), "\"words\" must be a table of word lists");
    return;
  }
  const toml::table& table = *node.as_table();
  const SourcePosition where = reader.At(node);
  reader.CheckKeys(
      table, {"pay", "salary", "bonus", "before_amount", "connector", "net", "gross", "thousand"},
      "[words]");
  words.pay_nouns = ReadWords(reader, table, "pay", where, true);
  words.salary_nouns = ReadWords(reader, table, "salary", where, true);
  words.bonus = ReadWords(reader, table, "bonus", where, false);
  words.before_amount = ReadWords(reader, table, "before_amount", where, false);
  words.connectors = ReadWords(reader, table, "connector", where, true);
  words.net = ReadWords(reader, table, "net", where, false);
  words.gross = ReadWords(reader, table, "gross", where, false);
  words.thousands = ReadWords(reader, table, "thousand", where, false);
}

size_t WordLength(const std::string& word) {
  return word.size();
}
size_t WordLength(const PeriodWord& word) {
  return word.word.size();
}
size_t WordLength(const CurrencyWord& word) {
  return word.word.size();
}

// Longest first, so that the longest word that matches at a place is taken ("kr." before "kr").
template <typename T>
void LongestFirst(std::vector<T>& list) {
  std::stable_sort(list.begin(), list.end(),
                   [](const T& a, const T& b) { return WordLength(a) > WordLength(b); });
}

void MarkCurrencyEdges(PayWords& words) {
  for (const CurrencyWord& c : words.currencies) {
    const auto f = static_cast<unsigned char>(c.word.front());
    const auto l = static_cast<unsigned char>(c.word.back());
    words.currency_first[f] = words.currency_first[std::toupper(f)] = true;
    words.currency_last[l] = words.currency_last[std::toupper(l)] = true;
    if (l >= 0x80) std::fill(words.currency_last.begin() + 0x80, words.currency_last.end(), true);
    if (f >= 0x80) std::fill(words.currency_first.begin() + 0x80, words.currency_first.end(), true);
  }
}

}  // namespace

void ReadPayWords(const std::filesystem::path& file, PayWords& words,
                  std::vector<LoadError>& errors) {
  TomlReader reader(file.string(), errors);
  const std::optional<toml::table> root = reader.ParseIfPresent();
  if (!root) return;
  words.file = file.string();
  reader.CheckKeys(*root, {"currency", "period", "words", "cost", "country"}, "the pay words");
  const std::pair<std::string_view, void (*)(TomlReader&, const toml::node&, PayWords&)>
      sections[] = {{"currency", ReadCurrencies},
                    {"period", ReadPeriods},
                    {"words", ReadAroundWords},
                    {"cost", ReadCost}};
  for (const auto& [name, read] : sections) {
    if (const toml::node* node = root->get(name)) {
      read(reader, *node, words);
    } else {
      reader.Error(reader.FileStart(), fmt::format("no \"{}\" section", name));
    }
  }
  if (const toml::node* node = root->get("country")) ReadCountryWords(reader, *node, words);
  if (words.currencies.empty()) {
    reader.Error(reader.FileStart(), "no currency words: no amount could ever be read as pay");
  }
  LongestFirst(words.currencies);
  LongestFirst(words.after);
  LongestFirst(words.nouns);
  LongestFirst(words.slash);
  LongestFirst(words.before);
  for (std::vector<std::string>* list :
       {&words.pay_nouns, &words.salary_nouns, &words.bonus, &words.before_amount,
        &words.connectors, &words.net, &words.gross, &words.thousands, &words.cost}) {
    LongestFirst(*list);
  }
  MarkCurrencyEdges(words);
}

}  // namespace ariadne::flag
