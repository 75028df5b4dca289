#include "query/export/json_writer.h"

#include "query/export/escaping.h"

namespace kg {

void JsonWriter::NewLine() {
  if (indent_ == 0) return;
  out_ << '\n' << std::string(has_element_.size() * indent_, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_element_.empty()) return;
  if (has_element_.back()) out_ << ',';
  has_element_.back() = true;
  NewLine();
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ << bracket;
  has_element_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  const bool had_element = has_element_.back();
  has_element_.pop_back();
  if (had_element) NewLine();
  out_ << bracket;
  if (has_element_.empty() && indent_ != 0) out_ << '\n';
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_ << JsonQuote(key) << (indent_ != 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ << JsonQuote(value);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ << (value ? "true" : "false");
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  out_ << value;
}

void JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
}

void JsonWriter::Field(std::string_view key, std::string_view value) {
  Key(key);
  String(value);
}

void JsonWriter::FieldIfNotEmpty(std::string_view key, std::string_view value) {
  if (!value.empty()) Field(key, value);
}

void JsonWriter::StringList(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  BeginArray();
  for (const std::string& value : values) String(value);
  EndArray();
}

}  // namespace kg
