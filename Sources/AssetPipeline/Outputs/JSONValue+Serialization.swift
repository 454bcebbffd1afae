// Deterministic JSON text: two-space indentation, `"key": value`, keys
// sorted by UTF-8 bytes, one member or element per line, `{}` and `[]` when
// empty, a final newline. Strings are UTF-8 with only `"`, `\` and control
// characters escaped, plus U+2028 and U+2029 so the text is also valid
// JavaScript. The same value always gives the same bytes.
//
//     {"b": [1], "a": {}}  ⇒  {
//                               "a": {},
//                               "b": [
//                                 1
//                               ]
//                             }
//
// `compactText()` writes the same value on one line, without spaces:
// `{"a":{},"b":[1]}`, for showing a value inside a line of text.
extension JSONValue {
  /// The JSON text of this value, ending in a newline.
  public func serialized() -> [UInt8] {
    var output: [UInt8] = []
    write(to: &output, indent: 0)
    output.append(UInt8(ascii: "\n"))
    return output
  }

  /// The JSON text of this value on one line, without whitespace.
  public func compactText() -> String {
    var output: [UInt8] = []
    write(to: &output, indent: nil)
    return String(decoding: output, as: UTF8.self)
  }

  /// Writes the value; `indent` nil writes it compactly on one line.
  private func write(to output: inout [UInt8], indent: Int?) {
    switch self {
    case .null: output += Array("null".utf8)
    case .bool(let value): output += Array((value ? "true" : "false").utf8)
    case .number(let text): output += Array(text.utf8)
    case .string(let text): JSONValue.writeString(text, to: &output)

    case .array(let elements):
      guard !elements.isEmpty else { return output += Array("[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSONValue.newline(&output, indent: indent.map { $0 + 2 })
        element.write(to: &output, indent: indent.map { $0 + 2 })
      }
      JSONValue.newline(&output, indent: indent)
      output.append(UInt8(ascii: "]"))

    case .object(let members):
      guard !members.isEmpty else { return output += Array("{}".utf8) }
      output.append(UInt8(ascii: "{"))
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (index, key) in keys.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSONValue.newline(&output, indent: indent.map { $0 + 2 })
        JSONValue.writeString(key, to: &output)
        output += Array((indent == nil ? ":" : ": ").utf8)
        members[key]!.write(to: &output, indent: indent.map { $0 + 2 })
      }
      JSONValue.newline(&output, indent: indent)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ output: inout [UInt8], indent: Int?) {
    guard let indent else { return }
    output.append(UInt8(ascii: "\n"))
    output += [UInt8](repeating: UInt8(ascii: " "), count: indent)
  }

  private static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += Array("\\\"".utf8)
      case "\\": output += Array("\\\\".utf8)
      case "\n": output += Array("\\n".utf8)
      case "\r": output += Array("\\r".utf8)
      case "\t": output += Array("\\t".utf8)
      case "\u{08}": output += Array("\\b".utf8)
      case "\u{0C}": output += Array("\\f".utf8)
      case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
        output += Array(unicodeEscape(scalar.value).utf8)
      default:
        output += Array(String(scalar).utf8)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `\uXXXX` in lowercase hex for a scalar in the Basic Multilingual Plane.
  static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
