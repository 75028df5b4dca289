#include "graph/records.h"

#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/array.h>
#include <kj/exception.h>

#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "graph/capnp_value.h"
#include "graph/key_encoding.h"
#include "kg.capnp.h"

namespace kg {
namespace {

std::string_view View(capnp::Text::Reader text) {
  return std::string_view(text.cStr(), text.size());
}

void SetTime(const FactTime& time, proto::FactTime::Builder out) {
  SetDate(time.date, out.initDate());
  SetDate(time.start, out.initStart());
  SetDate(time.end, out.initEnd());
  SetDate(time.as_of, out.initAsOf());
  out.setEndInferred(time.end_inferred);
}

FactTime GetTime(proto::FactTime::Reader in) {
  FactTime time;
  time.date = GetDate(in.getDate());
  time.start = GetDate(in.getStart());
  time.end = GetDate(in.getEnd());
  time.as_of = GetDate(in.getAsOf());
  time.end_inferred = in.getEndInferred();
  return time;
}

void SetTextList(const std::vector<std::string>& texts, capnp::List<capnp::Text>::Builder out) {
  for (size_t i = 0; i < texts.size(); ++i) {
    out.set(i, capnp::Text::Reader(texts[i].data(), texts[i].size()));
  }
}

std::vector<std::string> GetTextList(capnp::List<capnp::Text>::Reader in) {
  std::vector<std::string> texts;
  texts.reserve(in.size());
  for (capnp::Text::Reader text : in) texts.emplace_back(View(text));
  return texts;
}

capnp::Text::Reader AsText(const std::string& text) {
  return capnp::Text::Reader(text.data(), text.size());
}

}  // namespace

std::string SerializeNode(const NodeRecord& node) {
  capnp::MallocMessageBuilder message;
  auto out = message.initRoot<proto::Node>();
  out.setId(node.id);
  out.setKind(static_cast<proto::NodeKind>(node.kind));
  out.setName(AsText(node.name));
  SetTextList(node.aliases, out.initAliases(node.aliases.size()));
  auto attributes = out.initAttributes(node.attributes.size());
  for (size_t i = 0; i < node.attributes.size(); ++i) {
    attributes[i].setKey(AsText(node.attributes[i].first));
    attributes[i].setValue(AsText(node.attributes[i].second));
  }
  return CapnpBytes(message);
}

absl::StatusOr<NodeRecord> ParseNode(std::string_view value) {
  return ParseCapnpValue<NodeRecord, proto::Node>(
      value, "node", [](proto::Node::Reader in) -> absl::StatusOr<NodeRecord> {
        // Cap'n Proto enums are 16 bits wide: narrowing first would read 257 as 1.
        const auto kind = static_cast<uint16_t>(in.getKind());
        if (!IsKnownNodeKind(kind)) return absl::DataLossError(absl::StrCat("node kind ", kind));
        NodeRecord node;
        node.id = in.getId();
        node.kind = static_cast<NodeKind>(kind);
        node.name = std::string(View(in.getName()));
        node.aliases = GetTextList(in.getAliases());
        for (proto::Attribute::Reader attribute : in.getAttributes()) {
          node.attributes.emplace_back(View(attribute.getKey()), View(attribute.getValue()));
        }
        return node;
      });
}

std::string SerializeEdge(const EdgeRecord& edge, const EdgeSupport& support) {
  capnp::MallocMessageBuilder message;
  auto out = message.initRoot<proto::Edge>();
  out.setId(edge.id);
  out.setSrc(edge.src);
  out.setDst(edge.dst);
  out.setRelation(static_cast<proto::Relation>(edge.relation));
  SetTime(edge.time, out.initTime());
  out.setStage(AsText(edge.stage));
  out.setBy(AsText(edge.by));
  out.setLevel(AsText(edge.level));
  SetTextList(edge.sources, out.initSources(edge.sources.size()));
  out.setSrcName(AsText(edge.src_name));
  out.setDstName(AsText(edge.dst_name));
  auto counts = out.initSupport();
  counts.setObservations(support.observations);
  counts.setDate(support.date);
  counts.setStart(support.start);
  counts.setEnd(support.end);
  counts.setAsOf(support.as_of);
  counts.setStatedEnds(support.stated_ends);
  counts.setStage(support.stage);
  counts.setBy(support.by);
  counts.setLevel(support.level);
  return CapnpBytes(message);
}

absl::StatusOr<EdgeRecord> ParseEdge(std::string_view value, EdgeSupport* support) {
  return ParseCapnpValue<EdgeRecord, proto::Edge>(
      value, "edge", [support](proto::Edge::Reader in) -> absl::StatusOr<EdgeRecord> {
        const auto relation = static_cast<uint16_t>(in.getRelation());
        if (!IsKnownRelation(relation)) {
          return absl::DataLossError(absl::StrCat("relation ", relation));
        }
        EdgeRecord edge;
        edge.id = in.getId();
        edge.src = in.getSrc();
        edge.dst = in.getDst();
        edge.relation = static_cast<Relation>(relation);
        edge.time = GetTime(in.getTime());
        edge.stage = std::string(View(in.getStage()));
        edge.by = std::string(View(in.getBy()));
        edge.level = std::string(View(in.getLevel()));
        edge.sources = GetTextList(in.getSources());
        edge.src_name = std::string(View(in.getSrcName()));
        edge.dst_name = std::string(View(in.getDstName()));
        if (support != nullptr) {
          const proto::EdgeSupport::Reader counts = in.getSupport();
          support->observations = counts.getObservations();
          support->date = counts.getDate();
          support->start = counts.getStart();
          support->end = counts.getEnd();
          support->as_of = counts.getAsOf();
          support->stated_ends = counts.getStatedEnds();
          support->stage = counts.getStage();
          support->by = counts.getBy();
          support->level = counts.getLevel();
        }
        return edge;
      });
}

std::string SerializeObservation(const ObservationRecord& observation) {
  capnp::MallocMessageBuilder message;
  auto out = message.initRoot<proto::Observation>();
  out.setArticleId(AsText(observation.article_id));
  SetDate(observation.article_date, out.initArticleDate());
  out.setSentence(AsText(observation.evidence.sentence));
  out.setSpanBegin(observation.evidence.begin);
  out.setSpanEnd(observation.evidence.end);
  SetTime(observation.time, out.initTime());
  out.setStage(AsText(observation.stage));
  out.setBy(AsText(observation.by));
  out.setLevel(AsText(observation.level));
  return CapnpBytes(message);
}

absl::StatusOr<ObservationRecord> ParseObservation(EdgeId edge, std::string_view value) {
  return ParseCapnpValue<ObservationRecord, proto::Observation>(
      value, "observation",
      [edge](proto::Observation::Reader in) -> absl::StatusOr<ObservationRecord> {
        ObservationRecord observation;
        observation.edge = edge;
        observation.article_id = std::string(View(in.getArticleId()));
        observation.article_date = GetDate(in.getArticleDate());
        observation.evidence.sentence = std::string(View(in.getSentence()));
        observation.evidence.begin = in.getSpanBegin();
        observation.evidence.end = in.getSpanEnd();
        observation.time = GetTime(in.getTime());
        observation.stage = std::string(View(in.getStage()));
        observation.by = std::string(View(in.getBy()));
        observation.level = std::string(View(in.getLevel()));
        return observation;
      });
}

std::string SerializeArticle(const ArticleRecord& article) {
  capnp::MallocMessageBuilder message;
  auto out = message.initRoot<proto::Article>();
  out.setId(AsText(article.id));
  SetDate(article.date, out.initDate());
  out.setTitle(AsText(article.title));
  out.setUrl(AsText(article.url));
  out.setContentHash(article.content_hash);
  auto edges = out.initEdges(article.edges.size());
  for (size_t i = 0; i < article.edges.size(); ++i) {
    edges[i].setSrc(article.edges[i].src);
    edges[i].setRelation(static_cast<proto::Relation>(article.edges[i].relation));
    edges[i].setDst(article.edges[i].dst);
    edges[i].setId(article.edges[i].id);
  }
  auto nodes = out.initNodeIds(article.node_ids.size());
  for (size_t i = 0; i < article.node_ids.size(); ++i) nodes.set(i, article.node_ids[i]);
  return CapnpBytes(message);
}

absl::StatusOr<ArticleRecord> ParseArticle(std::string_view value) {
  return ParseCapnpValue<ArticleRecord, proto::Article>(
      value, "article", [](proto::Article::Reader in) -> absl::StatusOr<ArticleRecord> {
        ArticleRecord article;
        article.id = std::string(View(in.getId()));
        article.date = GetDate(in.getDate());
        article.title = std::string(View(in.getTitle()));
        article.url = std::string(View(in.getUrl()));
        article.content_hash = in.getContentHash();
        for (proto::EdgeRef::Reader edge : in.getEdges()) {
          const auto relation = static_cast<uint16_t>(edge.getRelation());
          if (!IsKnownRelation(relation)) {
            return absl::DataLossError(absl::StrCat("relation ", relation, " of an edge"));
          }
          article.edges.push_back({.src = edge.getSrc(),
                                   .relation = static_cast<Relation>(relation),
                                   .dst = edge.getDst(),
                                   .id = edge.getId()});
        }
        for (uint64_t id : in.getNodeIds()) article.node_ids.push_back(id);
        return article;
      });
}

}  // namespace kg
