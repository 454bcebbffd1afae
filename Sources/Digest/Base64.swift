/// Base64 (RFC 4648 section 4) and base64url (section 5).
///
///     Base64.encode(Array("foob".utf8))     // "Zm9vYg=="
///     Base64.urlEncode([0xfb, 0xff])        // "-_8"  (no padding)
public enum Base64 {
  private static let standard = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let urlSafe = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  /// The standard alphabet with `=` padding, as SRI and `base64` use.
  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    encode(bytes, alphabet: standard, padded: true)
  }

  /// The URL- and file-name-safe alphabet (`-`, `_`), without padding
  /// (RFC 4648 section 3.2 allows omitting it when the length is known).
  public static func urlEncode(_ bytes: some Collection<UInt8>) -> String {
    encode(bytes, alphabet: urlSafe, padded: false)
  }

  /// Decodes the URL-safe alphabet only (RFC 4648 section 5), padded or
  /// not: what trackers send as `cx` and `ue_px`. A `+` or `/` of the
  /// standard alphabet makes it nil.
  ///
  ///     urlDecode("eyJhIjoxfQ") ⇒ {"a":1}     urlDecode("ab+/") ⇒ nil
  public static func urlDecode(_ text: some StringProtocol) -> [UInt8]? {
    let standardOnly = text.utf8.contains {
      $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/")
    }
    return standardOnly ? nil : decode(text)
  }

  /// Decodes either alphabet, padded or not; nil on any other character,
  /// misplaced padding or an impossible length (one leftover character).
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    // Strip trailing padding; at most two `=` and only at the end.
    var chars = Array(text.utf8)
    var padding = 0
    while chars.last == UInt8(ascii: "=") {
      chars.removeLast()
      padding += 1
    }
    guard padding <= 2 else { return nil }
    if padding > 0, (chars.count + padding) % 4 != 0 { return nil }
    guard chars.count % 4 != 1 else { return nil }

    // Four characters make three bytes; a final group of 2 or 3 makes 1 or 2.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(chars.count * 3 / 4)
    var group: UInt32 = 0
    var filled = 0
    for char in chars {
      guard let value = sextet(char) else { return nil }
      group = group << 6 | UInt32(value)
      filled += 1
      if filled == 4 {
        bytes.append(UInt8(truncatingIfNeeded: group >> 16))
        bytes.append(UInt8(truncatingIfNeeded: group >> 8))
        bytes.append(UInt8(truncatingIfNeeded: group))
        group = 0
        filled = 0
      }
    }
    if filled == 2 {
      guard group & 0x0f == 0 else { return nil }
      bytes.append(UInt8(truncatingIfNeeded: group >> 4))
    } else if filled == 3 {
      guard group & 0x03 == 0 else { return nil }
      bytes.append(UInt8(truncatingIfNeeded: group >> 10))
      bytes.append(UInt8(truncatingIfNeeded: group >> 2))
    }
    return bytes
  }

  private static func encode(
    _ bytes: some Collection<UInt8>, alphabet: [UInt8], padded: Bool
  ) -> String {
    let input = Array(bytes)
    var text: [UInt8] = []
    text.reserveCapacity((input.count + 2) / 3 * 4)

    // Whole 24-bit groups (RFC 4648 section 4).
    var index = 0
    while index + 3 <= input.count {
      let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
        | UInt32(input[index + 2])
      for shift in [18, 12, 6, 0] {
        text.append(alphabet[Int(group >> UInt32(shift) & 0x3f)])
      }
      index += 3
    }

    // The final one or two bytes, padded with `=` when asked.
    let left = input.count - index
    if left > 0 {
      var group = UInt32(input[index]) << 16
      if left == 2 { group |= UInt32(input[index + 1]) << 8 }
      text.append(alphabet[Int(group >> 18 & 0x3f)])
      text.append(alphabet[Int(group >> 12 & 0x3f)])
      if left == 2 { text.append(alphabet[Int(group >> 6 & 0x3f)]) }
      if padded {
        text += [UInt8](repeating: UInt8(ascii: "="), count: 3 - left)
      }
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static func sextet(_ char: UInt8) -> UInt8? {
    switch char {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): char - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): char - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"), UInt8(ascii: "-"): 62
    case UInt8(ascii: "/"), UInt8(ascii: "_"): 63
    default: nil
    }
  }
}
