// Times: the TemporalNormalizer's expressions laid over a sentence's tokens,
// and a biography's relative times counted from the story's time.
#include <array>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "ingest/recognize/recognizer.h"
#include "ingest/time/temporal_normalizer.h"

namespace kg {
namespace {

int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

// "a", "one" ... "ten", or digits; 0 for anything else.
int Count(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  if (word == "a" || word == "an") return 1;
  for (size_t n = 1; n < kWords.size(); ++n) {
    if (word == kWords[n]) return static_cast<int>(n);
  }
  int n = 0;
  return absl::SimpleAtoi(absl::string_view(word.data(), word.size()), &n) && n > 0 && n < 100 ? n : 0;
}

bool After(const Date& date, const Date& article_date) {
  return !article_date.empty() && date.FirstDay() > article_date.LastDay();
}

// A month (and day) the normalizer resolved against the article's date,
// resolved instead from the story's time: the first such month at or after
// it. nullopt when the expression says more than a month and day, or the
// month would come after the article.
std::optional<Date> FromNarrative(const MentionDraft& draft, size_t first, size_t last,
                                  const Date& narrative, const Date& article_date) {
  int month = 0;
  int day = 0;
  for (size_t i = first; i < last; ++i) {
    const Token& t = draft.tokens()[i];
    const std::string& w = t.normalized;
    if (const int m = MonthNumber(w); m > 0) {
      month = m;
    } else if (t.type == Token::Type::kNumber) {
      int n = 0;
      if (!absl::SimpleAtoi(w, &n) || n < 1 || n > 31) return std::nullopt;  // a year, or more
      day = n;
    } else if (w == "last" || w == "this" || w == "next" || w == "ago" || w == "today" ||
               w == "yesterday") {
      return std::nullopt;
    }
  }
  if (month == 0) return std::nullopt;
  int year = narrative.year();
  if (narrative.month() > month) ++year;
  std::optional<Date> date = Date::Make(year, month, day);
  if (!date.has_value() || After(*date, article_date)) return std::nullopt;
  return date;
}

// "later that year", "the following year", "two years later" at token i:
// its date from `narrative` and the index after it; nullopt if none.
std::optional<std::pair<Date, size_t>> RelativeToNarrative(const MentionDraft& draft, size_t i,
                                                           const Date& narrative) {
  auto word = [&](size_t k) { return draft.Word(k); };
  auto year_after = [&](int years, size_t end) -> std::optional<std::pair<Date, size_t>> {
    return std::make_pair(Date(narrative.year() + years), end);
  };
  // "later that year", "earlier that year", "that same year", "the same year".
  size_t k = i;
  if (word(k) == "later" || word(k) == "earlier") ++k;
  if ((word(k) == "that" || word(k) == "the") && word(k + 1) == "same" && word(k + 2) == "year") {
    return year_after(0, k + 3);
  }
  if (k > i && word(k) == "that" && word(k + 1) == "year") return year_after(0, k + 2);
  if (k > i && word(k) == "in" && word(k + 1) == "the" && word(k + 2) == "year") {
    return year_after(0, k + 3);
  }
  // "the following year", "the next year".
  if (word(i) == "the" && (word(i + 1) == "following" || word(i + 1) == "next") &&
      word(i + 2) == "year") {
    return year_after(1, i + 3);
  }
  // "two years later", "a year later", "six months later".
  if (const int n = Count(word(i)); n > 0 && word(i + 2) == "later") {
    if (word(i + 1) == "year" || word(i + 1) == "years") return year_after(n, i + 3);
    if ((word(i + 1) == "month" || word(i + 1) == "months") && narrative.month() > 0) {
      const int months = narrative.month() - 1 + n;
      return std::make_pair(Date(narrative.year() + months / 12, months % 12 + 1), i + 3);
    }
  }
  return std::nullopt;
}

}  // namespace

void RecognizeTimes(std::string_view text, Date article_date, Date narrative, MentionDraft& draft) {
  const Sentence& sentence = draft.sentence();
  if (draft.size() == 0) return;
  // "later that year", "two years later": found first, so that a month after
  // one ("two years later, in March") counts from it.
  struct Relative {
    size_t first, last;
    Date date;
  };
  std::vector<Relative> relatives;
  if (!narrative.empty()) {
    for (size_t i = 0; i < draft.size(); ++i) {
      std::optional<std::pair<Date, size_t>> found = RelativeToNarrative(draft, i, narrative);
      if (!found.has_value() || found->second > draft.size() || After(found->first, article_date)) {
        continue;
      }
      relatives.push_back({i, found->second, found->first});
      i = found->second - 1;
    }
  }
  auto add = [&](size_t first, size_t last, TimeExpression expression) {
    Mention mention;
    mention.type = MentionType::kTime;
    mention.first = first;
    mention.last = last;
    expression.begin = draft.tokens()[first].begin;
    expression.end = draft.tokens()[last - 1].end;
    mention.time = expression;
    mention.name = std::string(text.substr(expression.begin, expression.end - expression.begin));
    draft.Add(std::move(mention));
  };
  const std::string_view sentence_text = text.substr(sentence.begin, sentence.end - sentence.begin);
  static const TemporalNormalizer kNormalizer;
  // The story stands in the past: a month without a year is the story's.
  const bool past =
      !narrative.empty() && (article_date.empty() || narrative.year() < article_date.year());
  for (TimeExpression expression : kNormalizer.Find(sentence_text, article_date)) {
    const size_t begin = sentence.begin + expression.begin;
    const size_t end = sentence.begin + expression.end;
    size_t first = 0;
    while (first < draft.size() && draft.tokens()[first].begin < begin) ++first;
    size_t last = first;
    while (last < draft.size() && draft.tokens()[last].end <= end) ++last;
    if (first >= last) continue;
    // The story's time here: the relative time just before, else the last
    // one the article reached.
    const Relative* before = nullptr;
    bool overlaps = false;  // then the relative time wins
    for (const Relative& r : relatives) {
      if (r.last <= first) before = &r;
      overlaps = overlaps || (r.first < last && first < r.last);
    }
    if (overlaps) continue;
    const Date& story = before != nullptr ? before->date : narrative;
    if ((past || before != nullptr) && expression.relative && !expression.as_of &&
        expression.type == TimeExpression::Type::kPoint) {
      if (std::optional<Date> date = FromNarrative(draft, first, last, story, article_date)) {
        expression.date = *date;
        // "later that year in December", "two years later, in March": one time.
        if (before != nullptr && (before->last == first ||
                                  (before->last + 1 == first && draft.tokens()[before->last].is(',')))) {
          const size_t merged = before->first;
          relatives.erase(relatives.begin() + (before - relatives.data()));
          add(merged, last, expression);
          continue;
        }
      }
    }
    add(first, last, expression);
  }
  for (const Relative& r : relatives) {
    if (!draft.AllFree(r.first, r.last)) continue;
    TimeExpression expression;
    expression.type = TimeExpression::Type::kPoint;
    expression.date = r.date;
    expression.relative = true;
    add(r.first, r.last, expression);
  }
}

void RecognizePronouns(MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    const std::string w = draft.Word(i);
    const bool feminine = w == "she" || w == "her" || w == "hers" || w == "herself";
    const bool masculine = w == "he" || w == "his" || w == "him" || w == "himself";
    const bool plural = w == "they" || w == "their" || w == "them";
    if (!feminine && !masculine && !plural) continue;
    Mention mention;
    mention.type = MentionType::kPronoun;
    mention.first = i;
    mention.last = i + 1;
    mention.name = w;
    mention.feminine = feminine;
    mention.plural = plural;
    draft.Add(std::move(mention));
  }
}

}  // namespace kg
