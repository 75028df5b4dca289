#include "graph/model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace kg {
namespace {

constexpr std::array<std::string_view, 8> kKindNames = {"",    "person", "office",  "organization",
                                                        "law", "event",  "country", "place"};

constexpr std::array<std::string_view, 19> kRelationNames = {"",
                                                             "appointed_to",
                                                             "dismissed_from",
                                                             "held",
                                                             "member_of",
                                                             "part_of",
                                                             "drafted_by",
                                                             "submitted_to",
                                                             "considered_by",
                                                             "approved_by",
                                                             "adopted_by",
                                                             "returned_by",
                                                             "signed_by",
                                                             "entered_into_force",
                                                             "partner_of",
                                                             "participant_in",
                                                             "located_in",
                                                             "born_in",
                                                             "nominated_for"};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Howard Hinnant's days_from_civil: days since 1970-01-01.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

bool ParseDigits(std::string_view text, int* out) {
  if (text.empty()) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

}  // namespace

std::string_view NodeKindName(NodeKind kind) {
  const auto index = static_cast<size_t>(kind);
  return index < kKindNames.size() ? kKindNames[index] : "";
}

std::optional<NodeKind> ParseNodeKind(std::string_view name) {
  for (size_t i = 1; i < kKindNames.size(); ++i) {
    if (EqualsIgnoreCase(kKindNames[i], name)) return static_cast<NodeKind>(i);
  }
  return std::nullopt;
}

std::string_view RelationName(Relation relation) {
  const auto index = static_cast<size_t>(relation);
  return index < kRelationNames.size() ? kRelationNames[index] : "";
}

std::optional<Relation> ParseRelation(std::string_view name) {
  for (size_t i = 1; i < kRelationNames.size(); ++i) {
    if (EqualsIgnoreCase(kRelationNames[i], name)) return static_cast<Relation>(i);
  }
  return std::nullopt;
}

bool IsSymmetric(Relation relation) { return relation == Relation::kPartnerOf; }

bool IsLawStage(Relation relation) {
  return relation >= Relation::kDraftedBy && relation <= Relation::kEnteredIntoForce;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::Make(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) return std::nullopt;
  if (month == 0 && day != 0) return std::nullopt;
  if (day > DaysInMonth(year, month)) return std::nullopt;
  return Date(year, month, day);
}

std::optional<Date> Date::Parse(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!ParseDigits(text.substr(0, 4), &year)) return std::nullopt;
  if (text.size() >= 7 && (text[4] != '-' || !ParseDigits(text.substr(5, 2), &month) || month == 0))
    return std::nullopt;
  if (text.size() == 10 && (text[7] != '-' || !ParseDigits(text.substr(8, 2), &day) || day == 0))
    return std::nullopt;
  return Make(year, month, day);
}

Date::Precision Date::precision() const {
  if (year_ == 0) return Precision::kNone;
  if (month_ == 0) return Precision::kYear;
  if (day_ == 0) return Precision::kMonth;
  return Precision::kDay;
}

std::string Date::ToString() const {
  char buffer[16];
  switch (precision()) {
    case Precision::kNone:
      return "";
    case Precision::kYear:
      std::snprintf(buffer, sizeof buffer, "%04d", year_);
      break;
    case Precision::kMonth:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year_, month_);
      break;
    case Precision::kDay:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
      break;
  }
  return buffer;
}

bool Date::CompatibleWith(const Date& other) const {
  if (empty() || other.empty()) return true;
  if (year_ != other.year_) return false;
  if (month_ == 0 || other.month_ == 0) return true;
  if (month_ != other.month_) return false;
  return day_ == 0 || other.day_ == 0 || day_ == other.day_;
}

int64_t Date::FirstDay() const {
  return DaysFromCivil(year_, month_ == 0 ? 1 : month_, day_ == 0 ? 1 : day_);
}

int64_t Date::LastDay() const {
  const int month = month_ == 0 ? 12 : month_;
  const int day = day_ == 0 ? DaysInMonth(year_, month) : day_;
  return DaysFromCivil(year_, month, day);
}

int Weekday(const Date& date) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int64_t days = date.FirstDay();
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Date AddDays(const Date& date, int days) { return CivilFromDays(date.FirstDay() + days); }

}  // namespace kg
