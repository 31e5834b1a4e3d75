// The messaging and social platforms' names as ads write them, for the extractors that need to
// know a platform's word when they see one (the handle extractor's context, the payment
// extractor's glue).
#pragma once

#include <string_view>

namespace ariadne::extract {

// The platform a word names ("telegram", "instagram", "x", ...), or "" when it names none. Any
// case and script: inflected forms in the ads' languages ("na Telegramie", "pe Instagramul"),
// abbreviations ("tg", "insta", "tt"), Cyrillic names ("телеграм"), look-alike letters of other
// scripts among Latin ones and leet digits ("T1kT0k"). WhatsApp's name gives "whatsapp" (its
// handles are phone numbers, read elsewhere). Thread-safe; no allocation for ASCII words.
std::string_view PlatformOfWord(std::string_view word);

}  // namespace ariadne::extract
