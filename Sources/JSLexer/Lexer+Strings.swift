// String literals (ECMA-262 §12.9.4) and template literals (§12.9.6).

extension Lexer {
  mutating func scanString(from start: Int, quote: UInt8) throws {
    position = start + 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == quote {
        position += 1
        try finish(Token(kind: .string, start: start, end: position))
        return
      }
      if byte == 0x0A || byte == 0x0D { break }
      if byte == UInt8(ascii: "\\") {
        try scanEscape(inTemplate: false)
      } else {
        position += byte < 0x80 ? 1 : try validScalarLength()
      }
    }
    throw LexerError(.unterminatedString, at: position, startedAt: start)
  }

  /// The length of the well-formed UTF-8 sequence at `position`. A literal's
  /// value is decoded from its bytes, so a malformed sequence would change
  /// the program ('a\xDC_b' would swallow the `_`): it is an error.
  mutating func validScalarLength() throws -> Int {
    guard let (_, length) = CharacterClass.decodeScalar(bytes, at: position)
    else {
      throw LexerError(.invalidUTF8(bytes[position]), at: position)
    }
    return length
  }

  /// One escape sequence starting at the backslash at `position`; moves
  /// past it. In a template an invalid escape returns false instead of
  /// throwing (it is allowed when the template is tagged).
  @discardableResult
  mutating func scanEscape(inTemplate: Bool) throws -> Bool {
    let start = position
    position += 1
    guard position < bytes.count else { return true }
    let byte = bytes[position]
    switch byte {
    case 0x0D:
      // A line continuation: \ CR LF counts as one terminator.
      position += peek(1) == 0x0A ? 2 : 1
    case UInt8(ascii: "x"):
      guard position + 2 < bytes.count,
        CharacterClass.hexValue(bytes[position + 1]) != nil,
        CharacterClass.hexValue(bytes[position + 2]) != nil
      else {
        if inTemplate { position += 1; return false }
        throw LexerError(.invalidEscape(escapeText(from: start)), at: start)
      }
      position += 3
    case UInt8(ascii: "u"):
      guard readUnicodeEscape(from: position) != nil else {
        if inTemplate { position += 1; return false }
        throw LexerError(.invalidEscape(escapeText(from: start)), at: start)
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      // \0 is NUL unless a digit follows; the rest is legacy octal (B.1.2)
      // or \8 \9, neither allowed in a template or a module.
      let isNul = byte == UInt8(ascii: "0") && !CharacterClass.isDigit(peek(1))
      if isNul {
        position += 1
        return true
      }
      if inTemplate {
        position += 1
        return false
      }
      var end = position + 1
      if byte <= UInt8(ascii: "7") {
        let limit = byte <= UInt8(ascii: "3") ? 3 : 2
        while end < bytes.count, end - position < limit,
          bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "7")
        {
          end += 1
        }
      }
      if goal == .module {
        throw LexerError(
          .legacyOctalEscapeInModule(text(from: start, to: end)), at: start)
      }
      position = end
    default:
      // Any other character escapes itself; multi-byte ones as a whole.
      position += byte < 0x80 ? 1 : try validScalarLength()
    }
    return true
  }

  /// A template piece from `` ` `` or from the `}` ending a substitution,
  /// up to the next `${` or closing `` ` ``.
  mutating func scanTemplate(from start: Int, opening: Int) throws {
    let isContinuation = bytes[start] == UInt8(ascii: "}")
    let isTagged = isContinuation
      ? contexts.last!.isTagged : !expressionAllowed
    var hasInvalidEscape = false
    position = start + 1

    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "`") {
        position += 1
        try finishTemplate(
          isContinuation ? .templateTail : .noSubstitutionTemplate,
          start, hasInvalidEscape, isTagged)
        return
      }
      if byte == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
        position += 2
        try finishTemplate(
          isContinuation ? .templateMiddle : .templateHead,
          start, hasInvalidEscape, isTagged)
        return
      }
      if byte == UInt8(ascii: "\\") {
        if try !scanEscape(inTemplate: true) { hasInvalidEscape = true }
      } else {
        position += byte < 0x80 ? 1 : try validScalarLength()
      }
    }
    throw LexerError(.unterminatedTemplate, at: bytes.count, startedAt: opening)
  }

  mutating func finishTemplate(
    _ kind: TokenKind, _ start: Int, _ hasInvalidEscape: Bool, _ isTagged: Bool
  ) throws {
    if hasInvalidEscape && !isTagged {
      throw LexerError(.invalidTemplateEscape, at: start)
    }
    var token = Token(kind: kind, start: start, end: position)
    if hasInvalidEscape { token.flags.insert(.hasEscape) }
    if isTagged { token.flags.insert(.isTagged) }
    try finish(token)
  }
}
