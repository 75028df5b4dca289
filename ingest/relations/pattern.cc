#include "ingest/relations/pattern.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "absl/strings/str_split.h"
#include "ingest/recognize/phrase_table.h"

namespace kg {

struct Pattern::Node {
  enum class Kind { kWord, kMention, kOptional, kAlternatives, kSkip, kStart, kEnd };
  Kind kind = Kind::kWord;
  // kWord: accepted words (normalized); a trailing '*' marks a prefix.
  std::vector<std::string> words;
  // kMention
  std::vector<MentionType> types;  // empty = any
  std::vector<std::string> qualifiers;
  std::string role;
  bool list = false;
  // kOptional: children[0]; kAlternatives: one sequence per child.
  std::vector<std::vector<Node>> children;
  // kSkip
  int max_skip = 0;
  bool skip_mentions = false;
};

namespace {

using Node = Pattern::Node;
using Captures = std::vector<std::pair<std::string, std::vector<size_t>>>;
using Continuation = std::function<bool(size_t, Captures&)>;

bool ParseType(std::string_view name, std::vector<MentionType>* out) {
  static constexpr std::pair<std::string_view, MentionType> kTypes[] = {
      {"person", MentionType::kPerson},    {"office", MentionType::kOffice},
      {"org", MentionType::kOrganization}, {"country", MentionType::kCountry},
      {"place", MentionType::kPlace},      {"law", MentionType::kLaw},
      {"time", MentionType::kTime},        {"pronoun", MentionType::kPronoun}};
  if (name == "any") return true;
  for (const auto& [type_name, type] : kTypes) {
    if (type_name == name) {
      out->push_back(type);
      return true;
    }
  }
  return false;
}

class Parser {
 public:
  explicit Parser(std::vector<std::string> tokens) : tokens_(std::move(tokens)) {}

  absl::StatusOr<std::vector<Node>> ParseAll() {
    auto seq = ParseSequence();
    if (!seq.ok()) return seq.status();
    if (pos_ != tokens_.size()) return Error("unexpected '" + tokens_[pos_] + "'");
    return seq;
  }

 private:
  absl::Status Error(const std::string& message) const {
    return absl::InvalidArgumentError("pattern: " + message);
  }

  absl::StatusOr<std::vector<Node>> ParseSequence() {
    std::vector<Node> seq;
    while (pos_ < tokens_.size()) {
      const std::string& t = tokens_[pos_];
      if (t == "]" || t == ")" || t == "|") break;
      auto node = ParseElement();
      if (!node.ok()) return node.status();
      seq.push_back(std::move(*node));
    }
    return seq;
  }

  absl::StatusOr<Node> ParseElement() {
    const std::string t = tokens_[pos_++];
    Node node;
    if (t == "[") {
      node.kind = Node::Kind::kOptional;
      auto inner = ParseSequence();
      if (!inner.ok()) return inner.status();
      if (pos_ >= tokens_.size() || tokens_[pos_] != "]") return Error("missing ]");
      ++pos_;
      node.children.push_back(std::move(*inner));
      return node;
    }
    if (t == "(") {
      node.kind = Node::Kind::kAlternatives;
      while (true) {
        auto inner = ParseSequence();
        if (!inner.ok()) return inner.status();
        node.children.push_back(std::move(*inner));
        if (pos_ >= tokens_.size()) return Error("missing )");
        if (tokens_[pos_++] == ")") break;
      }
      return node;
    }
    if (t == "^" || t == "$") {
      node.kind = t == "^" ? Node::Kind::kStart : Node::Kind::kEnd;
      return node;
    }
    if (t.size() > 1 && t[0] == '~') {
      node.kind = Node::Kind::kSkip;
      node.skip_mentions = t.size() > 2 && t[1] == '~';
      node.max_skip = std::stoi(t.substr(node.skip_mentions ? 2 : 1));
      return node;
    }
    if (t.size() > 2 && t[0] == '<') {
      node.kind = Node::Kind::kMention;
      std::string body = t.substr(1);
      if (body.back() == '+') {
        node.list = true;
        body.pop_back();
      }
      if (body.empty() || body.back() != '>') return Error("bad mention element " + t);
      body.pop_back();
      const size_t colon = body.find(':');
      if (colon != std::string::npos) {
        node.role = body.substr(colon + 1);
        body = body.substr(0, colon);
      }
      const size_t slash = body.find('/');
      if (slash != std::string::npos) {
        node.qualifiers = absl::StrSplit(body.substr(slash + 1), '|');
        body = body.substr(0, slash);
      }
      for (absl::string_view type : absl::StrSplit(body, '|')) {
        if (!ParseType(std::string(type), &node.types)) {
          return Error("unknown mention type " + std::string(type));
        }
      }
      return node;
    }
    node.kind = Node::Kind::kWord;
    if (t.size() > 1 && t[0] == '\\') {
      node.words.push_back(t.substr(1));
      return node;
    }
    for (absl::string_view word : absl::StrSplit(t, '|')) {
      node.words.push_back(NormalizeTokenText(std::string(word)));
    }
    return node;
  }

  std::vector<std::string> tokens_;
  size_t pos_ = 0;
};

// Brackets and parentheses are elements of their own even when written
// against a word: "[as]" is "[", "as", "]".
std::vector<std::string> SplitNotation(std::string_view notation) {
  std::vector<std::string> out;
  for (absl::string_view word : absl::StrSplit(std::string(notation), ' ', absl::SkipEmpty())) {
    std::string w(word);
    // "\(" is a literal parenthesis (or bracket), not a group.
    if (w.size() > 1 && w[0] == '\\') {
      out.push_back(w);
      continue;
    }
    while (!w.empty() && (w[0] == '[' || w[0] == '(')) {
      out.push_back(std::string(1, w[0]));
      w.erase(0, 1);
    }
    // A mention element ends at its '>' (or the '+' of a list): closers
    // after that are brackets of their own ("[<person:by>]").
    size_t keep = w.size();
    while (keep > 0 && (w[keep - 1] == ']' || w[keep - 1] == ')')) --keep;
    if (w[0] == '<' && keep > 0 && w[keep - 1] != '>' && w[keep - 1] != '+') keep = w.size();
    std::vector<std::string> closers;
    while (w.size() > keep) {
      closers.push_back(std::string(1, w.back()));
      w.pop_back();
    }
    if (!w.empty()) out.push_back(w);
    out.insert(out.end(), closers.rbegin(), closers.rend());
  }
  return out;
}

thread_local uint64_t steps_on_this_thread = 0;

class Matcher {
 public:
  explicit Matcher(const SentenceItems& items) : items_(items) {
    last_ = items.size();
    // A final period does not count for '$'.
    if (last_ > 0 && items[last_ - 1].token != nullptr && items[last_ - 1].token->is('.')) {
      --last_;
    }
  }

  bool MatchSeq(const std::vector<Node>& seq, size_t index, size_t pos, Captures& caps,
                const Continuation& k) const {
    ++steps_on_this_thread;
    if (index == seq.size()) return k(pos, caps);
    const Node& node = seq[index];
    auto next = [&](size_t p, Captures& c) { return MatchSeq(seq, index + 1, p, c, k); };
    switch (node.kind) {
      case Node::Kind::kWord:
        return pos < items_.size() && WordMatches(node, pos) && next(pos + 1, caps);
      case Node::Kind::kMention:
        return MatchMention(node, pos, caps, next);
      case Node::Kind::kOptional:
        if (MatchSeq(node.children[0], 0, pos, caps, next)) return true;
        return next(pos, caps);
      case Node::Kind::kAlternatives:
        for (const auto& alternative : node.children) {
          if (MatchSeq(alternative, 0, pos, caps, next)) return true;
        }
        return false;
      case Node::Kind::kSkip:
        for (int n = 0; n <= node.max_skip && pos + n <= items_.size(); ++n) {
          if (n > 0 && items_[pos + n - 1].token == nullptr) {
            // ~N skips plain tokens only; ~~N also skips mentions, but never a
            // person's: a pattern that skipped one would attribute the fact to
            // the wrong person ("X, former head of Y, Z, ... became").
            if (!node.skip_mentions) break;
            if (items_[pos + n - 1].mention->type == MentionType::kPerson) break;
          }
          if (next(pos + n, caps)) return true;
        }
        return false;
      case Node::Kind::kStart:
        return pos == 0 && next(pos, caps);
      case Node::Kind::kEnd:
        return pos >= last_ && next(pos, caps);
    }
    return false;
  }

 private:
  bool WordMatches(const Node& node, size_t pos) const {
    const SentenceItem& item = items_[pos];
    if (item.token == nullptr) return false;
    const std::string& text = item.token->normalized;
    for (const std::string& word : node.words) {
      if (word.size() > 1 && word.back() == '*') {
        if (text.compare(0, word.size() - 1, word, 0, word.size() - 1) == 0) return true;
      } else if (text == word) {
        return true;
      }
    }
    return false;
  }

  bool MentionMatches(const Node& node, size_t pos) const {
    if (pos >= items_.size() || items_[pos].mention == nullptr) return false;
    const Mention& m = *items_[pos].mention;
    if (!node.types.empty()) {
      bool ok = false;
      for (MentionType type : node.types) ok = ok || type == m.type;
      if (!ok) return false;
    }
    if (node.qualifiers.empty()) return true;
    for (const std::string& q : node.qualifiers) {
      if (q == "former" ? m.office.former : q == m.category) return true;
      if (q == "current" && !m.office.former) return true;
    }
    return false;
  }

  bool MatchMention(const Node& node, size_t pos, Captures& caps,
                    const std::function<bool(size_t, Captures&)>& next) const {
    if (!MentionMatches(node, pos)) return false;
    std::vector<size_t> matched = {pos};
    size_t end = pos + 1;
    if (node.list) {
      // Greedily extend "A, B, C and D" / "A and B", then back off. A list
      // of persons ends with its "and": "A, B" alone is two clauses' people
      // ("by the decree of the Head of State X, Y has been appointed"). Posts
      // may be listed with commas alone ("Ambassador to A, Ambassador to B").
      const bool needs_and =
          std::find(node.types.begin(), node.types.end(), MentionType::kPerson) != node.types.end();
      std::vector<std::pair<size_t, std::vector<size_t>>> ends = {{end, matched}};
      size_t p = end;
      // A longer list is a roll call, not the subject of one act; the bound
      // keeps a sentence of thousands of names linear to read.
      constexpr size_t kMaxListItems = 64;
      while (matched.size() < kMaxListItems) {
        ++steps_on_this_thread;
        size_t q = p;
        if (q < items_.size() && items_[q].token && items_[q].token->is(',')) ++q;
        bool joined_by_and = false;
        if (q < items_.size() && items_[q].token &&
            items_[q].token->normalized == "and") {
          ++q;
          joined_by_and = true;
        }
        if (q == p || !MentionMatches(node, q)) break;
        matched.push_back(q);
        p = q + 1;
        if (joined_by_and || !needs_and) ends.push_back({p, matched});
        if (joined_by_and) break;
      }
      for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
        if (TryCapture(node, it->second, it->first, caps, next)) return true;
      }
      return false;
    }
    return TryCapture(node, matched, end, caps, next);
  }

  bool TryCapture(const Node& node, const std::vector<size_t>& matched, size_t end, Captures& caps,
                  const std::function<bool(size_t, Captures&)>& next) const {
    if (node.role.empty()) return next(end, caps);
    caps.emplace_back(node.role, matched);
    if (next(end, caps)) return true;
    caps.pop_back();
    return false;
  }

  const SentenceItems& items_;
  size_t last_;
};

}  // namespace

int PatternMatch::Item(std::string_view role) const {
  for (const auto& [name, items] : captures) {
    if (name == role && !items.empty()) return static_cast<int>(items.front());
  }
  return -1;
}

std::vector<size_t> PatternMatch::Items(std::string_view role) const {
  std::vector<size_t> out;
  for (const auto& [name, items] : captures) {
    if (name == role) out.insert(out.end(), items.begin(), items.end());
  }
  return out;
}

absl::StatusOr<Pattern> Pattern::Compile(std::string_view notation) {
  Parser parser(SplitNotation(notation));
  auto nodes = parser.ParseAll();
  if (!nodes.ok()) {
    return absl::InvalidArgumentError(std::string(nodes.status().message()) + " in \"" +
                                      std::string(notation) + "\"");
  }
  Pattern pattern;
  for (const Node& node : *nodes) {
    if (node.kind == Node::Kind::kWord) {
      pattern.required_words_ = node.words;
      break;
    }
  }
  pattern.nodes_ = std::make_shared<const std::vector<Node>>(std::move(*nodes));
  return pattern;
}

namespace {

bool AnyWordPresent(const SentenceItems& items, const std::vector<std::string>& words) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].token == nullptr) continue;
    const std::string& text = items[i].token->normalized;
    for (const std::string& word : words) {
      if (word.size() > 1 && word.back() == '*'
              ? text.compare(0, word.size() - 1, word, 0, word.size() - 1) == 0
              : text == word) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

uint64_t Pattern::StepsOnThisThread() { return steps_on_this_thread; }

std::vector<PatternMatch> Pattern::FindAll(const SentenceItems& items) const {
  std::vector<PatternMatch> matches;
  if (!required_words_.empty() && !AnyWordPresent(items, required_words_)) return matches;
  Matcher matcher(items);
  size_t start = 0;
  while (start < items.size()) {
    PatternMatch found;
    Captures caps;
    const bool ok = matcher.MatchSeq(*nodes_, 0, start, caps, [&](size_t end, Captures& c) {
      if (end == start) return false;  // an empty match says nothing
      found.begin = start;
      found.end = end;
      found.captures = c;
      return true;
    });
    if (ok) {
      matches.push_back(found);
      start = found.end;
    } else {
      ++start;
    }
  }
  return matches;
}

}  // namespace kg
