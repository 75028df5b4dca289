#include "ingest/time/date_phrase.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"

namespace kg::temporal {
namespace {

// Written dates outside this range are not dates; a lone year ("in 1500
// schools") must look like one from modern history.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2999;
constexpr int kMinBareYear = 1800;
constexpr int kMaxBareYear = 2199;

struct MonthName {
  std::string_view name;
  int month;
  // Abbreviations, "May" and "March" are also ordinary words ("may", "mar",
  // "march"): they are months only when capitalized.
  bool needs_capital;
  bool abbreviation;
};
constexpr MonthName kMonths[] = {
    {"january", 1, false, false},  {"february", 2, false, false},  {"march", 3, true, false},
    {"april", 4, false, false},    {"may", 5, true, false},        {"june", 6, false, false},
    {"july", 7, false, false},     {"august", 8, false, false},    {"september", 9, false, false},
    {"october", 10, false, false}, {"november", 11, false, false}, {"december", 12, false, false},
    {"jan", 1, true, true},        {"feb", 2, true, true},         {"mar", 3, true, true},
    {"apr", 4, true, true},        {"jun", 6, true, true},         {"jul", 7, true, true},
    {"aug", 8, true, true},        {"sep", 9, true, true},         {"sept", 9, true, true},
    {"oct", 10, true, true},       {"nov", 11, true, true},        {"dec", 12, true, true},
};

// Index 0 is Monday, as in kg::Weekday().
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

// Words that count things: a number before them is a quantity, not a year.
constexpr std::string_view kCountedNouns[] = {
    "people",     "persons",  "residents", "citizens",  "participants", "students",
    "children",   "families", "workers",   "employees", "households",   "cases",
    "units",      "jobs",     "schools",   "projects",  "companies",    "enterprises",
    "tonnes",     "tons",     "hectares",  "ha",        "km",           "kilometers",
    "kilometres", "meters",   "metres",    "kg",        "dollars",      "usd",
    "tenge",      "euros",    "rubles",    "roubles",   "yuan",         "percent",
    "per",        "million",  "billion",   "thousand",  "trillion",     "times",
    "days",       "hours",    "minutes",   "weeks",     "months",       "years",
    "votes",      "seats",    "deputies",  "delegates", "beds",         "apartments",
    "houses",     "homes",    "cars",      "vehicles",  "pieces",       "sq",
    "square",     "cubic",    "mw",        "kw",        "gw",           "kwh",
    "barrels",    "liters",   "litres",    "heads",     "signatures",   "applications",
};

// Small counts spelled out, for "two years ago".
constexpr std::string_view kCountWords[] = {"a",    "one",    "two",   "three", "four",
                                            "five", "six",    "seven", "eight", "nine",
                                            "ten",  "eleven", "twelve"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Month number at token i (0 if none); *next is set past it and, for an
// abbreviation, past an attached period ("Jan.").
int MonthAt(const TimeTokens& t, size_t i, size_t* next) {
  if (i >= t.size() || !t[i].is_word()) return 0;
  for (const MonthName& m : kMonths) {
    if (!t.Is(i, m.name)) continue;
    if (m.needs_capital && !t[i].capitalized()) return 0;
    *next = i + 1;
    if (m.abbreviation && t.IsPunct(i + 1, '.') && t.Attached(i + 1)) *next = i + 2;
    return m.month;
  }
  return 0;
}

int WeekdayAt(const TimeTokens& t, size_t i) {
  for (size_t d = 0; d < std::size(kWeekdays); ++d) {
    if (t.Is(i, kWeekdays[d])) return static_cast<int>(d);
  }
  return -1;
}

// Day of month at token i: "4", "04", "4th"; 0 if none.
int DayAt(const TimeTokens& t, size_t i) {
  if (i >= t.size() || t[i].type != Token::Type::kNumber) return 0;
  // Hours and minutes: "09:30".
  if ((t.IsPunct(i + 1, ':') && t.Attached(i + 1)) || (t.Attached(i) && t[i - 1].is(':'))) {
    return 0;
  }
  std::string_view text = t[i].text;
  if (text.size() > 2 && !IsDigit(text.back())) text.remove_suffix(2);  // "th", "st", ...
  if (text.empty() || text.size() > 2) return 0;
  int value = 0;
  for (char c : text) {
    if (!IsDigit(c)) return 0;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 31 ? value : 0;
}

// A four-digit year at token i, not glued to a following word ("1990s").
int YearAt(const TimeTokens& t, size_t i) {
  const int value = t.Digits(i, 4);
  if (value < kMinYear || value > kMaxYear || t[i].text.size() != 4) return 0;
  if (t.Attached(i + 1) && t[i + 1].type != Token::Type::kPunct) return 0;
  return value;
}

// ", 2025" or " 2025" after a day or month: the year and the token after it.
int OptionalYear(const TimeTokens& t, size_t i, size_t* next) {
  const size_t at = t.IsPunct(i, ',') ? i + 1 : i;
  const int year = YearAt(t, at);
  if (year != 0) *next = at + 1;
  return year;
}

Date DayOf(const Date& article) {
  return article.precision() == Date::Precision::kDay ? article : Date();
}

// A week (Monday `monday` to Sunday) at the finest precision that holds all
// of it without inventing a day: its month, else its year, else nothing.
Date WeekUnit(const Date& monday) {
  if (monday.empty()) return Date();
  const Date sunday = AddDays(monday, 6);
  if (monday.year() != sunday.year()) return Date();
  if (monday.month() != sunday.month()) return Date(monday.year());
  return Date(monday.year(), monday.month());
}

Date MondayOf(const Date& day) { return day.empty() ? Date() : AddDays(day, -Weekday(day)); }

Date AddMonths(const Date& article, int months) {
  if (article.precision() < Date::Precision::kMonth) return Date();
  const int index = article.year() * 12 + (article.month() - 1) + months;
  return Date(index / 12, index % 12 + 1);
}

Date AddYears(const Date& article, int years) {
  return article.empty() ? Date() : Date(article.year() + years);
}

DatePhrase Resolved(size_t first, size_t next, Date date) {
  DatePhrase p;
  p.first = first;
  p.next = next;
  p.resolved = true;
  p.date = date;
  return p;
}

// "this year", "last month", "earlier this week", "next year": the unit the
// text names, shifted by `shift` units from the article's.
std::optional<DatePhrase> ParseUnitRelative(const TimeTokens& t, size_t i, const Date& article) {
  size_t j = i;
  if (t.Is(j, "earlier") || t.Is(j, "later")) ++j;
  int shift = 0;
  if (t.Is(j, "this") || t.Is(j, "current")) {
    shift = 0;
  } else if (t.Is(j, "last")) {
    shift = -1;
  } else if (t.Is(j, "next")) {
    shift = 1;
  } else {
    return std::nullopt;
  }
  // "earlier last year" is not English; "earlier" goes with "this" only.
  if (j > i && shift != 0) return std::nullopt;
  ++j;
  if (t.Is(j, "year")) return Resolved(i, j + 1, AddYears(article, shift));
  if (t.Is(j, "month")) return Resolved(i, j + 1, AddMonths(article, shift));
  if (t.Is(j, "week")) {
    const Date monday = MondayOf(DayOf(article));
    return Resolved(i, j + 1, monday.empty() ? Date() : WeekUnit(AddDays(monday, 7 * shift)));
  }
  return std::nullopt;
}

// "two years ago", "3 days ago", "a month ago".
std::optional<DatePhrase> ParseAgo(const TimeTokens& t, size_t i, const Date& article) {
  int count = t.Digits(i, 2);
  if (count < 0) {
    for (size_t n = 0; n < std::size(kCountWords); ++n) {
      if (t.Is(i, kCountWords[n])) count = n == 0 ? 1 : static_cast<int>(n);
    }
    if (t.Is(i, "an")) count = 1;
  }
  if (count <= 0) return std::nullopt;
  const size_t unit = i + 1;
  if (!t.Is(unit + 1, "ago")) return std::nullopt;
  Date date;
  const Date day = DayOf(article);
  if (t.Is(unit, "day") || t.Is(unit, "days")) {
    date = day.empty() ? Date() : AddDays(day, -count);
  } else if (t.Is(unit, "week") || t.Is(unit, "weeks")) {
    date = day.empty() ? Date() : WeekUnit(MondayOf(AddDays(day, -7 * count)));
  } else if (t.Is(unit, "month") || t.Is(unit, "months")) {
    date = AddMonths(article, -count);
  } else if (t.Is(unit, "year") || t.Is(unit, "years")) {
    date = AddYears(article, -count);
  } else {
    return std::nullopt;
  }
  return Resolved(i, unit + 2, date);
}

// "last June", "this May", "next January": the most recent such month before
// the article's month, the one in the article's year, the first after it.
std::optional<DatePhrase> ParseMonthRelative(const TimeTokens& t, size_t i, const Date& article) {
  const bool last = t.Is(i, "last");
  const bool next = t.Is(i, "next");
  if (!last && !next && !t.Is(i, "this")) return std::nullopt;
  size_t after = 0;
  const int month = MonthAt(t, i + 1, &after);
  if (month == 0) return std::nullopt;
  if (article.precision() < Date::Precision::kMonth) return Resolved(i, after, Date());
  int year = article.year();
  if (last && month >= article.month()) --year;
  if (next && month <= article.month()) ++year;
  return Resolved(i, after, Date(year, month));
}

std::optional<DatePhrase> ParseRelative(const TimeTokens& t, size_t i, const Date& article) {
  const Date day = DayOf(article);
  auto shifted = [&](int days) { return day.empty() ? Date() : AddDays(day, days); };
  if (t.Is(i, "today") || t.Is(i, "tonight")) return Resolved(i, i + 1, day);
  if (t.Is(i, "yesterday")) return Resolved(i, i + 1, shifted(-1));
  if (t.Is(i, "tomorrow")) return Resolved(i, i + 1, shifted(1));
  if ((t.Is(i, "earlier") || t.Is(i, "later")) && t.Is(i + 1, "today")) {
    return Resolved(i, i + 2, day);
  }
  if (t.Is(i, "this") &&
      (t.Is(i + 1, "morning") || t.Is(i + 1, "afternoon") || t.Is(i + 1, "evening"))) {
    return Resolved(i, i + 2, day);
  }
  if (t.Is(i, "the") && t.Is(i + 1, "day")) {
    if (t.Is(i + 2, "before") && t.Is(i + 3, "yesterday")) return Resolved(i, i + 4, shifted(-2));
    if (t.Is(i + 2, "after") && t.Is(i + 3, "tomorrow")) return Resolved(i, i + 4, shifted(2));
  }
  if (std::optional<DatePhrase> unit = ParseUnitRelative(t, i, article)) return unit;
  if (std::optional<DatePhrase> month = ParseMonthRelative(t, i, article)) return month;
  return ParseAgo(t, i, article);
}

// "DD.MM.YYYY" in one token.
bool ParseDotted(const Token& token, DatePhrase* p) {
  const std::string_view s = token.text;
  if (token.type != Token::Type::kNumber || s.size() != 10 || s[2] != '.' || s[5] != '.') {
    return false;
  }
  for (size_t k : {0, 1, 3, 4, 6, 7, 8, 9}) {
    if (!IsDigit(s[k])) return false;
  }
  auto number = [&](size_t from, size_t count) {
    int value = 0;
    for (size_t k = from; k < from + count; ++k) value = value * 10 + (s[k] - '0');
    return value;
  };
  p->day = number(0, 2);
  p->month = number(3, 2);
  p->year = number(6, 4);
  return true;
}

// A written date: "04.06.2025", "2025-06-04", "4 June 2025", "the 4th of
// June", "June 4, 2025", "June 2025", "June", "2025", or a lone day.
std::optional<DatePhrase> ParseWritten(const TimeTokens& t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  DatePhrase p;
  p.first = i;
  // "04.06.2025": the tokenizer keeps it as one number.
  if (ParseDotted(t[i], &p)) {
    p.next = i + 1;
    return p;
  }
  // "2025-06-04".
  if (YearAt(t, i) != 0 && t.IsPunct(i + 1, '-') && t.Attached(i + 1) && t.Attached(i + 2) &&
      t.Digits(i + 2, 2) >= 1 && t[i + 2].text.size() == 2 && t.IsPunct(i + 3, '-') &&
      t.Attached(i + 3) && t.Attached(i + 4) && t.Digits(i + 4, 2) >= 1 &&
      t[i + 4].text.size() == 2) {
    p.year = YearAt(t, i);
    p.month = t.Digits(i + 2, 2);
    p.day = t.Digits(i + 4, 2);
    p.next = i + 5;
    return p;
  }
  // "the year 2025".
  if (t.Is(i, "year") && YearAt(t, i + 1) != 0) {
    p.year = YearAt(t, i + 1);
    p.next = i + 2;
    return p;
  }
  size_t j = i;
  // "the 4th of June".
  if (t.Is(j, "the") && DayAt(t, j + 1) != 0) ++j;
  if (const int day = DayAt(t, j); day != 0) {
    size_t k = j + 1;
    if (t.Is(k, "of")) ++k;
    size_t after_month = 0;
    if (const int month = MonthAt(t, k, &after_month); month != 0) {
      p.day = day;
      p.month = month;
      p.next = after_month;
      p.year = OptionalYear(t, after_month, &p.next);
      return p;
    }
    if (j != i) return std::nullopt;  // "the 4th" alone says nothing
    p.day = day;
    p.bare_day = true;
    p.next = j + 1;
    return p;
  }
  size_t after_month = 0;
  if (const int month = MonthAt(t, i, &after_month); month != 0) {
    p.month = month;
    p.next = after_month;
    size_t k = after_month;
    if (t.Is(k, "the") && DayAt(t, k + 1) != 0) ++k;  // "June the 4th"
    // A day right after the month, unless it is really a count ("May 2
    // thousand") or a year.
    if (const int day = DayAt(t, k); day != 0 && !FollowedByCountedNoun(t, k)) {
      p.day = day;
      p.next = k + 1;
    }
    p.year = OptionalYear(t, p.next, &p.next);
    p.bare_month = p.day == 0 && p.year == 0;
    return p;
  }
  if (const int year = YearAt(t, i); year >= kMinBareYear && year <= kMaxBareYear) {
    p.year = year;
    p.bare_year = true;
    p.next = i + 1;
    return p;
  }
  return std::nullopt;
}

// "mid-January 2020": the tokenizer keeps a hyphenated word whole.
std::optional<DatePhrase> ParseHyphenatedMonth(const TimeTokens& t, size_t i) {
  if (i >= t.size() || !t[i].is_word()) return std::nullopt;
  const std::string_view word = t[i].text;
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  const std::string prefix = absl::AsciiStrToLower(absl::string_view(word.data(), hyphen));
  if (prefix != "mid" && prefix != "early" && prefix != "late") return std::nullopt;
  const std::string rest =
      absl::AsciiStrToLower(absl::string_view(word.data() + hyphen + 1, word.size() - hyphen - 1));
  for (const MonthName& m : kMonths) {
    if (m.abbreviation || rest != m.name) continue;
    DatePhrase p;
    p.first = i;
    p.next = i + 1;
    p.month = m.month;
    p.year = OptionalYear(t, i + 1, &p.next);
    p.modified = true;
    return p;
  }
  return std::nullopt;
}

// "early January", "mid-2019", "late 2019", "the end of June", "the first
// half of 2019", "the spring of 2020": the phrase they modify, at its own
// precision (a half, quarter or season is its year).
std::optional<DatePhrase> ParseModified(const TimeTokens& t, size_t i, const Date& article) {
  if (std::optional<DatePhrase> glued = ParseHyphenatedMonth(t, i)) return glued;
  size_t j = i;
  bool year_only = false;
  if (t.Is(j, "early") || t.Is(j, "mid") || t.Is(j, "late")) {
    ++j;
    if (t.IsDash(j) && t.Attached(j)) ++j;
  } else {
    if (t.Is(j, "the")) ++j;
    if (t.Is(j, "beginning") || t.Is(j, "start") || t.Is(j, "end") || t.Is(j, "middle") ||
        t.Is(j, "turn")) {
      ++j;
    } else if ((t.Is(j, "first") || t.Is(j, "second")) && t.Is(j + 1, "half")) {
      j += 2;
      year_only = true;
    } else if ((t.Is(j, "first") || t.Is(j, "second") || t.Is(j, "third") || t.Is(j, "fourth")) &&
               t.Is(j + 1, "quarter")) {
      j += 2;
      year_only = true;
    } else if (t.Is(j, "spring") || t.Is(j, "summer") || t.Is(j, "autumn") || t.Is(j, "fall") ||
               t.Is(j, "winter")) {
      ++j;
      year_only = true;
      // "spring 2020" needs no "of"; "the spring" alone is no date.
      if (!t.Is(j, "of")) {
        const int year = YearAt(t, j);
        if (year == 0) return std::nullopt;
        DatePhrase p;
        p.first = i;
        p.next = j + 1;
        p.year = year;
        p.modified = true;
        return p;
      }
    } else {
      return std::nullopt;
    }
    if (!t.Is(j, "of")) return std::nullopt;
    ++j;
  }
  std::optional<DatePhrase> inner;
  if (t.Is(j, "the") || t.Is(j, "this") || t.Is(j, "last") || t.Is(j, "next")) {
    // "the end of the year" is the article's year; "the end of this month".
    if (t.Is(j, "the") && t.Is(j + 1, "year")) {
      inner = Resolved(j, j + 2, AddYears(article, 0));
    } else {
      inner = ParseUnitRelative(t, j, article);
    }
  } else {
    inner = ParseWritten(t, j);
  }
  if (!inner || inner->bare_day || inner->day != 0) return std::nullopt;
  if (year_only && (inner->resolved || inner->year == 0 || inner->month != 0)) return std::nullopt;
  inner->first = i;
  inner->bare_year = inner->bare_month = false;
  inner->modified = true;
  return inner;
}

// "Thursday", "last Thursday", "on Thursday, June 5" (from "Thursday" on):
// a written date after the weekday wins; otherwise the weekday's most recent
// occurrence on or before the article date ("last": strictly before; "next":
// strictly after).
std::optional<DatePhrase> ParseWeekday(const TimeTokens& t, size_t i, const Date& article) {
  size_t j = i;
  int direction = 0;
  if (t.Is(j, "last") || t.Is(j, "past")) {
    direction = -1;
    ++j;
  } else if (t.Is(j, "next") || t.Is(j, "coming")) {
    direction = 1;
    ++j;
  } else if (t.Is(j, "this")) {
    ++j;
  }
  const int weekday = WeekdayAt(t, j);
  if (weekday < 0) return std::nullopt;
  ++j;
  if (direction == 0) {
    const size_t at = t.IsPunct(j, ',') ? j + 1 : j;
    if (std::optional<DatePhrase> written = ParseWritten(t, at);
        written && written->day != 0 && !written->bare_day) {
      written->first = i;
      return written;
    }
  }
  const Date day = DayOf(article);
  if (day.empty()) return Resolved(i, j, Date());
  const int today = Weekday(day);
  int offset = 0;
  if (direction > 0) {
    offset = (weekday - today + 7) % 7;
    if (offset == 0) offset = 7;
  } else {
    offset = -((today - weekday + 7) % 7);
    if (offset == 0 && direction < 0) offset = -7;
  }
  return Resolved(i, j, AddDays(day, offset));
}

}  // namespace

bool TimeTokens::Is(size_t i, std::string_view lower) const {
  if (i >= size() || !tokens_[i].is_word()) return false;
  const std::string_view text = tokens_[i].text;
  if (text.size() != lower.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(text[k])) != lower[k]) return false;
  }
  return true;
}

bool TimeTokens::IsDash(size_t i) const {
  if (i >= size() || tokens_[i].type != Token::Type::kPunct) return false;
  const std::string_view text = tokens_[i].text;
  return text == "-" || text == "\u2013" || text == "\u2014";
}

int TimeTokens::Digits(size_t i, size_t max_digits) const {
  if (i >= size() || tokens_[i].type != Token::Type::kNumber) return -1;
  const std::string_view text = tokens_[i].text;
  if (text.empty() || text.size() > max_digits) return -1;
  int value = 0;
  for (char c : text) {
    if (!IsDigit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool FollowedByCountedNoun(const TimeTokens& t, size_t year_token) {
  const size_t next = year_token + 1;
  if (t.IsPunct(next, '%')) return true;
  for (std::string_view noun : kCountedNouns) {
    if (t.Is(next, noun)) return true;
  }
  return false;
}

std::optional<DatePhrase> ParseDatePhrase(const TimeTokens& tokens, size_t i,
                                          const Date& article_date) {
  std::optional<DatePhrase> best;
  auto consider = [&](std::optional<DatePhrase> candidate) {
    if (candidate && (!best || candidate->next > best->next)) best = std::move(candidate);
  };
  consider(ParseRelative(tokens, i, article_date));
  consider(ParseWeekday(tokens, i, article_date));
  consider(ParseModified(tokens, i, article_date));
  consider(ParseWritten(tokens, i));
  if (best && best->bare_year && FollowedByCountedNoun(tokens, best->next - 1)) {
    return std::nullopt;
  }
  return best;
}

Date ResolveYearless(int month, int day, const Date& article_date) {
  if (article_date.precision() < Date::Precision::kMonth) return Date();
  const int year = month > article_date.month() ? article_date.year() - 1 : article_date.year();
  return Date::Make(year, month, day).value_or(Date());
}

std::optional<Date> ResolvePhrase(const DatePhrase& phrase, const Date& article_date,
                                  bool* relative) {
  if (phrase.resolved) {
    *relative = true;
    return phrase.date;
  }
  if (phrase.bare_day || (phrase.year == 0 && phrase.month == 0)) return std::nullopt;
  if (phrase.year != 0) return Date::Make(phrase.year, phrase.month, phrase.day);
  // No year: the day must exist in some year before the article's decides.
  if (phrase.day > DaysInMonth(2000, phrase.month)) return std::nullopt;
  *relative = true;
  return ResolveYearless(phrase.month, phrase.day, article_date);
}

}  // namespace kg::temporal
