/// Reading and writing string literals as UTF-16 code units, the unit of
/// JavaScript strings (a lone surrogate such as `"\uD800"` survives a
/// round trip, which a Swift `String` could not promise).
public enum StringLiteral {
  /// The value of a string literal's bytes, quotes included, as UTF-16
  /// code units (ECMA-262 §12.9.4.2 SV, with Annex B legacy escapes).
  public static func codeUnits(of literal: ArraySlice<UInt8>) -> [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(literal.count)
    var index = literal.startIndex + 1
    let end = literal.endIndex - 1
    while index < end {
      let byte = literal[index]
      if byte != UInt8(ascii: "\\") {
        index = appendScalar(literal, at: index, to: &units)
        continue
      }
      index += 1
      let escaped = literal[index]
      index += 1
      switch escaped {
      case UInt8(ascii: "b"): units.append(0x08)
      case UInt8(ascii: "f"): units.append(0x0C)
      case UInt8(ascii: "n"): units.append(0x0A)
      case UInt8(ascii: "r"): units.append(0x0D)
      case UInt8(ascii: "t"): units.append(0x09)
      case UInt8(ascii: "v"): units.append(0x0B)
      case 0x0A: break
      case 0x0D:
        if index < end, literal[index] == 0x0A { index += 1 }
      case UInt8(ascii: "x"):
        let value = hex(literal[index]) * 16 + hex(literal[index + 1])
        units.append(UInt16(value))
        index += 2
      case UInt8(ascii: "u"):
        var value: UInt32 = 0
        if literal[index] == UInt8(ascii: "{") {
          index += 1
          while literal[index] != UInt8(ascii: "}") {
            value = value * 16 + hex(literal[index])
            index += 1
          }
          index += 1
        } else {
          for _ in 0..<4 {
            value = value * 16 + hex(literal[index])
            index += 1
          }
        }
        appendUTF16(value, to: &units)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        // Legacy octal: up to three digits, at most \377.
        var value = UInt32(escaped - UInt8(ascii: "0"))
        let limit = escaped <= UInt8(ascii: "3") ? 2 : 1
        var taken = 0
        while taken < limit, index < end, literal[index] >= UInt8(ascii: "0"),
          literal[index] <= UInt8(ascii: "7")
        {
          value = value * 8 + UInt32(literal[index] - UInt8(ascii: "0"))
          index += 1
          taken += 1
        }
        units.append(UInt16(value))
      case 0xE2 where index + 1 <= end && literal[index] == 0x80
        && (literal[index + 1] == 0xA8 || literal[index + 1] == 0xA9):
        // \ LS and \ PS are line continuations.
        index += 2
      default:
        index = appendScalar(literal, at: index - 1, to: &units)
      }
    }
    return units
  }

  /// The literal for `units` in the quote that needs fewer escapes (ties
  /// go to `preferred`), escaping backslashes, line terminators, U+2028,
  /// U+2029, lone surrogates, and the `<` or `>` of `</script`, `<!--`
  /// and `-->`. Non-ASCII is written as UTF-8, or escaped when `asciiOnly`.
  public static func literal(
    for units: [UInt16], preferring preferred: UInt8 = UInt8(ascii: "\""),
    asciiOnly: Bool = false
  ) -> [UInt8] {
    var doubles = 0
    var singles = 0
    for unit in units {
      if unit == 0x22 { doubles += 1 } else if unit == 0x27 { singles += 1 }
    }
    let quote: UInt8 = doubles < singles ? UInt8(ascii: "\"")
      : singles < doubles ? UInt8(ascii: "'") : preferred

    var out: [UInt8] = [quote]
    out.reserveCapacity(units.count + 2)
    var index = 0
    while index < units.count {
      let unit = units[index]
      switch unit {
      case UInt16(quote): out += [UInt8(ascii: "\\"), quote]
      case 0x5C: out += Array(#"\\"#.utf8)
      case 0x0A: out += Array(#"\n"#.utf8)
      case 0x0D: out += Array(#"\r"#.utf8)
      case 0x08: out += Array(#"\b"#.utf8)
      case 0x0B: out += Array(#"\v"#.utf8)
      case 0x0C: out += Array(#"\f"#.utf8)
      case 0x09: out.append(0x09)
      case 0x00:
        let nextIsDigit = index + 1 < units.count
          && units[index + 1] >= 0x30 && units[index + 1] <= 0x39
        out += Array((nextIsDigit ? #"\x00"# : #"\0"#).utf8)
      case 0x01..<0x20: out += escapeX(unit)
      case 0x3C where startsHTMLHazard(units, at: index):
        out += Array(#"\x3C"#.utf8)
      case 0x3E where index >= 2 && units[index - 1] == 0x2D
        && units[index - 2] == 0x2D:
        out += Array(#"\x3E"#.utf8)
      case 0x20..<0x80: out.append(UInt8(unit))
      case 0x2028, 0x2029: out += escapeU(unit)
      case 0xD800..<0xDC00:
        // A high surrogate: a pair becomes one scalar, alone it is escaped.
        if index + 1 < units.count, units[index + 1] >= 0xDC00,
          units[index + 1] < 0xE000
        {
          let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10)
            + UInt32(units[index + 1] - 0xDC00)
          if asciiOnly {
            out += escapeU(unit) + escapeU(units[index + 1])
          } else {
            appendUTF8(scalar, to: &out)
          }
          index += 1
        } else {
          out += escapeU(unit)
        }
      case 0xDC00..<0xE000: out += escapeU(unit)
      default:
        if asciiOnly {
          out += unit <= 0xFF ? escapeX(unit) : escapeU(unit)
        } else {
          appendUTF8(UInt32(unit), to: &out)
        }
      }
      index += 1
    }
    out.append(quote)
    return out
  }

  /// Does `<` at `index` begin `</script` (any case) or `<!--`?
  static func startsHTMLHazard(_ units: [UInt16], at index: Int) -> Bool {
    func matches(_ text: String) -> Bool {
      let pattern = Array(text.utf16)
      guard index + pattern.count <= units.count else { return false }
      for (offset, expected) in pattern.enumerated() {
        var unit = units[index + offset]
        if unit >= 0x41 && unit <= 0x5A { unit += 0x20 }
        if unit != expected { return false }
      }
      return true
    }
    return matches("</script") || matches("<!--")
  }

  // MARK: Helpers

  static func hex(_ byte: UInt8) -> UInt32 {
    CharacterClass.hexValue(byte) ?? 0
  }

  static func escapeX(_ unit: UInt16) -> [UInt8] {
    Array(#"\x"#.utf8) + hexDigits(UInt32(unit), width: 2)
  }

  static func escapeU(_ unit: UInt16) -> [UInt8] {
    Array(#"\u"#.utf8) + hexDigits(UInt32(unit), width: 4)
  }

  static func hexDigits(_ value: UInt32, width: Int) -> [UInt8] {
    let digits = Array("0123456789ABCDEF".utf8)
    return (0..<width).reversed().map { digits[Int(value >> (4 * UInt32($0)) & 0xF)] }
  }

  /// Appends the UTF-16 of the UTF-8 scalar at `index`; returns the index
  /// after it.
  static func appendScalar(
    _ bytes: ArraySlice<UInt8>, at index: Int, to units: inout [UInt16]
  ) -> Int {
    let lead = bytes[index]
    if lead < 0x80 {
      units.append(UInt16(lead))
      return index + 1
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length where index + offset < bytes.endIndex {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    appendUTF16(value, to: &units)
    return index + length
  }

  static func appendUTF16(_ value: UInt32, to units: inout [UInt16]) {
    if value < 0x10000 {
      units.append(UInt16(value))
    } else {
      let shifted = value - 0x10000
      units.append(UInt16(0xD800 + (shifted >> 10)))
      units.append(UInt16(0xDC00 + (shifted & 0x3FF)))
    }
  }

  static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      out.append(UInt8(value))
    case 0x80..<0x800:
      out += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
    case 0x800..<0x10000:
      out += [
        UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F),
        UInt8(0x80 | value & 0x3F),
      ]
    default:
      out += [
        UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F),
        UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F),
      ]
    }
  }
}
