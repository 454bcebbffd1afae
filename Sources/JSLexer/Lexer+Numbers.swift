// Numeric literals (ECMA-262 §12.9.3 and Annex B.1.1): decimal, `.5`,
// exponents, `0x`/`0o`/`0b`, legacy octal `017`, `08`, separators `1_000`
// and BigInt `10n`.

extension Lexer {
  mutating func scanNumber(from start: Int) throws {
    position = start
    var allowsBigInt = true
    let first = bytes[start]
    let second = peek(1) | 0x20

    if first == UInt8(ascii: "0"),
      second == UInt8(ascii: "x") || second == UInt8(ascii: "o")
        || second == UInt8(ascii: "b")
    {
      // 0x1F, 0o17, 0b101.
      let radix: UInt32 = second == UInt8(ascii: "x") ? 16
        : second == UInt8(ascii: "o") ? 8 : 2
      position += 2
      let digits = try scanDigits(radix: radix)
      guard digits > 0 else {
        throw LexerError(.invalidNumber(text(from: start, to: position)), at: start)
      }
    } else if first == UInt8(ascii: "0"), CharacterClass.isDigit(peek(1)) {
      // 017 (legacy octal) or 019 (a decimal with a leading zero).
      position += 1
      var isOctal = true
      while position < bytes.count, CharacterClass.isDigit(bytes[position]) {
        if bytes[position] >= UInt8(ascii: "8") { isOctal = false }
        position += 1
      }
      if peek(0) == UInt8(ascii: "_") {
        throw LexerError(.misplacedSeparator, at: position)
      }
      if goal == .module {
        throw LexerError(.legacyOctalInModule, at: start)
      }
      allowsBigInt = false
      if !isOctal { try scanFractionAndExponent() }
    } else {
      // 123, 1_000.5e-3, .5
      if first != UInt8(ascii: ".") {
        if first == UInt8(ascii: "0") && peek(1) == UInt8(ascii: "_") {
          throw LexerError(.misplacedSeparator, at: start + 1)
        }
        _ = try scanDigits(radix: 10)
      }
      if try scanFractionAndExponent() { allowsBigInt = false }
    }

    // BigInt suffix, then nothing identifier-like may follow (§12.9.3).
    if peek(0) == UInt8(ascii: "n") {
      guard allowsBigInt else {
        throw LexerError(.invalidNumber(text(from: start, to: position + 1)), at: start)
      }
      position += 1
    }
    if position < bytes.count,
      CharacterClass.isDigit(bytes[position]) || startsIdentifier(at: position)
    {
      throw LexerError(.identifierAfterNumber, at: position)
    }
    try finish(Token(kind: .numeric, start: start, end: position))
  }

  /// `.digits` and `e±digits`; returns whether either was present.
  @discardableResult
  mutating func scanFractionAndExponent() throws -> Bool {
    var found = false
    if peek(0) == UInt8(ascii: ".") {
      found = true
      position += 1
      if peek(0) == UInt8(ascii: "_") {
        throw LexerError(.misplacedSeparator, at: position)
      }
      _ = try scanDigits(radix: 10)
    }
    if peek(0) | 0x20 == UInt8(ascii: "e") {
      found = true
      let exponentStart = position
      position += 1
      if peek(0) == UInt8(ascii: "+") || peek(0) == UInt8(ascii: "-") {
        position += 1
      }
      if peek(0) == UInt8(ascii: "_") {
        throw LexerError(.misplacedSeparator, at: position)
      }
      guard try scanDigits(radix: 10) > 0 else {
        throw LexerError(
          .invalidNumber(text(from: exponentStart, to: position)), at: exponentStart)
      }
    }
    return found
  }

  /// Digits of `radix` with single `_` separators between digits; returns
  /// how many digits were read.
  mutating func scanDigits(radix: UInt32) throws -> Int {
    var count = 0
    var lastWasSeparator = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "_") {
        guard count > 0, !lastWasSeparator else {
          throw LexerError(.misplacedSeparator, at: position)
        }
        lastWasSeparator = true
      } else if let value = CharacterClass.hexValue(byte), value < radix {
        count += 1
        lastWasSeparator = false
      } else {
        break
      }
      position += 1
    }
    if lastWasSeparator {
      throw LexerError(.misplacedSeparator, at: position - 1)
    }
    return count
  }
}
