// Article: one news article as read from an input file, before extraction.
#ifndef KG_INGEST_READING_ARTICLE_H_
#define KG_INGEST_READING_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg {

struct Article {
  // Stable id: the JSONL `id`; for the seed text format the header's date,
  // time and count ("2025-06-04T15:59#12221").
  std::string id;
  Date date;  // publication date; empty when the source gives none
  std::string title;
  // Body text, paragraphs separated by '\n'. Valid UTF-8, no NUL bytes.
  std::string text;
  std::string url;
  // Lines that only credit a picture ("Photo: Aigerim Sadykova"), kept out
  // of the body (they state no relation) but read for the persons they name.
  std::vector<std::string> credits;
  // Where it came from, for diagnostics: file name and 1-based line of the
  // article's first line (JSONL: its line; seed text: its header line).
  std::string origin_file;
  int origin_line = 0;

  // Hash of date, title, text and credits (stable across runs and machines).
  uint64_t ContentHash() const;
};

}  // namespace kg

#endif  // KG_INGEST_READING_ARTICLE_H_
