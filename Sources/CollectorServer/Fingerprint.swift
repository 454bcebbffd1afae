/// Whether a file name carries a content hash, so that its bytes can
/// never change under that name and browsers may cache it for good.
///
///     sp-0123456789abcdef.js  ⇒ true   (snowpak, Propshaft, Sprockets)
///     app.3f2a1b9c.css        ⇒ true   (webpack, Vite with a dot)
///     sp-0123456789abcdef.js.gz ⇒ true
///     index.html, sp.js, v-2024.js ⇒ false
///
/// The rule: a `-` or `.` followed by at least 8 hex digits, then a `.`.
enum Fingerprint {
  static let minimumDigits = 8

  static func isFingerprinted(_ fileName: String) -> Bool {
    let characters = Array(fileName.utf8)
    var index = 0
    while index < characters.count {
      let byte = characters[index]
      index += 1
      guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { continue }
      var end = index
      while end < characters.count, isHexDigit(characters[end]) { end += 1 }
      if end - index >= minimumDigits, end < characters.count,
        characters[end] == UInt8(ascii: ".")
      {
        return true
      }
    }
    return false
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (97...102).contains(byte) || (65...70).contains(byte)
  }
}
