/// Percent-encoding both ways (RFC 3986, 2.1), over bytes.
///
///     decode("a%20b")                  ⇒ "a b"
///     decode("a+b", plusIsSpace: true) ⇒ "a b"   (query strings)
///     decode("%zz")                    ⇒ nil
///     encodeComponent("a b/é")         ⇒ "a%20b%2F%C3%A9"
enum PercentEncoding {
  /// The bytes a percent-encoded text stands for, nil when a `%` is not
  /// followed by two hex digits.
  static func decode<S: StringProtocol>(_ text: S, plusIsSpace: Bool = false) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case UInt8(ascii: "%"):
        guard let high = bytes.next().flatMap(hexValue),
          let low = bytes.next().flatMap(hexValue)
        else { return nil }
        output.append(high << 4 | low)
      case UInt8(ascii: "+") where plusIsSpace:
        output.append(UInt8(ascii: " "))
      default:
        output.append(byte)
      }
    }
    return output
  }

  /// Decoded UTF-8 text, nil on a bad escape or invalid UTF-8.
  static func decodeText<S: StringProtocol>(_ text: S, plusIsSpace: Bool = false) -> String? {
    guard let bytes = decode(text, plusIsSpace: plusIsSpace) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  /// encodeURIComponent's rule: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )`
  /// is escaped, so the result is safe inside a query value.
  static func encodeComponent(_ text: String) -> String {
    encode(text.utf8) { byte in
      isAlphanumeric(byte) || "-_.!~*'()".utf8.contains(byte)
    }
  }

  /// Escapes what cannot appear in a tab-separated log field: space, tab,
  /// controls, `%` itself, and bytes outside ASCII. `Mozilla/5.0 (X11)` ⇒
  /// `Mozilla/5.0%20(X11)`, as CloudFront writes user agents.
  static func encodeLogField(_ text: String) -> String {
    encode(text.utf8) { byte in
      byte > 32 && byte < 127 && byte != UInt8(ascii: "%")
        && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }
  }

  /// Escapes only what would break a log field, keeping existing escapes:
  /// for request targets, which arrive percent-encoded already.
  static func encodeLogTarget(_ text: String) -> String {
    encode(text.utf8) { byte in byte > 32 && byte < 127 }
  }

  private static func encode<C: Sequence<UInt8>>(
    _ bytes: C, keeping isKept: (UInt8) -> Bool
  ) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var output: [UInt8] = []
    for byte in bytes {
      if isKept(byte) {
        output.append(byte)
      } else {
        output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 48...57: byte - 48
    case 65...70: byte - 55
    case 97...102: byte - 87
    default: nil
    }
  }
}
