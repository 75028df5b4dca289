// TemporalNormalizer: finds the time expressions in a sentence and resolves
// them to dates at the precision the text gives, against the article's
// publication date.
//
//   TemporalNormalizer normalizer;
//   for (const TimeExpression& t : normalizer.Find("adopted on Thursday", Date(2025, 6, 5))) ...
//
// Promises:
// - A date keeps its precision: "in 2019" is Date(2019), never 2019-01-01.
// - Relative expressions ("today", "yesterday", "on Thursday", "this year",
//   "last year", "last month", "in early January", "as of 1 May", "June 5")
//   are resolved against `article_date`. When the article date is empty, or
//   the text does not pin the date down, no date is invented: the expression
//   is returned with an empty date (so callers know a time was mentioned).
// - A weekday in news refers to the most recent such day on or before the
//   article date ("on Monday" in a Monday article is that day).
// - A month without a year takes the article's year, or the previous year if
//   that month would be after the article date ("in December" in a March
//   article). The same holds for a day and month ("on 15 July"), so a future
//   event announced without a year lands a year early: the text does not
//   say, and past events are what news reports.
// - A weekday followed by a written date ("on Thursday, June 5") is that
//   date, even when the two disagree; the span covers both.
// - "last week" (and "this week", "N weeks ago") is the month that holds the
//   whole Monday-to-Sunday week, else its year, else an empty date: never a
//   day.
// - A lone year or month name is a time only after a preposition ("in",
//   "since", "from", "until", "by", "of", "for", "during"), a modifier
//   ("early", "mid-", "the end of"), in a range ("2002-2009") or as "the 2023
//   elections"; "2025 people", "in 1500 schools" and "4,100" are not times.
//
// Which type carries which date:
//   kPoint  `date`        "on 4 June 2025", "in 2019", "the 2023 elections",
//                         "as of 1 May" (as_of), "in early January", "last week"
//   kRange  `start`, `end_date`  "from 2002 to 2009", "between X and Y",
//                         "2002-2009", "in 2008-2016", "from 4 to 6 June 2025"
//   kSince  `start`       "since 2023", "from 1 July", "from 2021 to date",
//                         "from 2019 onwards"
//   kUntil  `end_date`    "until 2019", "till March 2020", "through 2021",
//                         "by 2030" (a deadline), "up to 2030"
// "until now" and "to date" alone bound nothing and are not returned.
#ifndef KG_INGEST_TIME_TEMPORAL_NORMALIZER_H_
#define KG_INGEST_TIME_TEMPORAL_NORMALIZER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg {

struct TimeExpression {
  enum class Type {
    kPoint,  // "on 4 June 2025", "in 1998", "yesterday": `date`
    kRange,  // "from 2002 to 2009", "from January to September 2019": `start`, `end`
    kSince,  // "since 2023", "since April 2023": `start`
    kUntil,  // "until 2019", "till March": `end`
  };
  Type type = Type::kPoint;
  // Byte offsets of the expression in the searched text, including a leading
  // preposition ("on", "in", "from", "since", "as of") when there is one.
  size_t begin = 0;
  size_t end = 0;
  Date date;
  Date start;
  Date end_date;
  // Resolved against the article date rather than read off the text.
  bool relative = false;
  // "as of 1 May": a snapshot date, not an event date.
  bool as_of = false;
};

class TemporalNormalizer {
 public:
  // All time expressions in `text`, left to right, non-overlapping (the
  // longest match wins).
  std::vector<TimeExpression> Find(std::string_view text, Date article_date) const;
};

}  // namespace kg

#endif  // KG_INGEST_TIME_TEMPORAL_NORMALIZER_H_
