/// base64url decoding (RFC 4648, section 5), as trackers encode `cx` and
/// `ue_px`: the URL-safe alphabet, `=` padding optional.
///
///     decode("eyJhIjoxfQ")   ⇒ {"a":1}
///     decode("eyJhIjoxfQ==") ⇒ {"a":1}
///     decode("ab+/")         ⇒ nil  (standard alphabet, not base64url)
///     decode("abcde")        ⇒ nil  (one stray character)
enum Base64URL {
  static func decode(_ text: String) -> [UInt8]? {
    var symbols = Array(text.utf8)
    while symbols.last == UInt8(ascii: "=") { symbols.removeLast() }
    guard symbols.count % 4 != 1 else { return nil }

    var output: [UInt8] = []
    output.reserveCapacity(symbols.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits = 0
    for symbol in symbols {
      guard let value = sextet(symbol) else { return nil }
      accumulator = accumulator << 6 | UInt32(value)
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
      }
    }
    return output
  }

  private static func sextet(_ symbol: UInt8) -> UInt8? {
    switch symbol {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): symbol - 65
    case UInt8(ascii: "a")...UInt8(ascii: "z"): symbol - 71
    case UInt8(ascii: "0")...UInt8(ascii: "9"): symbol + 4
    case UInt8(ascii: "-"): 62
    case UInt8(ascii: "_"): 63
    default: nil
    }
  }
}
