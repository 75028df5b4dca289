// DatePhrase: one date as a sentence words it ("4 June 2025", "June",
// "mid-2019", "last week", "on Thursday, June 5"), before the article date
// fills in what the text leaves out. TemporalNormalizer combines phrases with
// prepositions into points, ranges and open intervals.
//
// Internal to the ingest library: the public entry point is TemporalNormalizer.
#ifndef KG_INGEST_TIME_DATE_PHRASE_H_
#define KG_INGEST_TIME_DATE_PHRASE_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "ingest/reading/segmenter.h"

namespace kg::temporal {

// The tokens of the searched text with the case-insensitive checks the
// grammar needs. Every accessor is safe past the end (it answers false).
class TimeTokens {
 public:
  explicit TimeTokens(std::string_view text) : tokens_(Tokenize(text)) {}

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }

  // Token i is a word equal to `lower` (ASCII lower case) in any case.
  bool Is(size_t i, std::string_view lower) const;
  // Token i is the punctuation character `c`.
  bool IsPunct(size_t i, char c) const { return i < size() && tokens_[i].is(c); }
  // A hyphen or an en or em dash: what joins the ends of "2002-2009".
  bool IsDash(size_t i) const;
  // Token i starts right where token i - 1 ends.
  bool Attached(size_t i) const {
    return i > 0 && i < size() && tokens_[i].begin == tokens_[i - 1].end;
  }
  // The value of a plain run of 1 to `max_digits` digits, else -1.
  int Digits(size_t i, size_t max_digits) const;

 private:
  std::vector<Token> tokens_;
};

struct DatePhrase {
  size_t first = 0;  // tokens [first, next)
  size_t next = 0;
  // As written; 0 where the text does not say.
  int year = 0;
  int month = 0;
  int day = 0;
  // Set for expressions that only mean something against the article date
  // ("yesterday", "last week", "on Thursday"): `date` is already resolved,
  // and empty when the article date is too coarse or missing.
  bool resolved = false;
  Date date;
  // How much the phrase says on its own: a lone year or month name is a time
  // only after a preposition or modifier; a lone day number only as the start
  // of a range ("from 4 to 6 June").
  bool bare_year = false;
  bool bare_month = false;
  bool bare_day = false;
  // Led by a modifier ("early", "the end of", "the first half of").
  bool modified = false;
};

// The longest date phrase starting at token i, if any. The article date is
// used only for the relative expressions it resolves.
std::optional<DatePhrase> ParseDatePhrase(const TimeTokens& tokens, size_t i,
                                          const Date& article_date);

// True when a number at token i is a count rather than a year ("2025 people",
// "1990s", "2019%").
bool FollowedByCountedNoun(const TimeTokens& tokens, size_t year_token);

// `month` (and `day`) in the article's year, or the year before when that
// month comes after the article's month. Empty when the article date has no
// month or the day does not exist in the chosen year.
Date ResolveYearless(int month, int day, const Date& article_date);

// The phrase as a Date: `date` for resolved phrases, the written parts
// otherwise, with a missing year resolved against the article date. Sets
// *relative when the article date supplied anything. nullopt for an
// impossible date or a lone day.
std::optional<Date> ResolvePhrase(const DatePhrase& phrase, const Date& article_date,
                                  bool* relative);

}  // namespace kg::temporal

#endif  // KG_INGEST_TIME_DATE_PHRASE_H_
