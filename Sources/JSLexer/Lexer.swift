// The JavaScript lexer: UTF-8 bytes in, tokens (comments included) out.
//
// Design note
// -----------
// The lexer works on the bytes of a `SourceText` through an unsafe buffer
// pointer and never builds a `String` per token: a token is a kind, a
// punctuator or keyword code, a few flags and two byte offsets. Text is
// decoded only for non-ASCII identifier characters and escapes.
//
// The one hard question of JavaScript lexing is whether `/` starts a
// regular expression or is a division, and whether `}` ends a block or an
// expression. The grammar answers it only with a parser, so the lexer
// keeps a stack of bracket contexts, like acorn's tokenizer and the
// "sweet.js read" algorithm do:
//
//     if (x) /re/.test(y)     `)` of an `if` head: a statement follows
//     f(x) / 2                `)` of a call: an operator follows
//     {} /re/                 `}` of a block: a statement follows
//     x = {} / 2              `}` of an object literal: an operator
//     x = function () {} / 2  `}` of a function expression
//     o.return / 2            a keyword after `.` is a property name
//
// The same facts tell the minifier where automatic semicolon insertion can
// happen, so the lexer records them on each token (`Token.Flags`).
//
// Methods (`*m() {}`, `async m() {}`) and arrows with parentheses
// (`async () => {}`) are tracked for `yield /re/` and `await /re/`.
// Note: `async x => await /re/` (no parentheses, no braces) is read as a
// division; a parser-driven lexer would lift that.

/// Tokenizes JavaScript source text (ECMA-262 2024, §12).
public struct Lexer {
  let bytes: UnsafeBufferPointer<UInt8>
  let goal: Goal
  var position = 0
  /// The tokens so far, written straight into the result array's storage
  /// (see `tokenize`): an append is a store, with no capacity or
  /// uniqueness check beyond the bound.
  let tokens: UnsafeMutablePointer<Token>
  let tokenCapacity: Int
  var tokenCount = 0

  /// A line terminator was seen since the last significant token.
  var newlineSinceLastToken = false
  /// No significant token was produced yet (for `-->` at the start).
  var atStartOfInput = true

  // Regular expression context (see Lexer+Context.swift).
  var contexts: [LexerContext] = [LexerContext(kind: .blockStatement, at: -1)]
  var expressionAllowed = true
  var previous = PreviousToken()
  var beforePrevious = PreviousToken()
  /// The modifiers of the last `(…)` closed: `async (…)`, `*m(…)`.
  var lastClosedParen = (isAsync: false, isGenerator: false, isMethod: false)

  init(
    bytes: UnsafeBufferPointer<UInt8>, goal: Goal,
    tokens: UnsafeMutableBufferPointer<Token>
  ) {
    self.bytes = bytes
    self.goal = goal
    self.tokens = tokens.baseAddress!
    self.tokenCapacity = tokens.count
  }

  /// Every token of `source`, comments included, ending with
  /// `.endOfFile`.
  ///
  /// - Throws: `LexerError` at the first lexical error.
  public static func tokenize(_ source: SourceText, goal: Goal = .script)
    throws -> [Token]
  {
    // Token offsets are 32-bit (see Token).
    guard source.bytes.count < Int(UInt32.max) else {
      throw LexerError(.inputTooLarge, at: 0)
    }
    return try source.bytes.withUnsafeBufferPointer { buffer in
      // Every token but the end of input takes at least one byte, so the
      // array is allocated once at its largest: the pages never written
      // to are never committed.
      try [Token](unsafeUninitializedCapacity: buffer.count + 2) {
        storage, count in
        var lexer = Lexer(bytes: buffer, goal: goal, tokens: storage)
        defer { count = lexer.tokenCount }
        try lexer.run()
      }
    }
  }

  @inline(__always)
  mutating func append(_ token: Token) {
    precondition(tokenCount < tokenCapacity, "more tokens than bytes")
    (tokens + tokenCount).initialize(to: token)
    tokenCount += 1
  }

  mutating func run() throws {
    // A hashbang is a comment allowed only at the very start (§12.5).
    if bytes.count >= 2, bytes[0] == UInt8(ascii: "#"),
      bytes[1] == UInt8(ascii: "!")
    {
      let end = lineEnd(from: 2)
      append(Token(kind: .hashbang, start: 0, end: end))
      position = end
    }

    while true {
      try skipTrivia()
      if position >= bytes.count { break }
      try scanToken()
    }

    try checkAllBracketsClosed()
    var end = Token(kind: .endOfFile, start: bytes.count, end: bytes.count)
    if newlineSinceLastToken { end.flags.insert(.newlineBefore) }
    append(end)
  }

  // MARK: Whitespace and comments

  /// Skips whitespace and line terminators, and appends comment tokens.
  mutating func skipTrivia() throws {
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case 0x09, 0x0B, 0x0C, 0x20:
        position += 1
      case 0x0A, 0x0D:
        newlineSinceLastToken = true
        position += 1
      case UInt8(ascii: "/"):
        let next = peek(1)
        if next == UInt8(ascii: "/") {
          appendComment(.lineComment, from: position, to: lineEnd(from: position))
        } else if next == UInt8(ascii: "*") {
          try scanBlockComment()
        } else {
          return
        }
      case UInt8(ascii: "<"):
        // `<!--` starts a single-line comment in scripts (Annex B.1.1).
        guard goal == .script, peek(1) == UInt8(ascii: "!"),
          peek(2) == UInt8(ascii: "-"), peek(3) == UInt8(ascii: "-")
        else { return }
        appendComment(.htmlOpenComment, from: position, to: lineEnd(from: position))
      case UInt8(ascii: "-"):
        // `-->` is a comment only first on a line (after whitespace or
        // comments), or at the start of the input.
        guard goal == .script, newlineSinceLastToken || atStartOfInput,
          peek(1) == UInt8(ascii: "-"), peek(2) == UInt8(ascii: ">")
        else { return }
        appendComment(.htmlCloseComment, from: position, to: lineEnd(from: position))
      case 0x80...:
        guard let (scalar, length) = CharacterClass.decodeScalar(bytes, at: position)
        else { return }
        if CharacterClass.isUnicodeLineTerminator(scalar) {
          newlineSinceLastToken = true
        } else if !CharacterClass.isUnicodeWhitespace(scalar) {
          return
        }
        position += length
      default:
        return
      }
    }
  }

  mutating func appendComment(_ kind: TokenKind, from start: Int, to end: Int) {
    var token = Token(kind: kind, start: start, end: end)
    if newlineSinceLastToken { token.flags.insert(.newlineBefore) }
    append(token)
    position = end
  }

  /// `/* … */`; a line terminator inside counts as one for ASI (§12.3).
  mutating func scanBlockComment() throws {
    let start = position
    var index = position + 2
    var sawNewline = false
    while index + 1 < bytes.count {
      // Eight bytes at a time while none is `*` (nor, until one is seen,
      // the first byte of a line terminator): comments are long.
      while index + 8 <= bytes.count {
        let word = loadWord(at: index)
        if SourceText.hasByte(word, UInt8(ascii: "*"))
          || !sawNewline && SourceText.mayStartTerminator(word)
        {
          break
        }
        index += 8
      }
      guard index + 1 < bytes.count else { break }
      let byte = bytes[index]
      if byte == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "/") {
        var token = Token(kind: .blockComment, start: start, end: index + 2)
        if newlineSinceLastToken { token.flags.insert(.newlineBefore) }
        append(token)
        position = index + 2
        if sawNewline { newlineSinceLastToken = true }
        return
      }
      if byte == 0x0A || byte == 0x0D || isUnicodeLineTerminator(at: index) {
        sawNewline = true
      }
      index += 1
    }
    throw LexerError(.unterminatedBlockComment, at: bytes.count, startedAt: start)
  }

  // MARK: Tokens

  mutating func scanToken() throws {
    let start = position
    let byte = bytes[start]

    if CharacterClass.isASCIIIdentifierStart(byte) || byte == UInt8(ascii: "\\")
      || byte >= 0x80
    {
      try scanWord(from: start)
    } else if CharacterClass.isDigit(byte)
      || byte == UInt8(ascii: ".") && CharacterClass.isDigit(peek(1))
    {
      try scanNumber(from: start)
    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      try scanString(from: start, quote: byte)
    } else if byte == UInt8(ascii: "`") {
      try scanTemplate(from: start, opening: start)
    } else if byte == UInt8(ascii: "}"),
      contexts.last!.kind == .templateSubstitution
    {
      try scanTemplate(from: start, opening: contexts.last!.openedAt)
    } else if byte == UInt8(ascii: "#") {
      try scanPrivateName(from: start)
    } else if byte == UInt8(ascii: "/") && expressionAllowed {
      try scanRegularExpression(from: start)
    } else {
      let (punctuator, length) = Punctuator.scan(bytes, at: start)
      guard length > 0 else {
        throw LexerError(.unexpectedCharacter(describeCharacter(at: start)), at: start)
      }
      position = start + length
      try finish(Token(kind: .punctuator, start: start, end: position,
                       punctuator: punctuator))
    }
  }

  mutating func scanPrivateName(from start: Int) throws {
    position = start + 1
    guard position < bytes.count, startsIdentifier(at: position) else {
      throw LexerError(.unexpectedCharacter("\"#\""), at: start)
    }
    var flags: Token.Flags = []
    try scanIdentifierRest(flags: &flags)
    try finish(Token(kind: .privateName, start: start, end: position, flags: flags))
  }

  // MARK: Small helpers

  @inline(__always)
  func peek(_ offset: Int) -> UInt8 {
    position + offset < bytes.count ? bytes[position + offset] : 0
  }

  /// The offset of the next line terminator at or after `index`, or the
  /// end of input.
  func lineEnd(from index: Int) -> Int {
    var index = index
    while index < bytes.count {
      // Eight bytes at a time while none can start a line terminator.
      while index + 8 <= bytes.count,
        !SourceText.mayStartTerminator(loadWord(at: index))
      {
        index += 8
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D || isUnicodeLineTerminator(at: index) {
        return index
      }
      index += 1
    }
    return index
  }

  /// The eight bytes at `index` (which must all be in the input).
  @inline(__always)
  func loadWord(at index: Int) -> UInt64 {
    UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
  }

  @inline(__always)
  func isUnicodeLineTerminator(at index: Int) -> Bool {
    bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
  }

  /// `"x"` for printable characters, `U+0000` style otherwise.
  func describeCharacter(at index: Int) -> String {
    guard let (scalar, _) = CharacterClass.decodeScalar(bytes, at: index) else {
      return "byte 0x" + String(bytes[index], radix: 16, uppercase: true)
        + " (invalid UTF-8)"
    }
    if scalar > 0x20, scalar != 0x7F, let value = Unicode.Scalar(scalar),
      !CharacterClass.isUnicodeWhitespace(scalar)
    {
      return "\"\(Character(value))\""
    }
    let hex = String(scalar, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
