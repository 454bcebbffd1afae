import JSLexer
import Testing

/// Lexes `input` and expects the texts of its tokens, comments included,
/// end of file excluded.
func expectTokens(
  _ input: String, _ texts: [String], goal: Goal = .script,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let source = SourceText(name: "test.js", contents: input)
  do {
    let tokens = try Lexer.tokenize(source, goal: goal).dropLast()
    #expect(tokens.map { $0.text(in: source) } == texts, sourceLocation: sourceLocation)
  } catch {
    Issue.record("\(input) threw \(error)", sourceLocation: sourceLocation)
  }
}

/// Lexes `input` and expects the kinds of its tokens.
func expectKinds(
  _ input: String, _ kinds: [TokenKind], goal: Goal = .script,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let source = SourceText(name: "test.js", contents: input)
  let tokens = try? Lexer.tokenize(source, goal: goal).dropLast()
  #expect(tokens?.map(\.kind) == kinds, sourceLocation: sourceLocation)
}

@Suite("Lexing")
struct LexerTests {
  @Test("Punctuators are read longest first")
  func punctuators() {
    expectTokens("a>>>=b**=c??=d&&=e||=f", [
      "a", ">>>=", "b", "**=", "c", "??=", "d", "&&=", "e", "||=", "f",
    ])
    expectTokens("a...b=>c!==d===e", ["a", "...", "b", "=>", "c", "!==", "d", "===", "e"])
    expectTokens("x = a?.b ? .5 : 1", ["x", "=", "a", "?.", "b", "?", ".5", ":", "1"])
    expectTokens("a?.5:1", ["a", "?", ".5", ":", "1"])
    expectTokens("x-->y", ["x", "--", ">", "y"])
    expectTokens("a+++b", ["a", "++", "+", "b"])
  }

  @Test("Template literals nest to any depth")
  func templates() {
    expectTokens("`a${b}c${d}e`", ["`a${", "b", "}c${", "d", "}e`"])
    expectTokens("`${`${a}`}`", ["`${", "`${", "a", "}`", "}`"])
    expectTokens("`${{a: 1}}`", ["`${", "{", "a", ":", "1", "}", "}`"])
    expectKinds("`a${b}c${d}e`", [
      .templateHead, .identifier, .templateMiddle, .identifier, .templateTail,
    ])
    expectKinds("``", [.noSubstitutionTemplate])
  }

  @Test("Words are identifiers, keywords, private names or escaped")
  func words() {
    expectKinds("if let yield enum", [.keyword, .identifier, .identifier, .identifier])
    expectKinds("#x in o", [.privateName, .keyword, .identifier])
    expectTokens("ℵ = café", ["ℵ", "=", "café"])
    expectTokens("\\u{61}bc = a\\u0062", ["\\u{61}bc", "=", "a\\u0062"])
    let source = SourceText(name: "t.js", contents: "\\u0069f")
    let token = try? Lexer.tokenize(source).first
    #expect(token?.kind == .identifier)
    #expect(token?.flags.contains(.hasEscape) == true)
  }

  @Test("Every keyword is spelt as its case is named, and lexed as one")
  func keywordSpellings() throws {
    for word in Keyword.allCases where word != .none {
      #expect(word.text == "\(word)")
      let source = SourceText(name: "k.js", contents: word.text)
      let token = try Lexer.tokenize(source)[0]
      #expect(token.keyword == word)
      #expect(token.kind == (word.isReserved ? .keyword : .identifier))
    }
  }

  @Test("Numbers in every form")
  func numbers() {
    expectTokens("0x1F 0o17 0b1 017 019 1_000 .5e-3 1e+3 10n 0x1Fn 1.", [
      "0x1F", "0o17", "0b1", "017", "019", "1_000", ".5e-3", "1e+3", "10n", "0x1Fn", "1.",
    ])
    expectTokens("1..a", ["1.", ".", "a"])
  }

  @Test("Comments, HTML-like comments and the hashbang are tokens")
  func comments() {
    expectKinds(
      "#!node\n// a\n/* b */ x", [.hashbang, .lineComment, .blockComment, .identifier])
    expectKinds(
      "a <!-- b\n--> c\nd",
      [.identifier, .htmlOpenComment, .htmlCloseComment, .identifier])
    expectKinds("a <!--b", [.identifier, .punctuator, .punctuator, .punctuator, .identifier],
                goal: .module)
    expectKinds("a --> b", [.identifier, .punctuator, .punctuator, .identifier])
  }

  @Test("Long comments end and count line breaks wherever they fall")
  func longComments() throws {
    // Every alignment of the terminator and of `*/` against the 8-byte
    // steps of the comment scans; U+2027 shares the lead byte of LS/PS.
    for padding in 0..<20 {
      let filler = String(repeating: "x*", count: padding / 2)
        + String(repeating: "y", count: padding % 2)
      for terminator in ["\n", "\r", "\u{2028}", "\u{2029}", "\u{2027}", ""] {
        let breaks = !terminator.isEmpty && terminator != "\u{2027}"
        for body in [filler + terminator, terminator + filler] {
          let block = SourceText(name: "t.js", contents: "a/*\(body)*/b")
          let blockTokens = try Lexer.tokenize(block)
          #expect(blockTokens.map { $0.text(in: block) }
            == ["a", "/*\(body)*/", "b", ""])
          #expect(blockTokens[2].hasNewlineBefore == breaks)

          let line = SourceText(name: "t.js", contents: "a//\(body)\nb")
          let comment = try Lexer.tokenize(line)[1].text(in: line)
          let firstLine = breaks
            ? String(body.prefix { String($0) != terminator }) : body
          #expect(comment == "//" + firstLine)
        }
      }
    }
  }

  @Test("Line terminators of every kind set newlineBefore")
  func newlines() throws {
    for separator in ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "/*\n*/", "//x\n"] {
      let source = SourceText(name: "t.js", contents: "a\(separator)b")
      let tokens = try Lexer.tokenize(source).filter { !$0.kind.isComment }
      #expect(tokens[1].hasNewlineBefore, "separator \(separator.debugDescription)")
    }
    let tokens = try Lexer.tokenize(SourceText(name: "t.js", contents: "a /* */ b"))
    #expect(!tokens[2].hasNewlineBefore)
  }

  @Test("Whitespace includes NBSP, ZWNBSP and Unicode spaces")
  func whitespace() {
    expectTokens("\u{FEFF}a\u{00A0}b\u{1680}c\u{2000}d\u{202F}e\u{205F}f\u{3000}g\u{0B}h\u{0C}i",
                 ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
  }

  @Test("String values are cooked and literals are quoted safely")
  func stringValues() throws {
    let literal = #"'a\x41\u0042\u{43}\n\'\101\0\8\"# + "\nb'"
    let source = SourceText(name: "t.js", contents: literal)
    let token = try Lexer.tokenize(source)[0]
    #expect(Lexer.stringValue(of: token, in: source) == "aABC\n'A\u{0}8b")
    #expect(Lexer.quotedLiteral("it's") == #""it's""#)
    #expect(Lexer.quotedLiteral(#"say "hi""#) == #"'say "hi"'"#)
    #expect(Lexer.quotedLiteral("a\\b\nc\u{2028}") == #""a\\b\nc\u2028""#)
    #expect(Lexer.quotedLiteral("</script><!--", preferring: UInt8(ascii: "'"))
      == #"'\x3C/script>\x3C!--'"#)
  }
}
