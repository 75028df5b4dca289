// The ingest progress line: total, share, rate and ETA when the size is
// known; no ETA without a total; no rates in the first half second.
#include "tools/kg/progress.h"

#include <cstdio>
#include <string>

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(ProgressLine, WithAKnownTotal) {
  EXPECT_EQ(ProgressLine(
                {.articles = 7500, .bytes = 12'300'000, .total_bytes = 45'600'000, .seconds = 6.0}),
            "kg: 7,500 articles, 12.3 of 45.6 MB (26%), 2.0 MB/s, 1,250 articles/s, ETA 0:16");
}

TEST(ProgressLine, WithoutATotal) {
  EXPECT_EQ(ProgressLine({.articles = 20000, .bytes = 50'000'000, .seconds = 4000.0}),
            "kg: 20,000 articles, 50.0 MB, 0.0 MB/s, 5 articles/s");
}

TEST(ProgressLine, HoursAndTheFirstMoments) {
  EXPECT_EQ(
      ProgressLine(
          {.articles = 10, .bytes = 1'000'000, .total_bytes = 10'000'000'000, .seconds = 1.0}),
      "kg: 10 articles, 1.0 of 10000.0 MB (0%), 1.0 MB/s, 10 articles/s, ETA 2:46:39");
  EXPECT_EQ(ProgressLine({.articles = 1, .bytes = 10, .total_bytes = 100, .seconds = 0.1}),
            "kg: 1 articles, 0.0 of 0.0 MB (10%)");
}

TEST(Progress, DrawsNothingWhenDisabledAndClearsItsLine) {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  {
    Progress off(false, 100, out);
    off.Update(1, 10);
    off.Clear();
  }
  std::fflush(out);
  EXPECT_EQ(size, 0u);
  std::fclose(out);
  std::free(buffer);
}

}  // namespace
}  // namespace kg
