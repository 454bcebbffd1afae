// Identifiers, reserved words and private names (ECMA-262 §12.7).

extension Lexer {
  mutating func scanWord(from start: Int) throws {
    // Fast path: an ASCII word with no escapes.
    position = start
    while position < bytes.count,
      CharacterClass.isASCIIIdentifierPart(bytes[position])
    {
      position += 1
    }
    var flags: Token.Flags = []
    let isSimple = position < bytes.count
      ? bytes[position] < 0x80 && bytes[position] != UInt8(ascii: "\\")
      : true
    if !isSimple || position == start {
      position = start
      guard startsIdentifier(at: start) else {
        throw LexerError(
          .unexpectedCharacter(describeCharacter(at: start)), at: start)
      }
      try scanIdentifierRest(flags: &flags)
    }

    // Reserved words are keywords unless written with escapes.
    var keyword: Keyword = .none
    if !flags.contains(.hasEscape) {
      keyword = Keyword.lookup(bytes, start, position)
    }
    let kind: TokenKind = keyword.isReserved ? .keyword : .identifier
    try finish(Token(
      kind: kind, start: start, end: position, keyword: keyword, flags: flags))
  }

  /// Can an identifier start at `index` (an ID_Start character or `\u`)?
  func startsIdentifier(at index: Int) -> Bool {
    let byte = bytes[index]
    if CharacterClass.isASCIIIdentifierStart(byte) { return true }
    if byte == UInt8(ascii: "\\") { return true }
    guard byte >= 0x80,
      let (scalar, _) = CharacterClass.decodeScalar(bytes, at: index)
    else { return false }
    return CharacterClass.isIdentifierStart(scalar)
  }

  /// Scans identifier characters from `position` (which must start one),
  /// validating `\u` escapes.
  mutating func scanIdentifierRest(flags: inout Token.Flags) throws {
    var isFirst = true
    while position < bytes.count {
      let byte = bytes[position]
      if CharacterClass.isASCIIIdentifierPart(byte) {
        if isFirst, CharacterClass.isDigit(byte) { return }
        position += 1
      } else if byte == UInt8(ascii: "\\") {
        let escapeStart = position
        guard let scalar = readUnicodeEscape(from: position + 1) else {
          throw LexerError(
            .invalidIdentifierEscape(escapeText(from: escapeStart)),
            at: escapeStart)
        }
        let valid = isFirst
          ? CharacterClass.isIdentifierStart(scalar)
          : CharacterClass.isIdentifierPart(scalar)
        guard valid else {
          throw LexerError(
            .invalidIdentifierEscape(
              text(from: escapeStart, to: position)), at: escapeStart)
        }
        flags.insert(.hasEscape)
      } else if byte >= 0x80 {
        guard let (scalar, length) = CharacterClass.decodeScalar(bytes, at: position),
          isFirst
            ? CharacterClass.isIdentifierStart(scalar)
            : CharacterClass.isIdentifierPart(scalar)
        else { return }
        position += length
      } else {
        return
      }
      isFirst = false
    }
  }

  /// Reads `uXXXX` or `u{X…}` at `index` (just after a backslash); on
  /// success moves `position` past it and returns the code point.
  mutating func readUnicodeEscape(from index: Int) -> UInt32? {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "u") else {
      return nil
    }
    var cursor = index + 1
    var value: UInt32 = 0
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "{") {
      cursor += 1
      var digits = 0
      while cursor < bytes.count, let digit = CharacterClass.hexValue(bytes[cursor]) {
        value = value * 16 + digit
        guard value <= 0x10FFFF else { return nil }
        digits += 1
        cursor += 1
      }
      guard digits > 0, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}")
      else { return nil }
      position = cursor + 1
      return value
    }
    for _ in 0..<4 {
      guard cursor < bytes.count, let digit = CharacterClass.hexValue(bytes[cursor])
      else { return nil }
      value = value * 16 + digit
      cursor += 1
    }
    position = cursor
    return value
  }

  /// The text of a malformed escape, for messages: up to the next
  /// character that cannot belong to it.
  func escapeText(from start: Int) -> String {
    var end = min(start + 2, bytes.count)
    while end < bytes.count, end < start + 10,
      CharacterClass.hexValue(bytes[end]) != nil || bytes[end] == UInt8(ascii: "{")
    {
      end += 1
    }
    return text(from: start, to: end)
  }

  func text(from start: Int, to end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
