#include "bench/synthetic_corpus.h"

#include <cstdio>
#include <string>
#include <string_view>

#include "bench/corpus_vocabulary.h"
#include "bench/synthetic_world.h"

namespace kg::bench {
namespace {

namespace v = vocabulary;

// The corpus spans this many days from kFirstDay, whatever its size: a 1k
// corpus is sparse in time, a 100k one has dozens of articles a day.
constexpr int kSpanDays = 9 * 365;

std::string TitleCase(std::string_view text) {
  std::string out(text);
  bool word_start = true;
  for (char& c : out) {
    if (word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    word_start = c == ' ';
  }
  return out;
}

std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace

void AppendJsonLine(const SyntheticArticle& article, std::string* out) {
  auto string = [out](std::string_view text) {
    out->push_back('"');
    for (const char c : text) {
      switch (c) {
        case '"':
          out->append("\\\"");
          break;
        case '\\':
          out->append("\\\\");
          break;
        case '\n':
          out->append("\\n");
          break;
        case '\t':
          out->append("\\t");
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof(escaped), "\\u%04x", c);
            out->append(escaped);
          } else {
            out->push_back(c);
          }
      }
    }
    out->push_back('"');
  };
  out->append("{\"id\": ");
  string(article.id);
  out->append(", \"date\": ");
  string(article.date);
  out->append(", \"title\": ");
  string(article.title);
  out->append(", \"text\": ");
  string(article.text);
  out->append(", \"url\": ");
  string(article.url);
  out->append("}\n");
}

class SyntheticCorpus::Generator {
 public:
  explicit Generator(const SyntheticCorpusOptions& options)
      : options_(options),
        random_(options.seed * 0x2545f4914f6cdd1dULL + 1),
        world_(options.seed, options.articles),
        first_day_(CalendarDay::FromDate(2016, 1, 4).days) {
    const std::vector<Office>& offices = world_.offices();
    while (offices[foreign_minister_].name != "Minister of Foreign Affairs") ++foreign_minister_;
  }

  bool Next(SyntheticArticle* article) {
    if (produced_ >= options_.articles) return false;
    const uint64_t index = produced_++;
    const CalendarDay day = CalendarDay::FromDays(
        first_day_ + static_cast<int64_t>(index * kSpanDays / options_.articles));
    char id[48];
    std::snprintf(id, sizeof(id), "syn%llu-%07llu", static_cast<unsigned long long>(options_.seed),
                  static_cast<unsigned long long>(index));
    article->id = id;
    article->date = day.Iso();
    article->url = "https://news.example.kz/" + day.Iso() + "/" + article->id;
    article->title.clear();
    article->text.clear();
    // The mix of a political news feed: people and posts first.
    const uint64_t kind = random_.Below(100);
    if (kind < 32) {
      Appointment(day, article);
    } else if (kind < 42) {
      Dismissal(day, article);
    } else if (kind < 62) {
      LawReport(day, article);
    } else if (kind < 70) {
      Partnership(day, article);
    } else {
      Statement(day, article);
    }
    return true;
  }

 private:
  // Appends a paragraph (a line of the text).
  void Paragraph(std::string_view text, SyntheticArticle* article) {
    if (!article->text.empty()) article->text.push_back('\n');
    article->text.append(text);
  }

  std::string Source() { return std::string(random_.Pick(v::NewsSources())); }

  // When the decree or vote happened, said the ways the agencies say it.
  std::string When(const CalendarDay& day) {
    switch (random_.Below(3)) {
      case 0:
        return " on " + std::string(day.WeekdayName());
      case 1:
        return " on " + day.MonthDay();
      default:
        return "";
    }
  }

  std::string Number(int low, int high) { return std::to_string(random_.Between(low, high)); }
  std::string Decimal(int low, int high) {
    return Number(low, high) + "." + std::to_string(random_.Below(10));
  }

  // Replaces the {placeholders} of a vocabulary sentence.
  std::string Fill(std::string_view pattern, const CalendarDay& day) {
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
      const size_t open = pattern.find('{', i);
      if (open == std::string_view::npos) break;
      const size_t close = pattern.find('}', open);
      out.append(pattern.substr(i, open - i));
      const std::string_view key = pattern.substr(open + 1, close - open - 1);
      if (key == "region")
        out.append(random_.Pick(v::Regions()));
      else if (key == "city")
        out.append(random_.Pick(v::Cities()));
      else if (key == "country")
        out.append(random_.Pick(v::Countries()));
      else if (key == "sector")
        out.append(random_.Pick(v::Sectors()));
      else if (key == "product")
        out.append(random_.Pick(v::Products()));
      else if (key == "year")
        out.append(std::to_string(day.year + random_.Between(-1, 4)));
      else if (key == "n")
        out.append(Number(10, 900));
      else if (key == "m")
        out.append(Number(2, 12));
      else if (key == "x")
        out.append(Decimal(1, 99));
      else if (key == "pct")
        out.append(Decimal(1, 40));
      i = close + 1;
    }
    out.append(pattern.substr(i));
    return out;
  }

  void Filler(int low, int high, const CalendarDay& day, SyntheticArticle* article) {
    const int sentences = random_.Between(low, high);
    for (int i = 0; i < sentences; ++i) {
      std::string text = Fill(random_.Pick(v::FillerSentences()), day);
      if (random_.Percent(60)) text += " " + Fill(random_.Pick(v::FillerSentences()), day);
      Paragraph(text, article);
    }
  }

  // What an official said: the clause after "said that".
  std::string Said(const CalendarDay& day) { return Fill(random_.Pick(v::Statements()), day); }

  // "X was born in ... From 2010 to 2015, he served as ..." up to `until`.
  void Biography(const Person& person, int until, SyntheticArticle* article) {
    const std::vector<Office>& offices = world_.offices();
    Paragraph(person.surname + " was born in " + std::to_string(person.born) + " in " +
                  std::string(person.birthplace) + ".",
              article);
    std::string study = std::string(person.He()) + " graduated from " +
                        std::string(random_.Pick(v::Universities()));
    if (random_.Percent(40)) study += " and " + std::string(random_.Pick(v::Universities()));
    Paragraph(study + ".", article);
    int year = person.born + random_.Between(21, 24);
    Paragraph(std::string(person.He()) + " began " + std::string(person.his()) + " career in " +
                  std::to_string(year) + " as " + std::string(random_.Pick(v::JuniorRoles())) +
                  " at " + std::string(random_.Pick(v::Employers())) + ".",
              article);
    year += random_.Between(2, 6);
    const int steps = random_.Between(2, 5);
    for (int step = 0; step < steps && year < until; ++step) {
      const int next = year + random_.Between(1, 5);
      if (next >= until) break;
      const std::string& post = offices[world_.PickAnyOffice(random_)].name;
      const std::string from = std::to_string(year), to = std::to_string(next);
      switch (random_.Below(4)) {
        case 0:
          Paragraph("From " + from + " to " + to + ", " + std::string(person.he()) + " served as " +
                        post + ".",
                    article);
          break;
        case 1:
          Paragraph("From " + std::string(MonthName(random_.Between(1, 12))) + " " + from + " to " +
                        std::string(MonthName(random_.Between(1, 12))) + " " + to + ", " +
                        std::string(person.he()) + " worked as " + post + ".",
                    article);
          break;
        case 2:
          Paragraph(
              "In " + from + "-" + to + ", " + std::string(person.he()) + " was " + post + ".",
              article);
          break;
        default:
          Paragraph("Between " + from + " and " + to + ", " + std::string(person.he()) +
                        " held the post of " + post + ".",
                    article);
      }
      year = next;
    }
    if (year < until && random_.Percent(70)) {
      Paragraph("Since " + std::to_string(year) + ", " + std::string(person.he()) +
                    " has been serving as " + offices[world_.PickAnyOffice(random_)].name + ".",
                article);
    }
  }

  void Appointment(const CalendarDay& day, SyntheticArticle* article) {
    Office& office = world_.offices()[world_.PickBusyOffice(random_)];
    const uint64_t index = world_.RandomPerson(random_);
    const Person person = world_.person(index);
    const int64_t previous = office.holder;
    office.holder = static_cast<int64_t>(index);
    const std::string name = person.name();
    switch (random_.Below(4)) {
      case 0:
        article->title = name + " appointed " + office.name;
        break;
      case 1:
        article->title = "New " + office.name + " appointed";
        break;
      case 2:
        article->title = person.surname + " named " + office.name;
        break;
      default:
        article->title = "Head of State appoints " + office.name;
    }
    switch (random_.Below(5)) {
      case 0:
        Paragraph(name + " has been appointed " + office.name +
                      " by the Decree of the Head of State, " + Source() + " reports.",
                  article);
        break;
      case 1:
        Paragraph("By the Decree of the Head of State, " + name + " has been appointed " +
                      office.name + ", " + Source() + " reports.",
                  article);
        break;
      case 2:
        Paragraph("President Kassym-Jomart Tokayev has signed a decree appointing " + name +
                      " as " + office.name + ", the Akorda press service reports.",
                  article);
        break;
      case 3:
        Paragraph("By the Decree of the Government, " + name + " has been appointed " +
                      office.name + ", " + Source() + " reports.",
                  article);
        break;
      default:
        Paragraph(name + " has been named " + office.name + ", " + Source() + " reports.", article);
    }
    if (random_.Percent(30)) {
      Paragraph("The decree was signed on " + std::string(day.WeekdayName()) + ", " +
                    day.MonthDay() + ".",
                article);
    }
    if (previous >= 0 && previous != office.holder && random_.Percent(50)) {
      const Person before = world_.person(static_cast<uint64_t>(previous));
      Paragraph("By another decree of the Head of State, " + before.name() +
                    " has been relieved of " + std::string(before.his()) + " post as " +
                    office.name + " in connection with " + std::string(before.his()) +
                    " transfer to another job.",
                article);
    }
    if (random_.Percent(70)) Biography(person, day.year, article);
    Filler(5, 9, day, article);
  }

  void Dismissal(const CalendarDay& day, SyntheticArticle* article) {
    Office& office = world_.offices()[world_.PickBusyOffice(random_)];
    const uint64_t index =
        office.holder >= 0 ? static_cast<uint64_t>(office.holder) : world_.RandomPerson(random_);
    office.holder = -1;
    const Person person = world_.person(index);
    const std::string name = person.name();
    switch (random_.Below(3)) {
      case 0:
        article->title = name + " relieved of " + std::string(person.his()) + " post";
        break;
      case 1:
        article->title = office.name + " dismissed";
        break;
      default:
        article->title = person.surname + " dismissed as " + office.name;
    }
    switch (random_.Below(3)) {
      case 0:
        Paragraph(name + " has been relieved of " + std::string(person.his()) + " post as " +
                      office.name + " by the Decree of the Head of State, " + Source() +
                      " reports.",
                  article);
        break;
      case 1:
        Paragraph("By the Decree of the Head of State, " + name +
                      " has been dismissed from the post of " + office.name + ", " + Source() +
                      " reports.",
                  article);
        break;
      default:
        Paragraph("Head of State Kassym-Jomart Tokayev has signed a decree" + When(day) +
                      " relieving " + name + " of " + std::string(person.his()) + " duties as " +
                      office.name + ".",
                  article);
    }
    Paragraph(person.surname + " had held the post since " +
                  std::string(MonthName(random_.Between(1, 12))) + " " +
                  std::to_string(day.year - random_.Between(1, 6)) + ".",
              article);
    if (random_.Percent(40)) {
      Paragraph(std::string(person.He()) + " has been transferred to another job.", article);
    }
    Filler(5, 9, day, article);
  }

  // A minister's remark on a law or a meeting: a post seen in passing.
  void MinisterRemark(size_t field, const CalendarDay& day, SyntheticArticle* article) {
    Office& office = world_.offices()[field];  // ministers come first
    if (office.holder < 0) office.holder = static_cast<int64_t>(world_.RandomPerson(random_));
    const Person person = world_.person(static_cast<uint64_t>(office.holder));
    Paragraph("Presenting the document, " + office.name + " " + person.name() + " said that " +
                  Said(day) + ".",
              article);
  }

  void LawReport(const CalendarDay& day, SyntheticArticle* article) {
    Law& law = world_.PickLaw(random_);
    const std::string topic = law.topic;
    const std::string field(v::MinistryFields()[law.drafting_field]);
    const std::string source = Source();
    switch (law.stage) {
      case LawStage::kDrafted:
        article->title = "Ministry of " + field + " drafts law on " + topic;
        Paragraph("The Ministry of " + field + " has developed the draft law on " + topic + ", " +
                      source + " reports.",
                  article);
        law.stage = LawStage::kSubmitted;
        break;
      case LawStage::kSubmitted:
        article->title = "Government submits " + topic + " bill to Majilis";
        Paragraph("The Government submitted the draft law on " + topic + " to the Majilis" +
                      When(day) + ", " + source + " reports.",
                  article);
        Paragraph("The bill was developed by the Ministry of " + field + ".", article);
        law.stage = LawStage::kFirstReading;
        break;
      case LawStage::kFirstReading:
        article->title = "Majilis approves " + topic + " bill in first reading";
        Paragraph("The Majilis adopted the draft law on " + topic + " in the first reading" +
                      When(day) + ", " + source + " reports.",
                  article);
        if (random_.Percent(50)) MinisterRemark(law.drafting_field, day, article);
        law.stage = LawStage::kSecondReading;
        break;
      case LawStage::kSecondReading:
        article->title = "Majilis passes law on " + topic;
        Paragraph("Deputies of the Majilis adopted the draft law on " + topic +
                      " in the second reading" + When(day) + ", " + source + " reports.",
                  article);
        law.stage = LawStage::kSenate;
        break;
      case LawStage::kSenate:
        if (random_.Percent(25)) {
          article->title = "Senate returns " + topic + " law to Majilis";
          Paragraph("The Senate returned the law on " + topic + " to the Majilis with amendments" +
                        When(day) + ", " + source + " reports.",
                    article);
          law.stage = LawStage::kSecondReading;
        } else {
          article->title = "Senate approves law on " + topic;
          Paragraph("The Senate approved the law on " + topic + " at its plenary session" +
                        When(day) + ", " + source + " reports.",
                    article);
          Paragraph("The document will be sent to the Head of State for signature.", article);
          law.stage = LawStage::kSigned;
        }
        break;
      case LawStage::kSigned:
        article->title = "Head of State signs law on " + topic;
        Paragraph(
            "Head of State Kassym-Jomart Tokayev signed the Law of the Republic of "
            "Kazakhstan \"On " +
                TitleCase(topic) + "\", the Akorda press service reports.",
            article);
        law.stage = LawStage::kInForce;
        break;
      case LawStage::kInForce:
      case LawStage::kDone:
        article->title = "Law on " + topic + " enters into force";
        Paragraph("The Law \"On " + TitleCase(topic) + "\" entered into force on " + day.Long() +
                      ", " + source + " reports.",
                  article);
        law.stage = LawStage::kDone;
        break;
    }
    Paragraph("The law introduces " + Number(3, 40) + " new requirements for companies in " +
                  std::string(random_.Pick(v::Sectors())) + " and simplifies licensing procedures.",
              article);
    Filler(5, 9, day, article);
  }

  void Partnership(const CalendarDay& day, SyntheticArticle* article) {
    const std::string country(random_.Pick(v::Countries()));
    const std::string level(random_.Pick(v::PartnershipLevels()));
    article->title = random_.Percent(50) ? "Kazakhstan and " + country + " elevate ties to " + level
                                         : "Kazakhstan, " + country + " agree on " + level;
    switch (random_.Below(3)) {
      case 0:
        Paragraph("Kazakhstan and " + country + " agreed" + When(day) +
                      " to raise their relations to the level of " + level + ", " + Source() +
                      " reports.",
                  article);
        break;
      case 1:
        Paragraph("President Kassym-Jomart Tokayev and the leader of " + country +
                      " signed a joint declaration on " + level + " in Astana" + When(day) + ".",
                  article);
        break;
      default:
        Paragraph(country + " is a strategic partner of Kazakhstan, President Kassym-Jomart " +
                      "Tokayev said at the talks in Astana.",
                  article);
    }
    if (random_.Percent(50)) {
      Office& minister = world_.offices()[foreign_minister_];
      if (minister.holder < 0) {
        minister.holder = static_cast<int64_t>(world_.RandomPerson(random_));
      }
      Paragraph(minister.name + " " + world_.person(static_cast<uint64_t>(minister.holder)).name() +
                    " said that " + Said(day) + ".",
                article);
    }
    Filler(6, 10, day, article);
  }

  void Statement(const CalendarDay& day, SyntheticArticle* article) {
    Office& office = world_.offices()[world_.PickBusyOffice(random_)];
    if (office.holder < 0) office.holder = static_cast<int64_t>(world_.RandomPerson(random_));
    const Person person = world_.person(static_cast<uint64_t>(office.holder));
    const std::string sector(random_.Pick(v::Sectors()));
    switch (random_.Below(3)) {
      case 0:
        article->title = office.name + " reports on " + sector;
        Paragraph(office.name + " " + person.name() + " said that " + Said(day) + ", " + Source() +
                      " reports.",
                  article);
        break;
      case 1:
        article->title = "Head of State receives " + office.name;
        Paragraph("Head of State Kassym-Jomart Tokayev received " + office.name + " " +
                      person.name() + ", the Akorda press service reports.",
                  article);
        Paragraph(person.surname + " reported that " + Said(day) + ".", article);
        break;
      default:
        article->title = Capitalized(sector) + ": " + person.surname + " outlines priorities";
        Paragraph("Speaking at the Government meeting" + When(day) + ", " + office.name + " " +
                      person.name() + " said that " + Said(day) + ".",
                  article);
    }
    Filler(6, 10, day, article);
  }

  SyntheticCorpusOptions options_;
  Random random_;
  World world_;
  int64_t first_day_;
  size_t foreign_minister_ = 0;  // in world_.offices()
  uint64_t produced_ = 0;
};

SyntheticCorpus::SyntheticCorpus(const SyntheticCorpusOptions& options)
    : generator_(std::make_unique<Generator>(options)) {}

SyntheticCorpus::~SyntheticCorpus() = default;

bool SyntheticCorpus::Next(SyntheticArticle* article) { return generator_->Next(article); }

}  // namespace kg::bench
