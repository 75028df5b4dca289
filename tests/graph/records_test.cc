#include "graph/records.h"

#include <capnp/message.h>
#include <capnp/serialize.h>

#include <random>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "kg.capnp.h"

namespace kg {
namespace {

using ::testing::HasSubstr;

NodeRecord SampleNode() {
  NodeRecord node;
  node.id = MakeNodeId(NodeKind::kPerson, 17);
  node.kind = NodeKind::kPerson;
  node.name = "Gülnar Äbenova";
  node.aliases = {"Abenova", "G. Abenova"};
  node.attributes = {{"born", "1978"}, {"gender", "female"}};
  return node;
}

EdgeRecord SampleEdge() {
  EdgeRecord edge;
  edge.id = 99;
  edge.src = MakeNodeId(NodeKind::kLaw, 3);
  edge.dst = MakeNodeId(NodeKind::kOrganization, 4);
  edge.relation = Relation::kAdoptedBy;
  edge.time.date = Date(2025, 6, 5);
  edge.time.start = Date(2019);
  edge.time.end = Date(2021, 3);
  edge.time.as_of = Date(2025, 6, 6);
  edge.time.end_inferred = true;
  edge.stage = "second reading";
  edge.by = "Majilis";
  edge.level = "strategic partner";
  edge.sources = {"a1", "b2"};
  return edge;
}

ObservationRecord SampleObservation() {
  ObservationRecord observation;
  observation.edge = 99;
  observation.article_id = "2025-06-04T15:59#12221";
  observation.article_date = Date(2025, 6, 4);
  observation.evidence = {.begin = 10, .end = 70, .sentence = "The Majilis adopted the law."};
  observation.time.date = Date(2025, 6);
  observation.stage = "first reading";
  observation.by = "President";
  observation.level = "ally";
  return observation;
}

ArticleRecord SampleArticle() {
  ArticleRecord article;
  article.id = "s04";
  article.date = Date(2025, 6, 4);
  article.title = "A title";
  article.url = "https://example.org/s04";
  article.content_hash = 0xDEADBEEFCAFEF00DULL;
  article.edges = {{.src = 1, .relation = Relation::kHeld, .dst = 2, .id = 3},
                   {.src = 4, .relation = Relation::kPartnerOf, .dst = 5, .id = 6}};
  article.node_ids = {1, 2, 4, 5};
  return article;
}

TEST(RecordsTest, NodeRoundTrip) {
  const NodeRecord node = SampleNode();
  absl::StatusOr<NodeRecord> back = ParseNode(SerializeNode(node));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->id, node.id);
  EXPECT_EQ(back->kind, node.kind);
  EXPECT_EQ(back->name, node.name);
  EXPECT_EQ(back->aliases, node.aliases);
  EXPECT_EQ(back->attributes, node.attributes);
}

TEST(RecordsTest, EmptyNodeRoundTrip) {
  NodeRecord node;
  node.id = MakeNodeId(NodeKind::kPlace, 1);
  node.kind = NodeKind::kPlace;
  absl::StatusOr<NodeRecord> back = ParseNode(SerializeNode(node));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->name, "");
  EXPECT_TRUE(back->aliases.empty());
  EXPECT_TRUE(back->attributes.empty());
}

TEST(RecordsTest, EdgeRoundTrip) {
  const EdgeRecord edge = SampleEdge();
  absl::StatusOr<EdgeRecord> back = ParseEdge(SerializeEdge(edge));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->id, edge.id);
  EXPECT_EQ(back->src, edge.src);
  EXPECT_EQ(back->dst, edge.dst);
  EXPECT_EQ(back->relation, edge.relation);
  EXPECT_EQ(back->time, edge.time);
  EXPECT_EQ(back->stage, edge.stage);
  EXPECT_EQ(back->by, edge.by);
  EXPECT_EQ(back->level, edge.level);
  EXPECT_EQ(back->sources, edge.sources);
}

TEST(RecordsTest, EdgeSupportRoundTrip) {
  const EdgeSupport support{.observations = 40,
                            .date = 2,
                            .start = 3,
                            .end = 4,
                            .as_of = 5,
                            .stated_ends = 6,
                            .stage = 7,
                            .by = 8,
                            .level = 9};
  EdgeSupport back;
  absl::StatusOr<EdgeRecord> edge = ParseEdge(SerializeEdge(SampleEdge(), support), &back);
  ASSERT_TRUE(edge.ok()) << edge.status();
  EXPECT_EQ(back, support);
  EXPECT_EQ(edge->sources, SampleEdge().sources);
}

TEST(RecordsTest, ObservationRoundTrip) {
  const ObservationRecord observation = SampleObservation();
  absl::StatusOr<ObservationRecord> back =
      ParseObservation(observation.edge, SerializeObservation(observation));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->edge, 99u);
  EXPECT_EQ(back->article_id, observation.article_id);
  EXPECT_EQ(back->article_date, observation.article_date);
  EXPECT_EQ(back->evidence, observation.evidence);
  EXPECT_EQ(back->time, observation.time);
  EXPECT_EQ(back->stage, observation.stage);
  EXPECT_EQ(back->by, observation.by);
  EXPECT_EQ(back->level, observation.level);
}

TEST(RecordsTest, ArticleRoundTrip) {
  const ArticleRecord article = SampleArticle();
  absl::StatusOr<ArticleRecord> back = ParseArticle(SerializeArticle(article));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->id, article.id);
  EXPECT_EQ(back->date, article.date);
  EXPECT_EQ(back->title, article.title);
  EXPECT_EQ(back->url, article.url);
  EXPECT_EQ(back->content_hash, article.content_hash);
  EXPECT_EQ(back->edges, article.edges);
  EXPECT_EQ(back->node_ids, article.node_ids);
}

// RocksDB hands out values at any address.
TEST(RecordsTest, ParsesUnalignedValues) {
  const std::string value = SerializeEdge(SampleEdge());
  std::string shifted = "x" + value;
  absl::StatusOr<EdgeRecord> back = ParseEdge(std::string_view(shifted).substr(1));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->sources, SampleEdge().sources);
}

// Every parser, for the corruption tests.
absl::Status ParseAny(int which, std::string_view value) {
  switch (which) {
    case 0:
      return ParseNode(value).status();
    case 1:
      return ParseEdge(value).status();
    case 2:
      return ParseObservation(1, value).status();
    default:
      return ParseArticle(value).status();
  }
}

std::string SerializeAny(int which) {
  switch (which) {
    case 0:
      return SerializeNode(SampleNode());
    case 1:
      return SerializeEdge(SampleEdge());
    case 2:
      return SerializeObservation(SampleObservation());
    default:
      return SerializeArticle(SampleArticle());
  }
}

TEST(RecordsTest, EmptyAndPartialWordValuesAreDataLoss) {
  for (int which = 0; which < 4; ++which) {
    EXPECT_EQ(ParseAny(which, "").code(), absl::StatusCode::kDataLoss);
    EXPECT_EQ(ParseAny(which, "1234567").code(), absl::StatusCode::kDataLoss);
    const std::string value = SerializeAny(which);
    EXPECT_EQ(ParseAny(which, value.substr(0, value.size() - 3)).code(),
              absl::StatusCode::kDataLoss);
  }
}

TEST(RecordsTest, TruncatedValuesAreDataLoss) {
  for (int which = 0; which < 4; ++which) {
    const std::string value = SerializeAny(which);
    for (size_t size = 8; size < value.size(); size += 8) {
      EXPECT_EQ(ParseAny(which, value.substr(0, size)).code(), absl::StatusCode::kDataLoss)
          << which << " at " << size;
    }
  }
}

TEST(RecordsTest, TrailingBytesAreDataLoss) {
  for (int which = 0; which < 4; ++which) {
    const absl::Status status = ParseAny(which, SerializeAny(which) + std::string(8, '\0'));
    EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
    EXPECT_THAT(status.message(), HasSubstr("trailing"));
  }
}

// Garbage and bit flips must never crash; they either happen to form a valid
// record or are reported as DataLoss.
TEST(RecordsTest, GarbageAndFlippedBytesNeverCrash) {
  std::mt19937_64 rng(1234);
  int data_loss = 0;
  for (int which = 0; which < 4; ++which) {
    for (int i = 0; i < 300; ++i) {
      std::string garbage(8 * (1 + rng() % 12), '\0');
      for (char& c : garbage) c = static_cast<char>(rng());
      const absl::Status status = ParseAny(which, garbage);
      EXPECT_TRUE(status.ok() || status.code() == absl::StatusCode::kDataLoss) << status;
      data_loss += !status.ok();
    }
    const std::string value = SerializeAny(which);
    for (size_t byte = 0; byte < value.size(); ++byte) {
      for (int bit = 0; bit < 8; ++bit) {
        std::string flipped = value;
        flipped[byte] = static_cast<char>(flipped[byte] ^ (1 << bit));
        const absl::Status status = ParseAny(which, flipped);
        EXPECT_TRUE(status.ok() || status.code() == absl::StatusCode::kDataLoss) << status;
      }
    }
  }
  // Random bytes are almost never a valid message.
  EXPECT_GT(data_loss, 1000);
}

std::string NodeWithKind(uint16_t kind) {
  capnp::MallocMessageBuilder message;
  auto node = message.initRoot<proto::Node>();
  node.setId(1);
  node.setKind(static_cast<proto::NodeKind>(kind));
  node.setName("x");
  const kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  return std::string(reinterpret_cast<const char*>(words.asBytes().begin()),
                     words.asBytes().size());
}

std::string EdgeWithRelation(uint16_t relation) {
  capnp::MallocMessageBuilder message;
  auto edge = message.initRoot<proto::Edge>();
  edge.setId(1);
  edge.setRelation(static_cast<proto::Relation>(relation));
  const kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  return std::string(reinterpret_cast<const char*>(words.asBytes().begin()),
                     words.asBytes().size());
}

TEST(RecordsTest, UnknownKindsAndRelationsAreDataLoss) {
  EXPECT_TRUE(ParseNode(NodeWithKind(1)).ok());
  // 0 is "unknown"; 8 is past the last kind; 257 would read as 1 in one byte.
  for (uint16_t kind : {0, 8, 257}) {
    const absl::Status status = ParseNode(NodeWithKind(kind)).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << kind;
    EXPECT_THAT(status.message(), HasSubstr("node kind"));
  }
  EXPECT_TRUE(ParseEdge(EdgeWithRelation(3)).ok());
  for (uint16_t relation : {0, 19, 259}) {
    const absl::Status status = ParseEdge(EdgeWithRelation(relation)).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << relation;
    EXPECT_THAT(status.message(), HasSubstr("relation"));
  }
}

}  // namespace
}  // namespace kg
