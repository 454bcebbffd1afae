/// Decodes `\uXXXX` and `\u{X...}` in an identifier, so that `\u0061`
/// and `a` are the same name (ECMA-262 §12.7).
enum IdentifierEscapes {
  static func decode(_ text: String) -> String {
    var result = ""
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", scalars.first == "u" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      scalars.removeFirst()
      var digits = ""
      if scalars.first == "{" {
        scalars.removeFirst()
        while let digit = scalars.popFirst(), digit != "}" {
          digits.unicodeScalars.append(digit)
        }
      } else {
        for _ in 0..<4 {
          if let digit = scalars.popFirst() { digits.unicodeScalars.append(digit) }
        }
      }
      if let value = UInt32(digits, radix: 16),
        let decoded = Unicode.Scalar(value)
      {
        result.unicodeScalars.append(decoded)
      }
    }
    return result
  }
}
