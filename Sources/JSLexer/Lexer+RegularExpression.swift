// Regular expression literals (ECMA-262 §12.9.5): the body up to an
// unescaped `/` outside a class, then the flags. The pattern itself is
// left to the engine; the flags are checked here.

extension Lexer {
  mutating func scanRegularExpression(from start: Int) throws {
    position = start + 1
    var inClass = false

    // Body: `[/]` and `\/` do not end it; a line terminator does.
    body: while true {
      guard position < bytes.count else {
        throw LexerError(
          .unterminatedRegularExpression, at: position, startedAt: start)
      }
      let byte = bytes[position]
      if byte == 0x0A || byte == 0x0D || isUnicodeLineTerminator(at: position) {
        throw LexerError(
          .unterminatedRegularExpression, at: position, startedAt: start)
      }
      switch byte {
      case UInt8(ascii: "\\"):
        // `/a\` at the end of input: the error is at the end, not past it.
        position += 1
        if position == bytes.count
          || bytes[position] == 0x0A || bytes[position] == 0x0D
          || isUnicodeLineTerminator(at: position)
        {
          throw LexerError(
            .unterminatedRegularExpression, at: position, startedAt: start)
        }
      case UInt8(ascii: "["): inClass = true
      case UInt8(ascii: "]"): inClass = false
      case UInt8(ascii: "/") where !inClass:
        position += 1
        break body
      default: break
      }
      position += 1
    }

    // Flags: each of `dgimsuyv` at most once, not both `u` and `v`.
    var seen: Set<UInt8> = []
    while position < bytes.count {
      let byte = bytes[position]
      if CharacterClass.isASCIIIdentifierPart(byte) {
        let flag = String(UnicodeScalar(byte))
        guard "dgimsuyv".utf8.contains(byte) else {
          throw LexerError(.invalidRegularExpressionFlag(flag), at: position)
        }
        guard seen.insert(byte).inserted else {
          throw LexerError(.duplicateRegularExpressionFlag(flag), at: position)
        }
        position += 1
      } else if byte == UInt8(ascii: "\\") || byte >= 0x80 && startsIdentifier(at: position) {
        throw LexerError(
          .invalidRegularExpressionFlag(describeCharacter(at: position)), at: position)
      } else {
        break
      }
    }
    if seen.contains(UInt8(ascii: "u")) && seen.contains(UInt8(ascii: "v")) {
      throw LexerError(.invalidRegularExpressionFlag("v"), at: position - 1)
    }
    try finish(Token(kind: .regularExpression, start: start, end: position))
  }
}
