// How the registry builder reads the names of list entries: list decoration taken off, short
// forms, generic names, the words that say a name is an institution, and what an entry's type
// and id are made of. Internal to src/registry/.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace catchall {

// The normalised words of a name (NormalizeText split at spaces).
std::vector<std::string> Words(std::string_view text);

// The name says it is an institution: university, institute, academy, college, laboratory,
// school, research centre (the CSL entries that take part).
bool SaysInstitution(std::string_view name);

std::string Trim(std::string_view text);

// An upper-case short form ("AMMS", "CETC 13", "IRGC-IO"); "KORYO BANK" is a name in capitals.
bool IsShortForm(std::string_view text);

// A name of only words that say what kind of body it is or what it works on, numbers and stop
// words ("Institute of Physics", "702 Research Institute", "8th Academy"): it is no alias and no
// parent to roll sub-units up into.
bool IsGenericName(std::string_view text);

// `rest`, what follows a parent's name, makes another institution's name: "Zhejiang University"
// + "of Technology" is another university, + "Suzhou Institute" a part of the first.
bool ContinuesTheName(std::string_view rest);

// The spellings a printed name stands for, each with whether it is a short form: "Beijing
// University of Aeronautics and Astronautics (BUAA)" is the name without the bracket, "BUAA",
// and the name as printed; a short form inside ("Corporation (CASIC) 3rd Academy") gives the
// name without it too. Decoration goes first: quotes, a trailing '*' (1260H), a bracketed UN or
// OFAC reference ("SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)").
std::vector<std::pair<std::string, bool>> Spellings(std::string_view printed, bool acronym);

// The words of a name that carry identity (PrepareName: legal forms and stop words left out),
// for Latin-script names of at least two such words, else "": "Huawei Technologies Co., Ltd."
// and "Huawei Technologies" are one name.
std::string LooseKey(std::string_view text);

// The registry type of a new entry from its name: the first institution word (university,
// academy, institute, hospital, library), else government words, else "company".
std::string TypeOfName(std::string_view name);

// "Harbin Institute of Technology" -> "harbin-institute-of-technology": ASCII letters and digits
// of the normalised name, at most 80 characters cut at a word.
std::string IdSlug(std::string_view name);

}  // namespace catchall
