#include <algorithm>

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {

MentionDraft::MentionDraft(const Sentence& sentence)
    : sentence_(&sentence), owner_(sentence.tokens.size(), -1) {
  // Words of four letters or more after the first: in running text most are
  // lower case, in a headline most are capitalized.
  int words = 0;
  int capitalized = 0;
  for (size_t i = 1; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    if (!t.is_word() || t.text.size() < 4) continue;
    ++words;
    if (t.capitalized()) ++capitalized;
  }
  // Headlines carry no final period; running text does.
  const Token* last = sentence.tokens.empty() ? nullptr : &sentence.tokens.back();
  const bool ends_like_text = last != nullptr && (last->is('.') || last->is('?') || last->is('!') ||
                                                  last->is('"') || last->text == "”");
  headline_ = !ends_like_text && words >= 3 && capitalized * 10 >= words * 7;
}

bool MentionDraft::AllFree(size_t first, size_t last) const {
  if (last > owner_.size() || first >= last) return false;
  for (size_t i = first; i < last; ++i) {
    if (owner_[i] >= 0) return false;
  }
  return true;
}

const Mention* MentionDraft::MentionAt(size_t i) const {
  if (i >= owner_.size() || owner_[i] < 0) return nullptr;
  return &mentions_[owner_[i]];
}

bool MentionDraft::Add(Mention mention) {
  if (!AllFree(mention.first, mention.last)) return false;
  const int index = static_cast<int>(mentions_.size());
  for (size_t i = mention.first; i < mention.last; ++i) owner_[i] = index;
  mentions_.push_back(std::move(mention));
  removed_.push_back(false);
  return true;
}

bool MentionDraft::Absorb(Mention mention, const std::vector<MentionType>& keep) {
  if (mention.first >= mention.last || mention.last > owner_.size()) return false;
  std::vector<int> inside;
  for (size_t i = mention.first; i < mention.last; ++i) {
    const int owner = owner_[i];
    if (owner < 0) continue;
    const Mention& m = mentions_[owner];
    if (m.first < mention.first || m.last > mention.last) return false;  // would cut it
    if (std::find(keep.begin(), keep.end(), m.type) != keep.end()) return false;
    if (std::find(inside.begin(), inside.end(), owner) == inside.end()) inside.push_back(owner);
  }
  for (int owner : inside) removed_[owner] = true;
  const int index = static_cast<int>(mentions_.size());
  for (size_t i = mention.first; i < mention.last; ++i) owner_[i] = index;
  mentions_.push_back(std::move(mention));
  removed_.push_back(false);
  return true;
}

std::vector<Mention> MentionDraft::Finish() && {
  std::vector<Mention> out;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (!removed_[i]) out.push_back(std::move(mentions_[i]));
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  return out;
}

const std::string& MentionDraft::Word(size_t i) const {
  static const std::string kNone;
  return i < size() ? tokens()[i].normalized : kNone;
}

}  // namespace kg
