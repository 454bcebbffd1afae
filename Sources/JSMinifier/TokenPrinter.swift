import JSLexer

/// Writes the tokens of one minification, deciding what goes between
/// them (`SeparatorRules`) and recording source map segments.
struct TokenPrinter {
  let source: SourceText
  let tokens: [Token]
  let options: MinifyOptions
  let replacements: [Int: String]
  let edits: TokenEdits

  var output: [UInt8] = []
  /// The last significant token written, and where its text starts in
  /// `output`.
  var previous: Token?
  var previousTextStart = 0
  /// A comment was written since `previous`.
  var wroteCommentSincePrevious = false
  /// A dropped token had a line break before it, which the next token
  /// written takes over.
  var carriedNewline = false
  /// A dropped `(` was the last token: line breaks up to the next token
  /// written were inside the parentheses, where no semicolon can be
  /// inserted, and go: `return (\n a\n)` ⇒ `return a`.
  var isAfterDroppedParen = false
  /// The first token of the function declaration being written at its
  /// use (its tokens are not dropped then), or -1.
  var movedDeclaration: Int32 = -1
  /// Its last token, or -1.
  var movedDeclarationEnd = -1
  /// The use it is written for had a line break before it.
  var useHadNewlineBefore = false

  // Source map state.
  var mappings: [SourceMap.Mapping] = []
  var names: [String] = []
  var nameIndices: [String: Int] = [:]
  var generatedLine = 0
  var generatedColumn = 0
  /// Where `generatedColumn` was last measured in `output`.
  var measuredUpTo = 0
  var originalCursor = OriginalCursor()

  init(
    source: SourceText, tokens: [Token], options: MinifyOptions,
    replacements: [Int: String], edits: TokenEdits
  ) {
    self.source = source
    self.tokens = tokens
    self.options = options
    self.replacements = replacements
    self.edits = edits
    output.reserveCapacity(source.bytes.count / 2)
  }

  var sourceMap: SourceMap? {
    guard options.sourceMap else { return nil }
    return SourceMap(
      sources: source.files.map(\.name),
      sourcesContent: source.files.map {
        String(decoding: $0.text, as: UTF8.self)
      },
      names: names, mappings: mappings)
  }

  mutating func printAll() {
    for index in tokens.indices {
      if tokens[index].kind == .endOfFile { return }
      if let declaration = visit(index) { printInlined(declaration, at: index) }
    }
  }

  /// Writes the token at `index`, or what stands for it: nothing for a
  /// dropped token. Returns the function declaration to write in its
  /// place, if any (the caller writes it: this stays out of recursion,
  /// so it can be inlined into the loops).
  @inline(__always)
  mutating func visit(_ index: Int) -> ClosedRange<Int>? {
    let token = tokens[index]
    switch token.kind {
    case .endOfFile:
      return nil
    case .hashbang:
      write(source.bytes[token.start..<token.end])
      output.append(0x0A)
    case .lineComment, .blockComment, .htmlOpenComment, .htmlCloseComment:
      if keeps(token), !edits.isMoved(index, printing: movedDeclaration) {
        printComment(token)
      }
    default:
      var token = token
      if edits.hasDrops {
        if edits.isDropped(index, printing: movedDeclaration) {
          // `return\n(a)` ⇒ `return\na`: the line break stays.
          if token.hasNewlineBefore, !isAfterDroppedParen {
            carriedNewline = true
          }
          if token.kind == .punctuator, token.punctuator == .leftParen {
            isAfterDroppedParen = true
          }
          return nil
        }
        if token.kind == .identifier,
          let declaration = edits.declaration(inlinedAt: index)
        {
          return declaration
        }
        if index == Int(movedDeclaration) {
          // The function starts where its use stood, on that line.
          token.flags.remove(.newlineBefore)
          if useHadNewlineBefore { token.flags.insert(.newlineBefore) }
        } else if index == movedDeclarationEnd {
          // Its `}` ends an expression now, not a statement.
          token.flags.remove(.isFollowedByStatement)
        }
        if let punctuator = edits.punctuator(writtenFor: index) {
          token.kind = .punctuator
          token.punctuator = punctuator
          token.keyword = .none
          token.flags = token.flags.intersection(.newlineBefore)
        }
      }
      if token.kind == .punctuator, token.punctuator == .semicolon,
        isRedundantSemicolon(at: index)
      {
        return nil
      }
      printToken(token, at: index)
    }
    return nil
  }

  /// Writes the tokens of a function declaration at its only use, the
  /// token at `use`.
  mutating func printInlined(_ declaration: ClosedRange<Int>, at use: Int) {
    let outer = (movedDeclaration, movedDeclarationEnd, useHadNewlineBefore)
    movedDeclaration = Int32(declaration.lowerBound)
    movedDeclarationEnd = declaration.upperBound
    useHadNewlineBefore = tokens[use].hasNewlineBefore
    for index in declaration {
      if let inner = visit(index) { printInlined(inner, at: index) }
    }
    (movedDeclaration, movedDeclarationEnd, useHadNewlineBefore) = outer
  }

  /// A `;` right before `}` ends a statement the brace would end anyway:
  ///
  ///     function f() { return 1; }  ⇒ function f(){return 1}
  ///
  /// but not when it is itself a statement, an empty one: `if (a);}`,
  /// `for (;;);}`, `else;}`, `label:;}`, `{;}`, `{};}` (dropping those
  /// would be harmless but would change the syntax tree).
  ///
  /// The `;` is the token at `index`, or a `}` written as `;`. The next
  /// token written decides: dropped tokens are looked past.
  func isRedundantSemicolon(at index: Int) -> Bool {
    var nextIndex = index + 1
    while nextIndex < tokens.count,
      tokens[nextIndex].kind.isComment
        || edits.isDropped(nextIndex, printing: movedDeclaration)
    {
      nextIndex += 1
    }
    guard nextIndex < tokens.count, tokens[nextIndex].kind == .punctuator,
      tokens[nextIndex].punctuator == .rightBrace,
      edits.punctuator(writtenFor: nextIndex) == nil
    else { return false }
    guard let previous else { return false }
    switch previous.kind {
    case .punctuator:
      switch previous.punctuator {
      case .colon, .semicolon, .leftBrace: return false
      case .rightParen, .rightBrace:
        return !previous.flags.contains(.isFollowedByStatement)
      default: return true
      }
    case .keyword:
      return previous.flags.contains(.isPropertyName)
        || previous.keyword != .else && previous.keyword != .do
    default:
      return true
    }
  }

  // MARK: Tokens

  mutating func printToken(_ token: Token, at index: Int) {
    let text = self.text(for: token, at: index)

    // What goes between the previous token and this one. A kept comment
    // on its own line stays on its own line: `/*! v1 */\na()`.
    let hasNewlineBefore =
      token.hasNewlineBefore && !isAfterDroppedParen || carriedNewline
    carriedNewline = false
    isAfterDroppedParen = false
    if wroteCommentSincePrevious, hasNewlineBefore, output.last != 0x0A {
      output.append(0x0A)
    }
    if let previous {
      let endsLine = output.last == 0x0A
      if hasNewlineBefore,
        SeparatorRules.needsLineBreak(previous, token), !endsLine
      {
        output.append(0x0A)
      } else if !endsLine, !wroteCommentSincePrevious,
        output.withUnsafeBufferPointer({ written in
          SeparatorRules.needsSpace(
            after: previous,
            UnsafeBufferPointer(rebasing: written[previousTextStart...]),
            before: token, text)
        })
      {
        output.append(0x20)
      }
    }

    if options.sourceMap {
      // Only identifiers are renamed: `true` written `!0` and `"a"`
      // written `a` are not names.
      recordMapping(
        for: token,
        isRenamed: token.kind == .identifier
          && edits.text(ofToken: index) != nil)
    }
    previousTextStart = output.count
    // Most tokens are one to three bytes: appended one by one, they cost
    // less than through the generic bulk append.
    if text.count <= 8 {
      for byte in text { output.append(byte) }
    } else {
      text.withUnsafeBufferPointer { output.append(contentsOf: $0) }
    }
    previous = token
    wroteCommentSincePrevious = false
  }

  /// The text to write for a token: a replacement, a new name, a
  /// shortened literal, or the source text.
  ///
  /// Most tokens are written as they are, straight from the source bytes
  /// (no copy): the dictionaries are consulted only when not empty.
  @inline(__always)  // Called out of line, the printer was copied per token.
  func text(for token: Token, at index: Int) -> ArraySlice<UInt8> {
    if !replacements.isEmpty, let replacement = replacements[token.start] {
      return Array(replacement.utf8)[...]
    }
    let raw = source.bytes[token.start..<token.end]
    switch token.kind {
    case .identifier, .keyword:
      if edits.hasTexts, let name = edits.text(ofToken: index) {
        return name[...]
      }
      return raw
    case .numeric:
      return NumericLiteral.isShortest(raw)
        ? raw : NumericLiteral.shortest(raw)[...]
    case .string:
      // A property key written without quotes.
      if edits.hasTexts, let name = edits.text(ofToken: index) {
        return name[...]
      }
      return shortenedString(raw)[...]
    case .noSubstitutionTemplate, .templateHead, .templateMiddle,
      .templateTail, .regularExpression:
      // A tagged template's tag sees the raw text, so there `</script`
      // stays as written: the program's meaning wins over inline safety
      // (String.raw`</script>` must still give "</script>").
      if token.flags.contains(.isTagged) { return raw }
      return LiteralHazards.contains(raw) ? LiteralHazards.escaped(raw)[...] : raw
    case .punctuator where edits.hasDrops:
      guard let punctuator = edits.punctuator(writtenFor: index) else {
        return raw
      }
      return Self.spellings[Int(punctuator.rawValue)][...]
    default:
      return raw
    }
  }

  /// Each punctuator's text, for those written in place of others.
  private static let spellings = Punctuator.allCases.map { Array($0.text.utf8) }

  /// The string literal in the quote needing fewer escapes, unless that
  /// is longer and the original is safe to keep.
  func shortenedString(_ raw: ArraySlice<UInt8>) -> [UInt8] {
    let units = StringLiteral.codeUnits(of: raw)
    // A directive must keep its exact spelling ("use strict").
    if units.count == 10, String(decoding: units, as: UTF16.self) == "use strict" {
      return raw.dropFirst().dropLast().elementsEqual("use strict".utf8)
        ? Array("\"use strict\"".utf8) : Array(raw)
    }
    let isASCII = raw.allSatisfy { $0 < 0x80 }
    let shortened = StringLiteral.literal(
      for: units, preferring: UInt8(ascii: "\""), asciiOnly: isASCII)
    // Raw U+2028/U+2029 end the line in pre-2019 engines: always escape.
    if shortened.count <= raw.count || LiteralHazards.contains(raw)
      || units.contains(0x2028) || units.contains(0x2029)
    {
      return shortened
    }
    return Array(raw)
  }

  // MARK: Comments

  func keeps(_ comment: Token) -> Bool {
    switch options.comments {
    case .none: return false
    case .all: return true
    case .license:
      let text = source.bytes[comment.start..<comment.end]
      if text.count >= 3, text[text.startIndex + 2] == UInt8(ascii: "!"),
        comment.kind == .blockComment || comment.kind == .lineComment
      {
        return true
      }
      return containsLicenseTag(text)
    }
  }

  /// Writes a kept comment. A line comment (HTML-like ones become `//`)
  /// ends with a line break, which the source also had there.
  mutating func printComment(_ comment: Token) {
    var text = source.bytes[comment.start..<comment.end]
    let isLine = comment.kind != .blockComment
    if comment.kind == .htmlOpenComment || comment.kind == .htmlCloseComment {
      text = text.dropFirst(comment.kind == .htmlOpenComment ? 4 : 3)
    }
    if comment.hasNewlineBefore, !output.isEmpty, output.last != 0x0A {
      output.append(0x0A)
    } else if output.last == UInt8(ascii: "/") {
      output.append(0x20)
    }
    if comment.kind == .htmlOpenComment || comment.kind == .htmlCloseComment {
      output += Array("//".utf8)
    }
    output += text
    if isLine { output.append(0x0A) }
    wroteCommentSincePrevious = true
  }

  /// Does the comment mention `@license` or `@preserve`? Only the `@`
  /// bytes are looked at closely.
  func containsLicenseTag(_ text: ArraySlice<UInt8>) -> Bool {
    text.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      var index = 0
      while index < count {
        if bytes[index] == UInt8(ascii: "@"),
          Self.matches(bytes, at: index + 1, Self.license)
            || Self.matches(bytes, at: index + 1, Self.preserve)
        {
          return true
        }
        index += 1
      }
      return false
    }
  }

  private static let license: StaticString = "license"
  private static let preserve: StaticString = "preserve"

  private static func matches(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: StaticString
  ) -> Bool {
    let length = word.utf8CodeUnitCount
    guard index + length <= bytes.count else { return false }
    let pattern = word.utf8Start
    for offset in 0..<length where bytes[index + offset] != pattern[offset] {
      return false
    }
    return true
  }

  mutating func write(_ bytes: ArraySlice<UInt8>) {
    output += bytes
  }
}
