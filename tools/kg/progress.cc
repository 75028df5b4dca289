#include "tools/kg/progress.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "fmt/format.h"

namespace kg {
namespace {

// 7500 -> "7,500".
std::string Grouped(uint64_t n) {
  const std::string digits = absl::StrCat(n);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

// Seconds as H:MM:SS or M:SS.
std::string Duration(double seconds) {
  const uint64_t s = static_cast<uint64_t>(std::max(0.0, seconds) + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string Megabytes(uint64_t bytes) { return fmt::format("{:.1f}", bytes / 1e6); }

}  // namespace

std::string ProgressLine(const ProgressSnapshot& p) {
  std::string line = absl::StrCat("kg: ", Grouped(p.articles), " articles, ");
  if (p.total_bytes.has_value() && *p.total_bytes > 0) {
    const uint64_t done = std::min(p.bytes, *p.total_bytes);
    absl::StrAppend(&line, Megabytes(done), " of ", Megabytes(*p.total_bytes), " MB (",
                    done * 100 / *p.total_bytes, "%)");
  } else {
    absl::StrAppend(&line, Megabytes(p.bytes), " MB");
  }
  // Rates mean little in the first fraction of a second.
  if (p.seconds >= 0.5) {
    const double rate = p.bytes / p.seconds;
    absl::StrAppend(&line, ", ", fmt::format("{:.1f}", rate / 1e6), " MB/s, ",
                    Grouped(static_cast<uint64_t>(p.articles / p.seconds)), " articles/s");
    if (p.total_bytes.has_value() && rate > 0 && p.bytes <= *p.total_bytes) {
      absl::StrAppend(&line, ", ETA ", Duration((*p.total_bytes - p.bytes) / rate));
    }
  }
  return line;
}

Progress::Progress(bool enabled, std::optional<uint64_t> total_bytes, std::FILE* out)
    : enabled_(enabled),
      total_bytes_(total_bytes),
      out_(out),
      started_(std::chrono::steady_clock::now()),
      drawn_(started_) {}

void Progress::Update(uint64_t articles, uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - drawn_ < std::chrono::milliseconds(200)) return;
  drawn_ = now;
  const std::string line =
      ProgressLine({.articles = articles,
                    .bytes = bytes,
                    .total_bytes = total_bytes_,
                    .seconds = std::chrono::duration<double>(now - started_).count()});
  // Pad over a longer previous line.
  std::fprintf(out_, "\r%s%*s", line.c_str(),
               static_cast<int>(width_ > line.size() ? width_ - line.size() : 0), "");
  std::fflush(out_);
  width_ = line.size();
}

void Progress::Clear() {
  if (!enabled_ || width_ == 0) return;
  std::fprintf(out_, "\r%*s\r", static_cast<int>(width_), "");
  width_ = 0;
}

}  // namespace kg
