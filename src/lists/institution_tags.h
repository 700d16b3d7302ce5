// Tags of Chinese defence institutions that several institution lists share, derived from the
// names a list gives: "seven_sons" for the Seven Sons of National Defence and "pla" for the
// universities and academies of the People's Liberation Army.
#pragma once

#include "model/entity.h"

namespace catchall {

// Adds "seven_sons" / "pla" when one of the entity's names says so.
void AddInstitutionTags(Entity& entity);

// True when the entity carries "seven_sons" or "pla".
bool HasChineseMilitaryTag(const Entity& entity);

}  // namespace catchall
