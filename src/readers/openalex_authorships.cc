// authorships[] -> authors and affiliations.
//
// OpenAlex gives each authorship its raw affiliation strings (as printed on the paper) and, apart,
// the institutions it matched them to. The record model wants one Affiliation per distinct raw
// string with the institutions that belong to *that* string, so the resolver can check OpenAlex's
// matching against the text. How precisely institutions can be attached depends on the data:
//   - newer data: affiliations[] {raw_affiliation_string, institution_ids} says it exactly;
//   - one raw string: all the authorship's institutions belong to it;
//   - several raw strings: an institution goes to the strings that contain its name;
// and whatever is still unattached (an institution without a string, a country with no
// institution) becomes an affiliation of its own, so nothing OpenAlex knew is lost.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "readers/openalex_work.h"

namespace catchall::openalex {
namespace {

namespace dom = simdjson::dom;

constexpr std::string_view kOrcidPrefixes[] = {"https://orcid.org/", "http://orcid.org/"};

// What one authorship says before it is linked into the record's affiliation table.
struct Authorship {
  struct MappedString {
    std::string raw;
    std::vector<std::string> institution_ids;
  };

  Author author;
  std::vector<SourceInstitution> institutions;
  std::vector<std::string> raw_strings;  // distinct, in source order
  std::vector<MappedString> mapped;      // from affiliations[] (newer data)
  std::vector<std::string> countries;

  void AddRawString(std::string_view raw) {
    raw = TrimAsciiSpace(raw);
    if (raw.empty()) return;
    if (std::find(raw_strings.begin(), raw_strings.end(), raw) == raw_strings.end()) {
      raw_strings.emplace_back(raw);
    }
  }
};

char AsciiFold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool ContainsNoCase(std::string_view text, std::string_view needle) {
  if (needle.empty()) return false;
  const auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                              [](char a, char b) { return AsciiFold(a) == AsciiFold(b); });
  return it != text.end();
}

bool SameInstitution(const SourceInstitution& a, const SourceInstitution& b) {
  if (!a.id.empty() || !b.id.empty()) return a.id == b.id;
  return a.display_name == b.display_name && a.ror == b.ror && a.country_code == b.country_code;
}

// Publication::affiliations with a lookup by raw text, so each distinct string is kept once and
// collects the institutions every authorship attached to it.
class AffiliationTable {
 public:
  explicit AffiliationTable(std::vector<Affiliation>& affiliations) : affiliations_(affiliations) {}

  uint32_t Intern(std::string_view raw) {
    const auto [it, inserted] =
        index_.try_emplace(std::string(raw), static_cast<uint32_t>(affiliations_.size()));
    if (inserted) affiliations_.push_back(Affiliation{std::string(raw), {}});
    return it->second;
  }

  void Attach(uint32_t index, const SourceInstitution& institution) {
    std::vector<SourceInstitution>& list = affiliations_[index].source_institutions;
    const auto same = [&](const SourceInstitution& i) { return SameInstitution(i, institution); };
    if (std::none_of(list.begin(), list.end(), same)) list.push_back(institution);
  }

 private:
  std::vector<Affiliation>& affiliations_;
  std::unordered_map<std::string, uint32_t> index_;
};

void AddIndex(std::vector<uint32_t>& list, uint32_t index) {
  if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
}

// Attaches the institutions of `a` to its raw strings (see the file comment); returns which
// institutions found a string.
std::vector<bool> AttachInstitutions(const Authorship& a, const std::vector<uint32_t>& raw_index,
                                     AffiliationTable& table) {
  std::vector<bool> placed(a.institutions.size(), false);
  if (!a.mapped.empty()) {
    for (const Authorship::MappedString& m : a.mapped) {
      const uint32_t index = table.Intern(m.raw);
      for (const std::string& id : m.institution_ids) {
        bool known = false;
        for (size_t j = 0; j < a.institutions.size(); ++j) {
          if (a.institutions[j].id != id) continue;
          table.Attach(index, a.institutions[j]);
          placed[j] = known = true;
        }
        if (!known && !id.empty()) table.Attach(index, SourceInstitution{id, "", "", "", ""});
      }
    }
    return placed;
  }
  for (size_t j = 0; j < a.institutions.size(); ++j) {
    for (size_t r = 0; r < a.raw_strings.size(); ++r) {
      if (a.raw_strings.size() == 1 ||
          ContainsNoCase(a.raw_strings[r], a.institutions[j].display_name)) {
        table.Attach(raw_index[r], a.institutions[j]);
        placed[j] = true;
      }
    }
  }
  return placed;
}

// Countries OpenAlex lists for the authorship that no institution accounts for (all of them
// when there are no institutions): kept as institutions with only a country code.
void AttachUncoveredCountries(const Authorship& a, const std::vector<uint32_t>& raw_index,
                              AffiliationTable& table, std::vector<uint32_t>& author_affiliations) {
  for (const std::string& country : a.countries) {
    const auto covers = [&](const SourceInstitution& i) { return i.country_code == country; };
    if (country.empty() || std::any_of(a.institutions.begin(), a.institutions.end(), covers)) {
      continue;
    }
    // With several raw strings nobody can say which one the country came from.
    const uint32_t index = raw_index.size() == 1 ? raw_index.front() : table.Intern("");
    table.Attach(index, SourceInstitution{"", "", "", country, ""});
    AddIndex(author_affiliations, index);
  }
}

void Link(Authorship& a, AffiliationTable& table) {
  std::vector<uint32_t> raw_index;
  raw_index.reserve(a.raw_strings.size());
  for (const std::string& raw : a.raw_strings) {
    raw_index.push_back(table.Intern(raw));
    AddIndex(a.author.affiliations, raw_index.back());
  }
  const std::vector<bool> placed = AttachInstitutions(a, raw_index, table);
  for (size_t j = 0; j < a.institutions.size(); ++j) {
    if (placed[j]) continue;
    const SourceInstitution& institution = a.institutions[j];
    const uint32_t index =
        table.Intern(!institution.display_name.empty() ? institution.display_name : institution.id);
    table.Attach(index, institution);
    AddIndex(a.author.affiliations, index);
  }
  AttachUncoveredCountries(a, raw_index, table, a.author.affiliations);
}

class AuthorshipDecoder {
 public:
  explicit AuthorshipDecoder(FieldReader& reader) : reader_(reader) {}

  void Decode(dom::object object, const JsonPath& path, Authorship& a) {
    for (dom::key_value_pair field : object) {
      const JsonPath field_path = path.Key(field.key);
      if (field.key == "author") {
        DecodeAuthor(field.value, field_path, a.author);
      } else if (field.key == "raw_author_name") {
        reader_.CopyString(field.value, field_path, a.author.full_name);
      } else if (field.key == "institutions") {
        DecodeInstitutions(field.value, field_path, a.institutions);
      } else if (field.key == "countries") {
        DecodeCountries(field.value, field_path, a.countries);
      } else if (field.key == "raw_affiliation_strings") {
        DecodeRawStrings(field.value, field_path, a);
      } else if (field.key == "raw_affiliation_string") {  // older snapshots: one string
        std::string_view raw;
        if (reader_.String(field.value, field_path, raw)) a.AddRawString(raw);
      } else if (field.key == "affiliations") {
        DecodeMapped(field.value, field_path, a);
      }
    }
    if (a.author.name.empty()) a.author.name = a.author.full_name;
  }

 private:
  void DecodeAuthor(dom::element value, const JsonPath& path, Author& author) {
    dom::object object;
    if (!reader_.Object(value, path, object)) return;
    for (dom::key_value_pair field : object) {
      const JsonPath field_path = path.Key(field.key);
      if (field.key == "display_name") {
        reader_.CopyString(field.value, field_path, author.name);
      } else if (field.key == "id") {
        reader_.CopyString(field.value, field_path, author.source_id);
      } else if (field.key == "orcid") {
        std::string_view orcid;
        if (!reader_.String(field.value, field_path, orcid)) continue;
        for (std::string_view prefix : kOrcidPrefixes) {
          if (orcid.starts_with(prefix)) orcid.remove_prefix(prefix.size());
        }
        author.orcid.assign(orcid);
      }
    }
  }

  void DecodeInstitutions(dom::element value, const JsonPath& path,
                          std::vector<SourceInstitution>& out) {
    reader_.ForEachObject(value, path, [&](dom::object object, const JsonPath& item_path) {
      SourceInstitution institution;
      for (dom::key_value_pair field : object) {
        const JsonPath field_path = item_path.Key(field.key);
        if (field.key == "id") {
          reader_.CopyString(field.value, field_path, institution.id);
        } else if (field.key == "display_name") {
          reader_.CopyString(field.value, field_path, institution.display_name);
        } else if (field.key == "ror") {
          reader_.CopyString(field.value, field_path, institution.ror);
        } else if (field.key == "country_code") {
          reader_.CopyString(field.value, field_path, institution.country_code);
          AsciiUpper(institution.country_code);
        } else if (field.key == "type") {
          reader_.CopyString(field.value, field_path, institution.type);
        }
      }
      out.push_back(std::move(institution));
    });
  }

  void DecodeCountries(dom::element value, const JsonPath& path, std::vector<std::string>& out) {
    dom::array items;
    if (!reader_.Array(value, path, items)) return;
    size_t i = 0;
    for (dom::element item : items) {
      std::string country;
      reader_.CopyString(item, path.Index(i++), country);
      AsciiUpper(country);
      if (!country.empty() && std::find(out.begin(), out.end(), country) == out.end()) {
        out.push_back(std::move(country));
      }
    }
  }

  void DecodeRawStrings(dom::element value, const JsonPath& path, Authorship& a) {
    reader_.ForEachString(value, path, [&](std::string_view raw) { a.AddRawString(raw); });
  }

  // affiliations: [{raw_affiliation_string, institution_ids: [...]}]
  void DecodeMapped(dom::element value, const JsonPath& path, Authorship& a) {
    reader_.ForEachObject(value, path, [&](dom::object object, const JsonPath& item_path) {
      Authorship::MappedString mapped;
      for (dom::key_value_pair field : object) {
        const JsonPath field_path = item_path.Key(field.key);
        if (field.key == "raw_affiliation_string") {
          std::string_view raw;
          if (reader_.String(field.value, field_path, raw)) mapped.raw = TrimAsciiSpace(raw);
        } else if (field.key == "institution_ids") {
          DecodeIds(field.value, field_path, mapped.institution_ids);
        }
      }
      if (mapped.raw.empty()) return;
      a.AddRawString(mapped.raw);
      a.mapped.push_back(std::move(mapped));
    });
  }

  void DecodeIds(dom::element value, const JsonPath& path, std::vector<std::string>& out) {
    reader_.ForEachString(value, path, [&](std::string_view id) { out.emplace_back(id); });
  }

  FieldReader& reader_;
};

}  // namespace

void DecodeAuthorships(dom::array authorships, const JsonPath& path, FieldReader& reader,
                       Publication& pub) {
  AffiliationTable table(pub.affiliations);
  AuthorshipDecoder decoder(reader);
  pub.authors.reserve(authorships.size());
  size_t i = 0;
  for (dom::element item : authorships) {
    const JsonPath item_path = path.Index(i++);
    dom::object object;
    if (!reader.Object(item, item_path, object)) continue;
    Authorship authorship;
    decoder.Decode(object, item_path, authorship);
    Link(authorship, table);
    pub.authors.push_back(std::move(authorship.author));
  }
}

}  // namespace catchall::openalex
