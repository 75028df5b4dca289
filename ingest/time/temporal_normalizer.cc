#include "ingest/time/temporal_normalizer.h"

#include <optional>
#include <utility>

#include "ingest/time/date_phrase.h"

// The scanner walks the tokens left to right. At each token it tries the
// forms that can start there (a preposition-led point, range or open
// interval, or a phrase that needs no preposition), keeps the longest, and
// continues after it. Every form looks at a bounded number of tokens, so the
// whole scan is linear in the length of the text.

namespace kg {
namespace {

using temporal::DatePhrase;
using temporal::TimeTokens;

struct Match {
  TimeExpression expression;
  size_t next = 0;  // the token after the match
};

class Scanner {
 public:
  Scanner(std::string_view text, Date article_date) : tokens_(text), article_(article_date) {}

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> found;
    size_t i = 0;
    size_t coordinated = kNone;  // a token where a lone year counts ("in 2019 and 2020")
    while (i < tokens_.size()) {
      std::optional<Match> match = TryAt(i, i == coordinated);
      if (!match) {
        ++i;
        continue;
      }
      found.push_back(match->expression);
      i = match->next;
      coordinated = IsCoordinator(i) ? i + 1 : kNone;
    }
    return found;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  bool IsCoordinator(size_t i) const {
    return tokens_.Is(i, "and") || tokens_.Is(i, "or") || tokens_.IsPunct(i, ',');
  }

  std::optional<DatePhrase> Phrase(size_t i) const {
    return temporal::ParseDatePhrase(tokens_, i, article_);
  }

  // A phrase that can stand alone: no bare year, month or day.
  static bool SaysEnough(const DatePhrase& p) {
    return !p.bare_year && !p.bare_month && !p.bare_day;
  }

  // The byte span of tokens [first, next), without a trailing period (that
  // of "Jan." at the end of a sentence is the sentence's).
  TimeExpression Span(size_t first, size_t next) const {
    while (next > first + 1 && tokens_.IsPunct(next - 1, '.')) --next;
    TimeExpression e;
    e.begin = tokens_[first].begin;
    e.end = tokens_[next - 1].end;
    return e;
  }

  std::optional<Match> Point(size_t first, DatePhrase phrase, TimeExpression::Type type) const {
    BorrowFromCoordinated(&phrase);
    bool relative = false;
    const std::optional<Date> date = temporal::ResolvePhrase(phrase, article_, &relative);
    if (!date) return std::nullopt;
    Match m{Span(first, phrase.next), phrase.next};
    m.expression.type = type;
    m.expression.relative = relative;
    switch (type) {
      case TimeExpression::Type::kPoint:
        m.expression.date = *date;
        break;
      case TimeExpression::Type::kSince:
        m.expression.start = *date;
        break;
      case TimeExpression::Type::kUntil:
        m.expression.end_date = *date;
        break;
      case TimeExpression::Type::kRange:
        return std::nullopt;
    }
    return m;
  }

  // "on 4 and 5 June 2025", "in January and February 2020": a phrase without
  // a year takes it (and a lone day its month) from the next one.
  void BorrowFromCoordinated(DatePhrase* phrase) const {
    if (phrase->resolved || phrase->year != 0 || !IsCoordinator(phrase->next)) return;
    const std::optional<DatePhrase> next = Phrase(phrase->next + 1);
    if (!next || next->resolved || next->year == 0) return;
    if (phrase->bare_day) {
      if (next->month == 0) return;
      phrase->month = next->month;
      phrase->bare_day = false;
    }
    if (phrase->month == 0) return;
    phrase->year = next->year;
    if (phrase->month > next->month && next->month != 0) --phrase->year;
    phrase->bare_month = false;
  }

  // Start and end of a range, each end filling in what the other leaves out
  // ("from January to September 2019", "from 4 to 6 June", "June 4-6").
  std::optional<Match> Range(size_t first, DatePhrase a, DatePhrase b) const {
    bool relative = false;
    std::optional<Date> start, end;
    if (b.bare_day) {
      if (a.bare_day) return std::nullopt;
      start = temporal::ResolvePhrase(a, article_, &relative);
      if (!start || start->precision() == Date::Precision::kYear) return std::nullopt;
      if (start->empty()) {
        end = Date();
      } else {
        end = Date::Make(start->year(), start->month(), b.day);
      }
    } else {
      end = temporal::ResolvePhrase(b, article_, &relative);
      if (!end) return std::nullopt;
      if (a.bare_day) {
        if (!end->empty() && end->precision() < Date::Precision::kMonth) return std::nullopt;
        a.bare_day = false;
        a.month = end->empty() ? 0 : end->month();
      }
      if (!a.resolved && a.year == 0 && !end->empty()) {
        a.year = end->year();
        if (end->month() != 0 &&
            (a.month > end->month() || (a.month == end->month() && a.day > end->day()))) {
          --a.year;
        }
      }
      start = a.month == 0 && a.year == 0 && !a.resolved
                  ? std::optional<Date>(Date())
                  : temporal::ResolvePhrase(a, article_, &relative);
    }
    if (!start || !end) return std::nullopt;
    if (!start->empty() && !end->empty() &&
        (start->FirstDay() > end->FirstDay() || start->LastDay() > end->LastDay() ||
         *start == *end)) {
      return std::nullopt;
    }
    Match m{Span(first, b.next), b.next};
    m.expression.type = TimeExpression::Type::kRange;
    m.expression.start = *start;
    m.expression.end_date = *end;
    m.expression.relative = relative;
    return m;
  }

  // "to date", "to the present (day)", "until now": an end that is still open.
  size_t OpenEnd(size_t i) const {
    if (tokens_.Is(i, "date") || tokens_.Is(i, "now") || tokens_.Is(i, "present")) return i + 1;
    if (tokens_.Is(i, "the") && tokens_.Is(i + 1, "present")) {
      return tokens_.Is(i + 2, "day") ? i + 3 : i + 2;
    }
    if (tokens_.Is(i, "this") && tokens_.Is(i + 1, "day")) return i + 2;
    return 0;
  }

  bool IsRangeConnector(size_t i) const {
    return tokens_.Is(i, "to") || tokens_.Is(i, "until") || tokens_.Is(i, "till") ||
           tokens_.Is(i, "through") || tokens_.Is(i, "thru") || tokens_.IsDash(i);
  }

  // "A-B" or "A–B" at a phrase `a`: the range, if the second end parses.
  std::optional<Match> DashRange(size_t first, const DatePhrase& a) const {
    if (!tokens_.IsDash(a.next)) return std::nullopt;
    std::optional<DatePhrase> b = Phrase(a.next + 1);
    if (a.bare_year && (!b || b->bare_day)) b = ShortEndYear(a, a.next + 1);
    if (!b || (a.bare_year && !b->bare_year)) return std::nullopt;
    return Range(first, a, *b);
  }

  // "1992-95", "1998-2001" written "1998-01": the second end of a year range
  // cut to its last two digits, written against the dash; the first year
  // later than it ("1998-01") crosses a century.
  std::optional<DatePhrase> ShortEndYear(const DatePhrase& a, size_t i) const {
    if (!tokens_.Attached(i) || tokens_[i].text.size() != 2) return std::nullopt;
    const int digits = tokens_.Digits(i, 2);
    if (digits < 0 || (tokens_.Attached(i + 1) && tokens_[i + 1].type != Token::Type::kPunct)) {
      return std::nullopt;
    }
    int year = a.year / 100 * 100 + digits;
    if (year <= a.year) year += 100;
    if (year - a.year > 30) return std::nullopt;  // "2003-15" may be a code, not a term
    DatePhrase end;
    end.first = i;
    end.next = i + 1;
    end.year = year;
    end.bare_year = true;
    return end;
  }

  // "from A to B", "from A until now", "from A onwards", "from A".
  std::optional<Match> From(size_t first) const {
    const std::optional<DatePhrase> a = Phrase(first + 1);
    if (!a) return std::nullopt;
    const size_t connector = a->next;
    if (IsRangeConnector(connector)) {
      if (!tokens_.IsDash(connector)) {
        if (const size_t open = OpenEnd(connector + 1); open != 0) {
          std::optional<Match> since = Point(first, *a, TimeExpression::Type::kSince);
          if (since) {
            since->next = open;
            since->expression.end = tokens_[open - 1].end;
          }
          return since;
        }
      }
      if (std::optional<DatePhrase> b = Phrase(connector + 1)) return Range(first, *a, *b);
      return std::nullopt;
    }
    if (a->bare_day) return std::nullopt;
    std::optional<Match> since = Point(first, *a, TimeExpression::Type::kSince);
    if (since && (tokens_.Is(since->next, "onwards") || tokens_.Is(since->next, "onward"))) {
      since->expression.end = tokens_[since->next].end;
      ++since->next;
    }
    return since;
  }

  std::optional<Match> Between(size_t first) const {
    const std::optional<DatePhrase> a = Phrase(first + 1);
    if (!a || !tokens_.Is(a->next, "and")) return std::nullopt;
    const std::optional<DatePhrase> b = Phrase(a->next + 1);
    if (!b) return std::nullopt;
    return Range(first, *a, *b);
  }

  // A preposition and what follows it. `allow_bare` says whether a lone year
  // or month counts after it ("in 2019" does, "on 2019" does not).
  std::optional<Match> AfterPreposition(size_t first, size_t phrase_at, TimeExpression::Type type,
                                        bool allow_bare, bool as_of = false) const {
    std::optional<DatePhrase> p = Phrase(phrase_at);
    if (!p) return std::nullopt;
    BorrowFromCoordinated(&*p);  // "on 4 and 5 June"
    std::optional<Match> best;
    // A lone day is no date here ("from 4 to 6 June" is From's).
    if (!p->bare_day && (allow_bare || SaysEnough(*p))) best = Point(first, *p, type);
    if (type == TimeExpression::Type::kPoint && !as_of) {
      // "in 2008-2016", "in January-March 2019", "on 1-3 June".
      if (std::optional<Match> range = DashRange(first, *p);
          range && (!best || range->next > best->next)) {
        best = range;
      }
    }
    if (best) best->expression.as_of = as_of;
    return best;
  }

  // Forms that need no preposition.
  std::optional<Match> Bare(size_t i, bool coordinated) const {
    // "the 2023 elections": a year used as a modifier of the next word.
    if (tokens_.Is(i, "the")) {
      const std::optional<DatePhrase> p = Phrase(i + 1);
      if (p && p->bare_year && p->next == i + 2 && i + 2 < tokens_.size() &&
          tokens_[i + 2].is_word()) {
        return Point(i + 1, *p, TimeExpression::Type::kPoint);
      }
    }
    const std::optional<DatePhrase> p = Phrase(i);
    if (!p) return std::nullopt;
    if (std::optional<Match> range = DashRange(i, *p)) return range;
    if (p->bare_day) return std::nullopt;
    // "Adviser to the President (2008)": a year alone in brackets dates
    // what it follows.
    const bool bracketed = i > 0 && tokens_.IsPunct(i - 1, '(') && tokens_.IsPunct(p->next, ')');
    if (!SaysEnough(*p) && !((coordinated || bracketed) && p->bare_year)) return std::nullopt;
    return Point(i, *p, TimeExpression::Type::kPoint);
  }

  std::optional<Match> TryAt(size_t i, bool coordinated) const {
    using Type = TimeExpression::Type;
    const TimeTokens& t = tokens_;
    if (t.Is(i, "as") && t.Is(i + 1, "of"))
      return AfterPreposition(i, i + 2, Type::kPoint, true, true);
    if (t.Is(i, "from")) return From(i);
    if (t.Is(i, "between")) return Between(i);
    if (t.Is(i, "since")) return AfterPreposition(i, i + 1, Type::kSince, true);
    const size_t until = t.Is(i, "up") && t.Is(i + 1, "to") ? i + 2
                         : t.Is(i, "until") || t.Is(i, "till") || t.Is(i, "through") ||
                                 t.Is(i, "thru") || t.Is(i, "by")
                             ? i + 1
                             : 0;
    if (until != 0) {
      if (OpenEnd(until) != 0) return std::nullopt;  // "until now" bounds nothing
      return AfterPreposition(i, until, Type::kUntil, true);
    }
    if (t.Is(i, "in") || t.Is(i, "during") || t.Is(i, "of") || t.Is(i, "for") ||
        t.Is(i, "throughout")) {
      return AfterPreposition(i, i + 1, Type::kPoint, true);
    }
    if (t.Is(i, "on")) return AfterPreposition(i, i + 1, Type::kPoint, false);
    if (t.Is(i, "at")) {
      std::optional<DatePhrase> p = Phrase(i + 1);
      if (!p || !p->modified) return std::nullopt;
      return Point(i, *p, Type::kPoint);
    }
    return Bare(i, coordinated);
  }

  TimeTokens tokens_;
  Date article_;
};

}  // namespace

std::vector<TimeExpression> TemporalNormalizer::Find(std::string_view text,
                                                     Date article_date) const {
  return Scanner(text, article_date).Run();
}

}  // namespace kg
