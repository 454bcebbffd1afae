/// Escapes `</script`, `<!--` and `-->` inside the raw text of template
/// literals and regular expressions, where `\x3C` and `\x3E` mean the same
/// character:
///
///     `</script>`  ⇒ `\x3C/script>`      /-->/ ⇒ /--\x3E/
///
/// A `<` or `>` already escaped by a backslash (`\<`) has its escape
/// replaced rather than doubled.
enum LiteralHazards {
  /// Does `text` contain a hazard (ASCII case-insensitive `</script`)?
  static func contains(_ text: ArraySlice<UInt8>) -> Bool {
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      if byte == UInt8(ascii: "<"), startsOpenHazard(text, at: index) { return true }
      if byte == UInt8(ascii: ">"), endsCloseHazard(text, at: index) { return true }
      index += 1
    }
    return false
  }

  static func escaped(_ text: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.count + 8)
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      let isHazard = byte == UInt8(ascii: "<") && startsOpenHazard(text, at: index)
        || byte == UInt8(ascii: ">") && endsCloseHazard(text, at: index)
      if isHazard {
        // Count the backslashes before it: odd means `\<`, an escape.
        var slashes = 0
        var back = out.count - 1
        while back >= 0, out[back] == UInt8(ascii: "\\") {
          slashes += 1
          back -= 1
        }
        if slashes % 2 == 1 { out.removeLast() }
        out += Array((byte == UInt8(ascii: "<") ? #"\x3C"# : #"\x3E"#).utf8)
      } else {
        out.append(byte)
      }
      index += 1
    }
    return out
  }

  static func startsOpenHazard(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
    matches(text, at: index, "</script") || matches(text, at: index, "<!--")
  }

  static func endsCloseHazard(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
    index - 2 >= text.startIndex && text[index - 1] == UInt8(ascii: "-")
      && text[index - 2] == UInt8(ascii: "-")
  }

  static func matches(_ text: ArraySlice<UInt8>, at index: Int, _ word: String) -> Bool {
    let pattern = Array(word.utf8)
    guard index + pattern.count <= text.endIndex else { return false }
    for (offset, expected) in pattern.enumerated() {
      var byte = text[index + offset]
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 0x20 }
      if byte != expected { return false }
    }
    return true
  }
}
