// UN Security Council Consolidated List XML reader. The whole file is parsed into a libxml2 tree
// (the list is a few MB) with network access, DTD loading and entity substitution off; each
// INDIVIDUAL / ENTITY element becomes one Entity.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"
#include "lists/un_xml_record.h"

namespace catchall {
namespace {

// A list file larger than this is not the UN list (it is ~2 MB); refusing it keeps a hostile
// input from costing gigabytes of tree.
constexpr size_t kMaxUnXmlBytes = 256u << 20;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
using ContextPtr = std::unique_ptr<xmlParserCtxt, ContextFree>;

std::string_view NodeName(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

Error ParseError(const ListFile& file, const xmlError* error) {
  if (error == nullptr || error->message == nullptr) {
    return Error{"not a well-formed XML document", Location{file.path, 0}};
  }
  std::string message = CleanField(error->message);
  return Error{
      "XML parse error: " + message,
      Location{file.path, static_cast<unsigned long long>(error->line > 0 ? error->line : 0)}};
}

// Parses `file` without ever touching the network or the file system: no external DTD or
// entity is loaded (no XML_PARSE_DTDLOAD / XML_PARSE_NOENT), and libxml2's default limits on
// depth and text size stay on (no XML_PARSE_HUGE). Messages go to the Error, not to stderr.
Result<DocPtr> ParseDocument(const ListFile& file) {
  if (file.bytes.size() > kMaxUnXmlBytes) {
    return Error{"file too large for a UN Consolidated List XML", Location{file.path, 0}};
  }
  if (file.bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Error{"file too large", Location{file.path, 0}};
  }
  ContextPtr context(xmlNewParserCtxt());
  if (!context) return Error{"out of memory creating the XML parser", Location{file.path, 0}};
  constexpr int kOptions =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  DocPtr doc(xmlCtxtReadMemory(context.get(), file.bytes.data(),
                               static_cast<int>(file.bytes.size()), file.path.c_str(), nullptr,
                               kOptions));
  if (!doc) return ParseError(file, xmlCtxtGetLastError(context.get()));
  return doc;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string text = CleanField(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

// Walks the list's sections (INDIVIDUALS, ENTITIES) and reads every record in them.
void ReadRecords(const xmlNode* root, const std::string& path, EntityList& out,
                 EntityIdAssigner& ids) {
  for (const xmlNode* section = root->children; section != nullptr; section = section->next) {
    if (section->type != XML_ELEMENT_NODE) continue;
    for (const xmlNode* record = section->children; record != nullptr; record = record->next) {
      if (record->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = NodeName(record);
      if (name != "INDIVIDUAL" && name != "ENTITY") continue;
      ReadUnRecord(record, path, out, ids);
    }
  }
}

}  // namespace

Result<EntityList> ReadUnXml(const ListFile& file) {
  Result<DocPtr> doc = ParseDocument(file);
  if (!doc.ok()) return doc.error();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (root == nullptr || NodeName(root) != "CONSOLIDATED_LIST") {
    return Error{
        "not a UN Consolidated List: the root element is not CONSOLIDATED_LIST",
        Location{file.path, root ? static_cast<unsigned long long>(xmlGetLineNo(root)) : 0ull}};
  }
  EntityList out;
  out.source = MakeSource(file, "un_sc", "UN Security Council Consolidated List", "un_xml");
  out.source.version = Attribute(root, "dateGenerated");
  EntityIdAssigner ids("un_sc");
  ReadRecords(root, file.path, out, ids);
  return out;
}

}  // namespace catchall
