/// The shortest spelling of a numeric literal with the same value.
///
///     1_000 ⇒ 1e3    0.50 ⇒ .5    0x10 ⇒ 16    1.0 ⇒ 1    017 ⇒ 15
///     1e+21 ⇒ 1e21  0.000001 ⇒ 1e-6   10n ⇒ 10n
///
/// The value is parsed as a Double (correctly rounded), then its shortest
/// round-tripping digits (Swift's `description`) are laid out in each form
/// and the shortest wins; the original is kept only when it is shorter.
enum NumericLiteral {
  static func shortest(_ original: ArraySlice<UInt8>) -> [UInt8] {
    if isShortest(original) { return Array(original) }
    let text = original.filter { $0 != UInt8(ascii: "_") }
    guard let first = text.first else { return text }
    if text.last == UInt8(ascii: "n") { return text }

    // Find the value.
    var value: Double?
    let second = text.count > 1 ? text[1] | 0x20 : 0
    if first == UInt8(ascii: "0"),
      second == UInt8(ascii: "x") || second == UInt8(ascii: "o")
        || second == UInt8(ascii: "b")
    {
      let radix = second == UInt8(ascii: "x") ? 16 : second == UInt8(ascii: "o") ? 8 : 2
      value = exactInteger(text.dropFirst(2), radix: radix)
    } else if first == UInt8(ascii: "0"), text.count > 1,
      text.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") })
    {
      value = exactInteger(text.dropFirst(1), radix: 8)
    } else {
      value = Double(String(decoding: text, as: UTF8.self))
    }
    guard let number = value, number.isFinite else { return text }

    let candidate = layout(number)
    return candidate.count <= text.count ? candidate : text
  }

  /// The common case, decided without finding the value: a decimal
  /// integer of at most 15 digits (so exact), no leading zero and no
  /// trailing zero (which `1e3` would shorten) is already its shortest
  /// form.
  static func isShortest(_ literal: ArraySlice<UInt8>) -> Bool {
    guard let first = literal.first, let last = literal.last,
      literal.count <= 15
    else { return false }
    for byte in literal
    where byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
      return false
    }
    return literal.count == 1
      || first != UInt8(ascii: "0") && last != UInt8(ascii: "0")
  }

  /// The integer in `digits`, if it is exactly representable.
  static func exactInteger(_ digits: ArraySlice<UInt8>, radix: Int) -> Double? {
    var result: UInt64 = 0
    for byte in digits {
      guard let digit = hexValue(byte) else { return nil }
      let (product, overflow) = result.multipliedReportingOverflow(by: UInt64(radix))
      guard !overflow, product < 1 << 53 else { return nil }
      result = product + UInt64(digit)
    }
    guard result <= 1 << 53 else { return nil }
    return Double(result)
  }

  static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The shortest of the plain, fraction and exponent layouts of a
  /// non-negative finite double.
  static func layout(_ number: Double) -> [UInt8] {
    if number == 0 { return [UInt8(ascii: "0")] }

    // `description` gives the shortest round-tripping digits, such as
    // "1.2345e+20", "0.001" or "100.0": split into digits × 10^exponent.
    let description = Array(number.description.utf8)
    var mantissa = description[...]
    var exponent = 0
    if let e = description.firstIndex(of: UInt8(ascii: "e")) {
      mantissa = description[..<e]
      exponent = Int(String(decoding: description[(e + 1)...], as: UTF8.self)) ?? 0
    }
    var digits: [UInt8] = []
    var seenPoint = false
    for byte in mantissa {
      if byte == UInt8(ascii: ".") {
        seenPoint = true
      } else {
        digits.append(byte)
        if seenPoint { exponent -= 1 }
      }
    }
    while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    while digits.count > 1, digits.last == UInt8(ascii: "0") {
      digits.removeLast()
      exponent += 1
    }

    // Lay it out: 1000 / 1e3, 12.5, .005 / 5e-3.
    var candidates: [[UInt8]] = []
    if exponent >= 0 {
      candidates.append(digits + Array(repeating: UInt8(ascii: "0"), count: exponent))
    } else if digits.count > -exponent {
      var fraction = digits
      fraction.insert(UInt8(ascii: "."), at: digits.count + exponent)
      candidates.append(fraction)
    } else {
      candidates.append(
        [UInt8(ascii: ".")]
          + Array(repeating: UInt8(ascii: "0"), count: -exponent - digits.count)
          + digits)
    }
    if exponent != 0 {
      candidates.append(digits + [UInt8(ascii: "e")] + Array(String(exponent).utf8))
    }
    return candidates.min { $0.count < $1.count }!
  }
}
