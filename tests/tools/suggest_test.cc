// The "did you mean" distance and its threshold.
#include "tools/kg/suggest.h"

#include "gtest/gtest.h"

namespace kg {
namespace {

const std::vector<std::string> kCommands = {"ingest", "extract", "stats",  "holders", "career",
                                            "law",    "query",   "export", "ui",      "help"};

TEST(EditDistance, CountsEditsAndSwaps) {
  EXPECT_EQ(EditDistance("holders", "holders"), 0u);
  EXPECT_EQ(EditDistance("holdrs", "holders"), 1u);
  EXPECT_EQ(EditDistance("hodlers", "holders"), 1u);  // a swap
  EXPECT_EQ(EditDistance("HOLDERS", "holders"), 0u);
  EXPECT_EQ(EditDistance("", "law"), 3u);
}

TEST(ClosestName, SuggestsTyposOnly) {
  EXPECT_EQ(ClosestName("holdrs", kCommands), "holders");
  EXPECT_EQ(ClosestName("carrer", kCommands), "career");
  EXPECT_EQ(ClosestName("exprot", kCommands), "export");
  EXPECT_EQ(ClosestName("lw", kCommands), "law");
  EXPECT_EQ(ClosestName("--formt", {"--format", "--evidence", "--sources"}), "--format");
  EXPECT_EQ(ClosestName("hold", kCommands), "holders");  // the beginning of one name
  EXPECT_EQ(ClosestName("zebra", kCommands), std::nullopt);
  EXPECT_EQ(ClosestName("", kCommands), std::nullopt);
}

}  // namespace
}  // namespace kg
