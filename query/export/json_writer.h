// JsonWriter: a small streaming JSON writer for the Cytoscape.js and HTML
// exports. It keeps track of commas and indentation so that writers read as
// the document they produce; strings go through JsonQuote (escaping.h), so
// the output is also safe inside an HTML <script> element.
//
//   JsonWriter json(out, /*indent=*/2);
//   json.BeginObject();
//   json.Key("name");
//   json.String("Astana");
//   json.EndObject();
//
// Misuse (a value where a key is due, unbalanced Begin/End) is a programmer
// error and is not diagnosed.
#ifndef KG_QUERY_EXPORT_JSON_WRITER_H_
#define KG_QUERY_EXPORT_JSON_WRITER_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class JsonWriter {
 public:
  // `indent` 0 writes everything on one line.
  explicit JsonWriter(std::ostream& out, int indent = 0) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view key);
  void String(std::string_view value);
  void Bool(bool value);
  void Int(int64_t value);
  void Null();

  // Key and value together; the *IfNotEmpty forms write nothing for "".
  void Field(std::string_view key, std::string_view value);
  void FieldIfNotEmpty(std::string_view key, std::string_view value);
  void StringList(std::string_view key, const std::vector<std::string>& values);

 private:
  void Open(char bracket);
  void Close(char bracket);
  // Writes the comma and line break due before a value or key.
  void BeforeValue();
  void NewLine();

  std::ostream& out_;
  const int indent_;
  // One entry per open container: whether it has an element yet.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace kg

#endif  // KG_QUERY_EXPORT_JSON_WRITER_H_
