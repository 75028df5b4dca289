// What one article says, in the graph's terms: the entities it names and the
// facts it states, each fact with the sentence that stated it.
//
// ingest/ produces an ArticleFacts per article (`kg extract` prints it);
// Store::WriteArticle turns it into nodes, edges and observations. Nodes are
// named here, not numbered: the store resolves names to node ids.
#ifndef KG_GRAPH_FACT_H_
#define KG_GRAPH_FACT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"

namespace kg {

// A node as an article names it. `name` is the canonical form ingest chose
// ("Minister of Labor and Social Protection", "Kassym-Jomart Tokayev");
// `aliases` are other spellings seen ("Tokayev", "Labour Minister"), indexed
// for lookup.
struct NodeRef {
  NodeKind kind = NodeKind::kPerson;
  std::string name;
  std::vector<std::string> aliases;
  // Extra properties ("born" -> "1978").
  std::vector<std::pair<std::string, std::string>> attributes;
  // How the article wrote it, when that differs from the canonical `name`
  // ("Energy Minister", "governor of Turkestan region"). `kg extract` shows
  // it; the store indexes it as an alias.
  std::string surface;

  friend bool operator==(const NodeRef&, const NodeRef&) = default;
};

// When a fact holds. Which fields are set depends on the relation:
// appointments and law stages have `date`; careers have `start`/`end`; a title
// seen in passing ("Minister X said") has only `as_of` (the article date).
struct FactTime {
  Date date;
  Date start;
  Date end;
  Date as_of;
  // `end` was not stated but inferred (a successor's appointment).
  bool end_inferred = false;

  friend bool operator==(const FactTime&, const FactTime&) = default;
};

// The sentence a fact came from: byte offsets into the article text.
struct Evidence {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string sentence;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Fact {
  Relation relation = Relation::kHeld;
  NodeRef source;
  NodeRef target;
  FactTime time;
  std::string stage;  // law stages: "first reading", "second reading", ...
  std::string by;     // appointments and dismissals: who decided
  std::string level;  // partner_of: "strategic partner", "ally", ...
  Evidence evidence;

  friend bool operator==(const Fact&, const Fact&) = default;
};

struct ArticleFacts {
  std::string id;
  Date date;
  std::string title;
  std::string url;
  // Hash of the article's date, title and text: an unchanged article is not
  // written twice.
  uint64_t content_hash = 0;
  std::vector<NodeRef> entities;
  std::vector<Fact> facts;
};

}  // namespace kg

#endif  // KG_GRAPH_FACT_H_
