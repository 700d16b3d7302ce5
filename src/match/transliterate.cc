#include "match/transliterate.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>

namespace catchall {
namespace {

// One transliterator per compound id per thread; nullptr when ICU lacks the id (then the next
// choice is tried).
icu::Transliterator* ThreadTransliterator(const char* id) {
  thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
  auto it = cache.find(id);
  if (it == cache.end()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    it = cache.emplace(id, std::move(made)).first;
  }
  return it->second.get();
}

UScriptCode FirstNonLatinScript(std::string_view utf8, bool* ukrainian) {
  UScriptCode found = USCRIPT_LATIN;
  int32_t at = 0;
  const int32_t length = static_cast<int32_t>(utf8.size());
  while (at < length) {
    UChar32 c;
    U8_NEXT(utf8.data(), at, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491 || c == 0x0406 || c == 0x0407 ||
        c == 0x0404 || c == 0x0490) {
      *ukrainian = true;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
        script != USCRIPT_INHERITED && found == USCRIPT_LATIN) {
      found = script;
    }
  }
  return found;
}

std::string Apply(const char* id, std::string_view utf8) {
  icu::Transliterator* transliterator = ThreadTransliterator(id);
  if (transliterator == nullptr) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  transliterator->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

bool HasNonLatinLetter(std::string_view utf8) {
  bool ukrainian = false;
  return FirstNonLatinScript(utf8, &ukrainian) != USCRIPT_LATIN;
}

std::string TransliterateWord(std::string_view utf8) {
  bool ukrainian = false;
  const UScriptCode script = FirstNonLatinScript(utf8, &ukrainian);
  if (script == USCRIPT_LATIN) return std::string(utf8);
  const char* ids[2] = {"Any-Latin; Latin-ASCII", nullptr};
  if (script == USCRIPT_CYRILLIC) {
    ids[0] = ukrainian ? "Ukrainian-Latin/BGN; Latin-ASCII" : "Russian-Latin/BGN; Latin-ASCII";
    ids[1] = "Any-Latin; Latin-ASCII";
  } else if (script == USCRIPT_HAN) {
    ids[0] = "Han-Latin/Names; Latin-ASCII";
    ids[1] = "Any-Latin; Latin-ASCII";
  }
  for (const char* id : ids) {
    if (id == nullptr) break;
    std::string out = Apply(id, utf8);
    if (!out.empty()) return out;
  }
  return {};
}

}  // namespace catchall
