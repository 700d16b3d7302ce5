// One INDIVIDUAL or ENTITY element of the UN Consolidated List XML into an Entity.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "lists/list_fields.h"
#include "model/entity.h"

namespace catchall {

// Appends the entity read from `record` to out.entities, or a rejected issue (no reference, no
// name, a name too long) to out.issues. `path` names the file in issues and Entity::source_file.
void ReadUnRecord(const xmlNode* record, const std::string& path, EntityList& out,
                  EntityIdAssigner& ids);

}  // namespace catchall
