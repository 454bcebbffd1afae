/// Byte and Unicode character classes of ECMA-262 §12.2–12.3 and §12.7.
enum CharacterClass {
  /// ASCII bytes that may start an identifier: `A-Z a-z $ _`.
  @inline(__always)
  static func isASCIIIdentifierStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "_")
  }

  /// ASCII bytes that may continue an identifier: the above and `0-9`.
  @inline(__always)
  static func isASCIIIdentifierPart(_ byte: UInt8) -> Bool {
    isASCIIIdentifierStart(byte) || isDigit(byte)
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"):
      return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"):
      return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// ID_Start plus `$` and `_` (§12.7 IdentifierStartChar).
  static func isIdentifierStart(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return isASCIIIdentifierStart(UInt8(scalar)) }
    guard let value = Unicode.Scalar(scalar) else { return false }
    return value.properties.isIDStart
  }

  /// ID_Continue plus `$`, ZWNJ and ZWJ (§12.7 IdentifierPartChar).
  static func isIdentifierPart(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return isASCIIIdentifierPart(UInt8(scalar)) }
    if scalar == 0x200C || scalar == 0x200D { return true }
    guard let value = Unicode.Scalar(scalar) else { return false }
    return value.properties.isIDContinue
  }

  /// Non-ASCII WhiteSpace (§12.2): NBSP, ZWNBSP and category Zs.
  static func isUnicodeWhitespace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
      return true
    default: return false
    }
  }

  /// LS and PS, the non-ASCII LineTerminators (§12.3).
  static func isUnicodeLineTerminator(_ scalar: UInt32) -> Bool {
    scalar == 0x2028 || scalar == 0x2029
  }

  /// Decodes the UTF-8 scalar at `index`: its value and length, or nil
  /// for malformed UTF-8.
  static func decodeScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (scalar: UInt32, length: Int)? {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
    case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
    case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard value >= minimum, value <= 0x10FFFF,
      !(0xD800...0xDFFF).contains(value)
    else { return nil }
    return (value, length)
  }
}
