// The progress line of a long command on a terminal (stderr), redrawn in
// place at most a few times a second:
//
//   kg: 7,500 articles, 12.3 of 45.6 MB (27%), 2.1 MB/s, 410 articles/s, ETA 0:16
//
// The total, the share and the ETA appear when the input's size is known
// (regular files; not stdin or a pipe). ProgressLine formats; Progress
// decides when to draw and clears the line before other output.
#ifndef KG_TOOLS_KG_PROGRESS_H_
#define KG_TOOLS_KG_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

namespace kg {

struct ProgressSnapshot {
  uint64_t articles = 0;
  uint64_t bytes = 0;                   // of input read so far
  std::optional<uint64_t> total_bytes;  // when known
  double seconds = 0;                   // since the start
};

// The line, without "\r" or padding.
std::string ProgressLine(const ProgressSnapshot& snapshot);

class Progress {
 public:
  // Draws on `out` only when `enabled` (a terminal, and no -q).
  Progress(bool enabled, std::optional<uint64_t> total_bytes, std::FILE* out = stderr);

  // Redraws when enough time has passed since the last drawing.
  void Update(uint64_t articles, uint64_t bytes);
  // Erases the line, so that a message or the summary starts at column 0.
  void Clear();

 private:
  bool enabled_;
  std::optional<uint64_t> total_bytes_;
  std::FILE* out_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point drawn_;
  size_t width_ = 0;  // of the line on screen
};

}  // namespace kg

#endif  // KG_TOOLS_KG_PROGRESS_H_
