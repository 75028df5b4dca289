#include "ingest/recognize/mention.h"

#include <algorithm>

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/sentence_items.h"

namespace kg {

std::string_view MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kPerson:
      return "person";
    case MentionType::kOffice:
      return "office";
    case MentionType::kOrganization:
      return "org";
    case MentionType::kCountry:
      return "country";
    case MentionType::kPlace:
      return "place";
    case MentionType::kLaw:
      return "law";
    case MentionType::kTime:
      return "time";
    case MentionType::kPronoun:
      return "pronoun";
  }
  return "";
}

NodeKind Mention::node_kind() const {
  switch (type) {
    case MentionType::kOffice:
      return NodeKind::kOffice;
    case MentionType::kOrganization:
      return NodeKind::kOrganization;
    case MentionType::kCountry:
      return NodeKind::kCountry;
    case MentionType::kPlace:
      return NodeKind::kPlace;
    case MentionType::kLaw:
      return NodeKind::kLaw;
    default:
      return NodeKind::kPerson;
  }
}

SentenceItems::SentenceItems(const Sentence& sentence, const std::vector<Mention>& mentions)
    : sentence_(&sentence) {
  std::vector<int> covering(sentence.tokens.size(), -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (size_t t = mentions[m].first; t < mentions[m].last && t < covering.size(); ++t) {
      covering[t] = static_cast<int>(m);
    }
  }
  for (size_t t = 0; t < sentence.tokens.size(); ++t) {
    SentenceItem item;
    if (covering[t] >= 0) {
      item.mention_index = covering[t];
      item.mention = &mentions[covering[t]];
      t = mentions[covering[t]].last - 1;
    } else {
      item.token = &sentence.tokens[t];
    }
    items_.push_back(item);
  }
}

bool SentenceItems::IsWord(size_t i, std::string_view word) const {
  return i < items_.size() && items_[i].token != nullptr &&
         items_[i].token->normalized == word;
}

int SentenceItems::ItemOfMention(int mention_index) const {
  for (size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].mention_index == mention_index) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace kg
