#include "lists/institution_tags.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "lists/list_fields.h"

namespace catchall {
namespace {

// Slugs of the Seven Sons' names and short forms. A name whose slug starts with one (at a word
// boundary) is that university or one of its campuses ("Harbin Institute of Technology,
// Shenzhen").
constexpr std::string_view kSevenSons[] = {
    "beihang-university",
    "beijing-university-of-aeronautics-and-astronautics",
    "buaa",
    "beijing-institute-of-technology",
    "harbin-engineering-university",
    "harbin-institute-of-technology",
    "nanjing-university-of-aeronautics-and-astronautics",
    "nuaa",
    "nanjing-university-of-science-and-technology",
    "njust",
    "northwestern-polytechnical-university",
    "northwestern-polytechnic-university",
    "nwpu",
};

// Names that say the institution belongs to the PLA.
constexpr std::string_view kPlaWords[] = {
    "pla",
    "people-s-liberation-army",
    "peoples-liberation-army",
    "national-university-of-defense-technology",
    "national-university-of-defence-technology",
    "nudt",
    "academy-of-military-science",
    "academy-of-military-sciences",
    "academy-of-military-medical-sciences",
};

bool StartsWithWord(std::string_view slug, std::string_view prefix) {
  return slug.starts_with(prefix) && (slug.size() == prefix.size() || slug[prefix.size()] == '-');
}

bool ContainsWords(std::string_view slug, std::string_view words) {
  for (size_t at = slug.find(words); at != std::string_view::npos; at = slug.find(words, at + 1)) {
    const bool starts = at == 0 || slug[at - 1] == '-';
    const size_t end = at + words.size();
    if (starts && (end == slug.size() || slug[end] == '-')) return true;
  }
  return false;
}

bool HasTag(const Entity& entity, std::string_view tag) {
  return std::find(entity.tags.begin(), entity.tags.end(), tag) != entity.tags.end();
}

}  // namespace

void AddInstitutionTags(Entity& entity) {
  for (const EntityName& name : entity.names) {
    const std::string slug = Slug(name.text);
    for (const std::string_view son : kSevenSons) {
      if (StartsWithWord(slug, son)) AddUnique(entity.tags, "seven_sons");
    }
    for (const std::string_view words : kPlaWords) {
      if (ContainsWords(slug, words)) AddUnique(entity.tags, "pla");
    }
  }
}

bool HasChineseMilitaryTag(const Entity& entity) {
  return HasTag(entity, "seven_sons") || HasTag(entity, "pla");
}

}  // namespace catchall
