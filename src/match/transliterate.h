// Transliteration of non-Latin words to Latin with ICU, for names.
//
// ICU transliterators are not thread-safe, and building one costs milliseconds (Han-Latin
// loads a large table), so each thread builds the ones it needs once and keeps them
// (thread_local). No lock is taken on the hot path; memory is a few MB per thread using Han.
#pragma once

#include <string>
#include <string_view>

namespace catchall {

// Latin-ASCII transliteration of one word (any script; Latin passes through unchanged):
//  - Cyrillic: BGN/PCGN (Russian-Latin/BGN, or Ukrainian-Latin/BGN when the word has і ї є ґ),
//    which is how the UN and OFAC lists romanise Russian and Ukrainian names;
//  - Han: Han-Latin/Names (pinyin with the surname readings), tone marks removed;
//  - Kana, Greek, Arabic, Armenian, Georgian, Hebrew, Khmer, ...: ICU Any-Latin.
// Hangul is romanised by korean_romanisation.h, not here. Returns "" when ICU cannot help.
std::string TransliterateWord(std::string_view utf8);

// True when the text has a letter outside the Latin script.
bool HasNonLatinLetter(std::string_view utf8);

}  // namespace catchall
