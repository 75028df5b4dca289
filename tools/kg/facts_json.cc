#include "tools/kg/facts_json.h"

#include "query/export/escaping.h"

namespace kg {
namespace {

std::string DateOrNull(const Date& date) {
  return date.empty() ? "null" : JsonQuote(date.ToString());
}

std::string TextOrNull(const std::string& text) { return text.empty() ? "null" : JsonQuote(text); }

// "name" is how the article wrote it; "canonical" the node it stands for,
// when the two differ.
std::string Node(const NodeRef& ref) {
  std::string out = "{\"kind\": " + JsonQuote(NodeKindName(ref.kind)) +
                    ", \"name\": " + JsonQuote(ref.surface.empty() ? ref.name : ref.surface);
  if (!ref.surface.empty()) out += ", \"canonical\": " + JsonQuote(ref.name);
  if (!ref.aliases.empty()) {
    out += ", \"aliases\": [";
    for (size_t i = 0; i < ref.aliases.size(); ++i) {
      if (i > 0) out += ", ";
      out += JsonQuote(ref.aliases[i]);
    }
    out += "]";
  }
  for (const auto& [key, value] : ref.attributes) {
    // Attributes may not shadow the fixed members.
    if (key == "kind" || key == "name" || key == "aliases" || key == "canonical") continue;
    out += ", " + JsonQuote(key) + ": " + JsonQuote(value);
  }
  return out + "}";
}

}  // namespace

std::string FactsToJsonLine(const ArticleFacts& article) {
  std::string out = "{\"article\": " + JsonQuote(article.id) +
                    ", \"date\": " + DateOrNull(article.date) +
                    ", \"title\": " + JsonQuote(article.title) + ", \"entities\": [";
  for (size_t i = 0; i < article.entities.size(); ++i) {
    if (i > 0) out += ", ";
    out += Node(article.entities[i]);
  }
  out += "], \"facts\": [";
  for (size_t i = 0; i < article.facts.size(); ++i) {
    const Fact& f = article.facts[i];
    if (i > 0) out += ", ";
    out += "{\"relation\": " + JsonQuote(RelationName(f.relation)) +
           ", \"source\": " + Node(f.source) + ", \"target\": " + Node(f.target) +
           ", \"date\": " + DateOrNull(f.time.date) + ", \"start\": " + DateOrNull(f.time.start) +
           ", \"end\": " + DateOrNull(f.time.end) + ", \"as_of\": " + DateOrNull(f.time.as_of);
    if (f.time.end_inferred) out += ", \"end_inferred\": true";
    out += ", \"stage\": " + TextOrNull(f.stage) + ", \"by\": " + TextOrNull(f.by);
    if (!f.level.empty()) out += ", \"level\": " + JsonQuote(f.level);
    out += ", \"evidence\": " + JsonQuote(f.evidence.sentence) + "}";
  }
  return out + "]}";
}

}  // namespace kg
