#include "graph/key_encoding.h"

#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"

namespace kg {
namespace {

// RocksDB's default comparator: bytes compared as unsigned, then length.
int CompareBytes(std::string_view a, std::string_view b) {
  const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
  if (c != 0) return c < 0 ? -1 : 1;
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

int Sign(int value) { return (value > 0) - (value < 0); }

// Random strings over the bytes that matter to the escaping: NUL, the
// terminator byte, 0xFF (the escaped-NUL marker) and ordinary letters.
std::string RandomString(std::mt19937_64& rng) {
  static constexpr char kAlphabet[] = {'\x00', '\x01', '\xFF', 'a', 'b', '\x02', '\xFE'};
  std::uniform_int_distribution<int> length(0, 6);
  std::uniform_int_distribution<int> pick(0, sizeof kAlphabet - 1);
  std::string s(static_cast<size_t>(length(rng)), ' ');
  for (char& c : s) c = kAlphabet[pick(rng)];
  return s;
}

std::string Escaped(std::string_view text) {
  std::string key;
  AppendEscaped(&key, text);
  return key;
}

TEST(KeyEncodingTest, Uint64IsBigEndianAndRoundTrips) {
  std::string key;
  AppendUint64(&key, 0x0102030405060708ULL);
  EXPECT_EQ(key, std::string("\x01\x02\x03\x04\x05\x06\x07\x08", 8));
  std::string_view input = key;
  uint64_t value = 0;
  ASSERT_TRUE(ConsumeUint64(&input, &value));
  EXPECT_EQ(value, 0x0102030405060708ULL);
  EXPECT_TRUE(input.empty());

  std::string_view short_input("\x01\x02\x03", 3);
  EXPECT_FALSE(ConsumeUint64(&short_input, &value));
}

TEST(KeyEncodingTest, Uint64ByteOrderIsNumericOrder) {
  std::mt19937_64 rng(42);
  const uint64_t edges[] = {0, 1, 255, 256, 65535, 65536, (1ULL << 56) - 1, 1ULL << 56, ~0ULL};
  std::vector<uint64_t> values(std::begin(edges), std::end(edges));
  for (int i = 0; i < 200; ++i) values.push_back(rng() >> (rng() % 64));
  for (uint64_t a : values) {
    for (uint64_t b : values) {
      std::string ka, kb;
      AppendUint64(&ka, a);
      AppendUint64(&kb, b);
      EXPECT_EQ(Sign(CompareBytes(ka, kb)), (a > b) - (a < b)) << a << " vs " << b;
    }
  }
}

TEST(KeyEncodingTest, EscapedStringsRoundTripWithEmbeddedNulAndFf) {
  const std::string cases[] = {"",
                               "abc",
                               std::string("a\0b", 3),
                               std::string("\0", 1),
                               std::string("\0\0", 2),
                               "\xFF",
                               std::string("\0\xFF\x01", 3),
                               "Kassym-Jomart Tokayev"};
  for (const std::string& text : cases) {
    std::string key = Escaped(text);
    key += "tail";
    std::string_view input = key;
    std::string back;
    ASSERT_TRUE(ConsumeEscaped(&input, &back)) << text;
    EXPECT_EQ(back, text);
    EXPECT_EQ(input, "tail");
  }
}

TEST(KeyEncodingTest, EscapedStringOrderIsStringOrder) {
  std::mt19937_64 rng(7);
  // The documented examples first.
  EXPECT_LT(CompareBytes(Escaped("ab"), Escaped(std::string("ab\0", 3))), 0);
  EXPECT_LT(CompareBytes(Escaped(std::string("ab\0", 3)), Escaped("ab\x01")), 0);
  EXPECT_LT(CompareBytes(Escaped("ab\x01"), Escaped("abc")), 0);
  for (int i = 0; i < 20000; ++i) {
    const std::string a = RandomString(rng);
    const std::string b = RandomString(rng);
    EXPECT_EQ(Sign(CompareBytes(Escaped(a), Escaped(b))), Sign(CompareBytes(a, b)));
  }
}

// A string followed by another field: the field must never change the order
// that the string alone decides.
TEST(KeyEncodingTest, StringThenIdOrderIsTupleOrder) {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    const std::string a = RandomString(rng);
    const std::string b = rng() % 4 == 0 ? a : RandomString(rng);
    const uint64_t ia = rng() % 3 == 0 ? ~0ULL : rng() % 300;
    const uint64_t ib = rng() % 3 == 0 ? 0 : rng() % 300;
    const int string_order = Sign(CompareBytes(a, b));
    const int expected = string_order != 0 ? string_order : (ia > ib) - (ia < ib);
    EXPECT_EQ(Sign(CompareBytes(NameKey(a, ia), NameKey(b, ib))), expected);
  }
}

TEST(KeyEncodingTest, EscapedPrefixMatchesExactlyTheStringsThatStartWithIt) {
  std::mt19937_64 rng(3);
  for (int i = 0; i < 20000; ++i) {
    const std::string prefix = RandomString(rng);
    const std::string text = rng() % 3 == 0 ? prefix + RandomString(rng) : RandomString(rng);
    std::string p;
    AppendEscapedPrefix(&p, prefix);
    const bool starts = std::string_view(text).starts_with(prefix);
    EXPECT_EQ(std::string_view(NameKey(text, 9)).starts_with(p), starts);
  }
}

TEST(KeyEncodingTest, ConsumeEscapedRejectsMalformedInput) {
  std::string out;
  for (std::string_view bad : {std::string_view("abc"), std::string_view("ab\0", 3),
                               std::string_view("ab\0\x02", 4), std::string_view("\0", 1)}) {
    std::string_view input = bad;
    EXPECT_FALSE(ConsumeEscaped(&input, &out)) << bad.size();
  }
}

TEST(KeyEncodingTest, PrefixSuccessor) {
  EXPECT_EQ(PrefixSuccessor("ab"), "ac");
  EXPECT_EQ(PrefixSuccessor("a\xFF"), "b");
  EXPECT_EQ(PrefixSuccessor("\xFF\xFF"), "");
  EXPECT_EQ(PrefixSuccessor(""), "");
  EXPECT_EQ(PrefixSuccessor(std::string("\x00", 1)), "\x01");
}

TEST(KeyEncodingTest, NodeKeysAndKindRanges) {
  const NodeId id = MakeNodeId(NodeKind::kOffice, 12345);
  EXPECT_EQ(KindOfNodeId(id), NodeKind::kOffice);
  NodeId back = 0;
  ASSERT_TRUE(ParseNodeKey(NodeKey(id), &back));
  EXPECT_EQ(back, id);
  EXPECT_FALSE(ParseNodeKey("short", &back));
  EXPECT_FALSE(ParseNodeKey(NodeKey(id) + "x", &back));

  for (NodeKind kind : kAllNodeKinds) {
    const std::string begin = NodeKindBegin(kind);
    const std::string end = NodeKindEnd(kind);
    for (NodeKind other : kAllNodeKinds) {
      for (uint64_t seq : {uint64_t{0}, uint64_t{1}, (uint64_t{1} << 56) - 1}) {
        const std::string key = NodeKey(MakeNodeId(other, seq));
        const bool inside = CompareBytes(begin, key) <= 0 && CompareBytes(key, end) < 0;
        EXPECT_EQ(inside, other == kind);
      }
    }
  }
}

TEST(KeyEncodingTest, NameKeysRoundTripAndLookupPrefixes) {
  std::string name;
  NodeId id = 0;
  ASSERT_TRUE(ParseNameKey(NameKey("tokaev", 77), &name, &id));
  EXPECT_EQ(name, "tokaev");
  EXPECT_EQ(id, 77u);
  EXPECT_FALSE(ParseNameKey(NameKey("tokaev", 77) + "x", &name, &id));
  EXPECT_FALSE(ParseNameKey("tokaev", &name, &id));

  const std::string exact = NameLookupPrefix("ab", /*prefix=*/false);
  const std::string prefix = NameLookupPrefix("ab", /*prefix=*/true);
  EXPECT_TRUE(std::string_view(NameKey("ab", 1)).starts_with(exact));
  EXPECT_FALSE(std::string_view(NameKey("abc", 1)).starts_with(exact));
  EXPECT_FALSE(std::string_view(NameKey("a", 1)).starts_with(exact));
  EXPECT_TRUE(std::string_view(NameKey("ab", 1)).starts_with(prefix));
  EXPECT_TRUE(std::string_view(NameKey("abc", 1)).starts_with(prefix));
  EXPECT_FALSE(std::string_view(NameKey("a", 1)).starts_with(prefix));
}

TEST(KeyEncodingTest, EdgeKeysRoundTripAndOrder) {
  const EdgeKey edge{.src = 5, .relation = Relation::kHeld, .dst = 9, .id = 1000};
  const std::string out = OutKey(edge);
  const std::string in = InKey(edge);
  EXPECT_EQ(out.size(), kEdgeKeySize);
  EXPECT_EQ(in.size(), kEdgeKeySize);
  EdgeKey parsed;
  ASSERT_TRUE(ParseOutKey(out, &parsed));
  EXPECT_EQ(parsed, edge);
  ASSERT_TRUE(ParseInKey(in, &parsed));
  EXPECT_EQ(parsed, edge);
  // The in key starts with the destination.
  EXPECT_TRUE(std::string_view(in).starts_with(EdgeScanPrefix(9, Relation::kHeld)));
  EXPECT_TRUE(std::string_view(out).starts_with(EdgeScanPrefix(5, Relation::kHeld)));
  EXPECT_TRUE(std::string_view(out).starts_with(EdgeScanPrefix(5, std::nullopt)));
  EXPECT_FALSE(std::string_view(out).starts_with(EdgeScanPrefix(5, Relation::kMemberOf)));
  EXPECT_TRUE(std::string_view(out).starts_with(OutTriplePrefix(5, Relation::kHeld, 9)));
  EXPECT_FALSE(std::string_view(out).starts_with(OutTriplePrefix(5, Relation::kHeld, 10)));

  EXPECT_FALSE(ParseOutKey(out.substr(1), &parsed));
  EXPECT_FALSE(ParseOutKey(out + "x", &parsed));
  for (uint8_t bad_relation : {0, 19, 255}) {
    std::string bad = out;
    bad[8] = static_cast<char>(bad_relation);
    EXPECT_FALSE(ParseOutKey(bad, &parsed)) << int{bad_relation};
  }

  std::mt19937_64 rng(5);
  auto random_edge = [&] {
    return EdgeKey{.src = rng() % 4 == 0 ? ~0ULL : rng() % 4,
                   .relation = kAllRelations[rng() % std::size(kAllRelations)],
                   .dst = rng() % 300,
                   .id = rng() % 3 == 0 ? rng() : rng() % 4};
  };
  for (int i = 0; i < 5000; ++i) {
    const EdgeKey a = random_edge(), b = random_edge();
    const auto ta = std::make_tuple(a.src, a.relation, a.dst, a.id);
    const auto tb = std::make_tuple(b.src, b.relation, b.dst, b.id);
    EXPECT_EQ(Sign(CompareBytes(OutKey(a), OutKey(b))), (ta > tb) - (ta < tb));
  }
}

TEST(KeyEncodingTest, ObservationAndArticleKeys) {
  const std::string article = std::string("2025-06-04T15:59#12221\0x", 24);
  const std::string key = ObservationKey(42, article);
  EdgeId edge = 0;
  std::string back;
  ASSERT_TRUE(ParseObservationKey(key, &edge, &back));
  EXPECT_EQ(edge, 42u);
  EXPECT_EQ(back, article);
  EXPECT_TRUE(std::string_view(key).starts_with(ObservationPrefix(42)));
  EXPECT_FALSE(std::string_view(key).starts_with(ObservationPrefix(43)));
  // Observations of one edge sort by article id.
  EXPECT_LT(CompareBytes(ObservationKey(42, "a"), ObservationKey(42, "b")), 0);
  EXPECT_LT(CompareBytes(ObservationKey(42, "zzz"), ObservationKey(43, "a")), 0);
  EXPECT_FALSE(ParseObservationKey(key + "x", &edge, &back));

  ASSERT_TRUE(ParseArticleKey(ArticleKey(article), &back));
  EXPECT_EQ(back, article);
  EXPECT_FALSE(ParseArticleKey(article, &back));
}

}  // namespace
}  // namespace kg
