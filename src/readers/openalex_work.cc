// Top-level fields of an OpenAlex work. Fields are visited in one pass over the object, whatever
// their order; values that have fallbacks (title / display_name, primary_location / host_venue,
// publication_date / publication_year) are resolved once the pass is over.
#include "readers/openalex_work.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace catchall::openalex {
namespace {

namespace dom = simdjson::dom;

// DOI spellings seen in OpenAlex and older exports; the record model keeps the DOI bare.
constexpr std::string_view kDoiPrefixes[] = {"https://doi.org/", "http://doi.org/",
                                             "https://dx.doi.org/", "http://dx.doi.org/", "doi:"};

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

std::string NormaliseDoi(std::string_view raw) {
  std::string_view doi = TrimAsciiSpace(raw);
  for (std::string_view prefix : kDoiPrefixes) {
    if (StartsWithNoCase(doi, prefix)) {
      doi.remove_prefix(prefix.size());
      break;
    }
  }
  std::string out(TrimAsciiSpace(doi));
  AsciiLower(out);
  return out;
}

bool ReadDigits(std::string_view text, size_t pos, size_t count, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed or impossible.
std::optional<PartialDate> ParseIsoDate(std::string_view text) {
  PartialDate date;
  if (text.size() < 4 || !ReadDigits(text, 0, 4, date.year) || date.year == 0) return std::nullopt;
  date.precision = DatePrecision::kYear;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-' || !ReadDigits(text, 5, 2, date.month) || date.month < 1 ||
      date.month > 12) {
    return std::nullopt;
  }
  date.precision = DatePrecision::kMonth;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-' || !ReadDigits(text, 8, 2, date.day) || date.day < 1 ||
      date.day > DaysInMonth(date.year, date.month)) {
    return std::nullopt;
  }
  date.precision = DatePrecision::kDay;
  return date;
}

void AppendUnique(std::vector<std::string>& list, std::string_view item) {
  if (item.empty()) return;
  if (std::find(list.begin(), list.end(), item) == list.end()) list.emplace_back(item);
}

bool SameFunder(const Funder& a, const Funder& b) {
  const bool same_funder =
      !a.source_id.empty() && !b.source_id.empty() ? a.source_id == b.source_id : a.name == b.name;
  return same_funder && a.award_id == b.award_id;
}

bool SameFunderIgnoringAward(const Funder& a, const Funder& b) {
  return !a.source_id.empty() && !b.source_id.empty() ? a.source_id == b.source_id
                                                      : a.name == b.name;
}

class WorkDecoder {
 public:
  explicit WorkDecoder(Publication& pub) : pub_(pub), reader_(pub.warnings) {}

  void Decode(dom::object work) {
    const JsonPath root;
    for (dom::key_value_pair field : work) {
      DecodeField(field.key, field.value, root.Key(field.key));
    }
    Finish();
  }

 private:
  void DecodeField(std::string_view key, dom::element value, const JsonPath& path) {
    if (key == "id") {
      reader_.CopyString(value, path, pub_.id);
    } else if (key == "doi") {
      std::string_view doi;
      if (reader_.String(value, path, doi)) pub_.doi = NormaliseDoi(doi);
    } else if (key == "title") {
      reader_.CopyString(value, path, pub_.title);
    } else if (key == "display_name") {
      reader_.CopyString(value, path, display_name_);
    } else if (key == "abstract_inverted_index") {
      DecodeAbstract(value, path);
    } else if (key == "publication_date") {
      DecodeDate(value, path);
    } else if (key == "publication_year") {
      DecodeYear(value, path);
    } else if (key == "type") {
      reader_.CopyString(value, path, pub_.document_type);
    } else if (key == "primary_location") {
      DecodePrimaryLocation(value, path);
    } else if (key == "host_venue") {
      DecodeNameOf(value, path, host_venue_);
    } else if (key == "keywords") {
      DecodeNames(value, path, {"display_name", "keyword"}, pub_.author_keywords);
    } else if (key == "mesh") {
      DecodeNames(value, path, {"descriptor_name", "descriptor_name"}, pub_.index_keywords);
    } else if (key == "concepts") {
      DecodeNames(value, path, {"display_name", "display_name"}, concepts_);
    } else if (key == "topics") {
      DecodeNames(value, path, {"display_name", "display_name"}, topics_);
    } else if (key == "primary_topic") {
      DecodeNameOf(value, path, primary_topic_);
    } else if (key == "referenced_works") {
      DecodeStrings(value, path, pub_.references);
    } else if (key == "grants") {
      DecodeFunders(value, path, {"funder", "funder_display_name", "award_id"}, grants_);
    } else if (key == "awards") {
      DecodeFunders(value, path, {"funder_id", "funder_display_name", "funder_award_id"}, awards_);
    } else if (key == "funders") {
      DecodeFunders(value, path, {"id", "display_name", ""}, funder_list_);
    } else if (key == "authorships") {
      // Only the first: the prefilter looks at the first top-level authorships array alone
      // (readers/openalex_region.h), and a second one is a malformed record anyway.
      if (std::exchange(seen_authorships_, true)) {
        reader_.Warn(path, "duplicate key ignored");
        return;
      }
      dom::array authorships;
      if (reader_.Array(value, path, authorships)) {
        DecodeAuthorships(authorships, path, reader_, pub_);
      }
    }
  }

  // OpenAlex ships abstracts as {word: [positions]} (a licensing workaround); the text is the
  // words in position order joined by single spaces.
  void DecodeAbstract(dom::element value, const JsonPath& path) {
    dom::object index;
    if (!reader_.Object(value, path, index)) return;
    std::vector<std::pair<uint64_t, std::string_view>> placed;
    placed.reserve(256);
    bool warned = false;
    for (dom::key_value_pair entry : index) {
      dom::array positions;
      if (entry.value.get_array().get(positions)) {
        if (!std::exchange(warned, true)) reader_.Warn(path.Key(entry.key), "expected array");
        continue;
      }
      for (dom::element position : positions) {
        uint64_t at = 0;
        if (position.get_uint64().get(at)) {
          if (!std::exchange(warned, true)) reader_.Warn(path.Key(entry.key), "bad position");
          continue;
        }
        placed.emplace_back(at, entry.key);
      }
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    size_t length = placed.size();
    for (const auto& [at, word] : placed) length += word.size();
    pub_.abstract.clear();
    pub_.abstract.reserve(length);
    for (const auto& [at, word] : placed) {
      if (!pub_.abstract.empty()) pub_.abstract.push_back(' ');
      pub_.abstract.append(word);
    }
  }

  void DecodeDate(dom::element value, const JsonPath& path) {
    std::string_view text;
    if (!reader_.String(value, path, text)) return;
    date_ = ParseIsoDate(text);
    if (!date_) reader_.Warn(path, "not a YYYY-MM-DD date; publication_year used instead");
  }

  void DecodeYear(dom::element value, const JsonPath& path) {
    int64_t year = 0;
    if (!reader_.Integer(value, path, year)) return;
    if (year < 1 || year > 9999) {
      reader_.Warn(path, "year out of range");
      return;
    }
    year_ = static_cast<int>(year);
  }

  void DecodePrimaryLocation(dom::element value, const JsonPath& path) {
    dom::object location;
    if (!reader_.Object(value, path, location)) return;
    dom::element source;
    if (location["source"].get(source)) return;
    DecodeNameOf(source, path.Key("source"), primary_source_);
  }

  // `value` is an object with a display_name (or null): copies the name into `out`.
  void DecodeNameOf(dom::element value, const JsonPath& path, std::string& out) {
    dom::object object;
    if (!reader_.Object(value, path, object)) return;
    dom::element name;
    if (!object["display_name"].get(name)) reader_.CopyString(name, path.Key("display_name"), out);
  }

  // Field names to read a display name from, newest first.
  struct NameKeys {
    std::string_view primary;
    std::string_view fallback;
  };

  // An array of objects carrying a name (or of plain strings): appends the distinct names.
  void DecodeNames(dom::element value, const JsonPath& path, NameKeys keys,
                   std::vector<std::string>& out) {
    dom::array items;
    if (!reader_.Array(value, path, items)) return;
    size_t i = 0;
    for (dom::element item : items) {
      const JsonPath item_path = path.Index(i++);
      if (item.is_string()) {
        AppendUnique(out, item.get_string().value_unsafe());
        continue;
      }
      dom::object object;
      if (!reader_.Object(item, item_path, object)) continue;
      dom::element name;
      if (object[keys.primary].get(name) && object[keys.fallback].get(name)) continue;
      std::string_view text;
      if (reader_.String(name, item_path.Key(keys.primary), text)) AppendUnique(out, text);
    }
  }

  void DecodeStrings(dom::element value, const JsonPath& path, std::vector<std::string>& out) {
    reader_.ForEachString(value, path, [&](std::string_view text) { out.emplace_back(text); });
  }

  // Field names of one funding entry; award may be empty (the "funders" list has none).
  struct FunderKeys {
    std::string_view id;
    std::string_view name;
    std::string_view award;
  };

  void DecodeFunders(dom::element value, const JsonPath& path, FunderKeys keys,
                     std::vector<Funder>& out) {
    reader_.ForEachObject(value, path, [&](dom::object object, const JsonPath& item_path) {
      Funder funder;
      for (dom::key_value_pair field : object) {
        if (field.key == keys.id) {
          reader_.CopyString(field.value, item_path.Key(field.key), funder.source_id);
        } else if (field.key == keys.name) {
          reader_.CopyString(field.value, item_path.Key(field.key), funder.name);
        } else if (!keys.award.empty() && field.key == keys.award) {
          reader_.CopyString(field.value, item_path.Key(field.key), funder.award_id);
        }
      }
      if (!funder.name.empty() || !funder.source_id.empty()) out.push_back(std::move(funder));
    });
  }

  void Finish() {
    if (pub_.title.empty()) pub_.title = std::move(display_name_);
    if (date_) {
      pub_.date = *date_;
    } else if (year_) {
      pub_.date.year = *year_;
      pub_.date.precision = DatePrecision::kYear;
    }
    pub_.source_title =
        !primary_source_.empty() ? std::move(primary_source_) : std::move(host_venue_);
    MergeTopics();
    MergeFunders();
    reader_.Finish();
  }

  void MergeTopics() {
    AppendUnique(pub_.topics, primary_topic_);
    for (const std::string& topic : topics_) AppendUnique(pub_.topics, topic);
    for (const std::string& concept_name : concepts_) AppendUnique(pub_.topics, concept_name);
  }

  // grants (older) and awards (newer) carry award ids; "funders" (newer) only names the funders,
  // so it adds those no award entry already names.
  void MergeFunders() {
    pub_.funders = std::move(grants_);
    for (Funder& award : awards_) {
      const auto same = [&](const Funder& f) { return SameFunder(f, award); };
      if (std::none_of(pub_.funders.begin(), pub_.funders.end(), same)) {
        pub_.funders.push_back(std::move(award));
      }
    }
    for (Funder& funder : funder_list_) {
      const auto same = [&](const Funder& f) { return SameFunderIgnoringAward(f, funder); };
      if (std::none_of(pub_.funders.begin(), pub_.funders.end(), same)) {
        pub_.funders.push_back(std::move(funder));
      }
    }
  }

  Publication& pub_;
  FieldReader reader_;
  bool seen_authorships_ = false;
  std::string display_name_;
  std::string primary_source_;
  std::string host_venue_;
  std::optional<PartialDate> date_;
  std::optional<int> year_;
  std::string primary_topic_;
  std::vector<std::string> topics_;
  std::vector<std::string> concepts_;
  std::vector<Funder> grants_;
  std::vector<Funder> awards_;
  std::vector<Funder> funder_list_;
};

}  // namespace

void DecodeWork(dom::object work, Publication& pub) { WorkDecoder(pub).Decode(work); }

}  // namespace catchall::openalex
