import JSLexer
import Testing

/// Lexes `input` (named test.js) and expects the rendered error text.
func expectError(
  _ input: String, _ rendered: String, goal: Goal = .script,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let source = SourceText(name: "test.js", contents: input)
  do {
    _ = try Lexer.tokenize(source, goal: goal)
    Issue.record("no error for \(input)", sourceLocation: sourceLocation)
  } catch let error as LexerError {
    #expect(source.render(error.diagnostic) == rendered, sourceLocation: sourceLocation)
  } catch {
    Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
  }
}

@Suite("Lexical errors")
struct LexerErrorTests {
  @Test("Unterminated constructs point at the end and note where they began")
  func unterminatedConstructs() {
    expectError("x = \"abc\ny", """
      test.js:1:9: error: Unterminated string literal
      x = "abc
              ^
      test.js:1:5: note: The string literal began here
      x = "abc
          ^

      """)
    expectError("a\n/* abc", """
      test.js:2:7: error: Expected "*/" to terminate the block comment
      /* abc
            ^
      test.js:2:1: note: The block comment began here
      /* abc
      ^

      """)
    expectError("x = `abc ${y} z", """
      test.js:1:16: error: Unterminated template literal
      x = `abc ${y} z
                     ^
      test.js:1:5: note: The template literal began here
      x = `abc ${y} z
          ^

      """)
    expectError("x = /abc\n", """
      test.js:1:9: error: Unterminated regular expression
      x = /abc
              ^
      test.js:1:5: note: The regular expression began here
      x = /abc
          ^

      """)
    expectError("f(a, [b)", """
      test.js:1:8: error: Expected "]" but found ")"
      f(a, [b)
             ^
      test.js:1:6: note: The bracket was opened here
      f(a, [b)
           ^

      """)
    expectError("if (a) {\n  b()\n", """
      test.js:3:1: error: Expected a closing bracket for "{" before the end of input
      
      ^
      test.js:1:8: note: The bracket was opened here
      if (a) {
             ^

      """)
  }

  @Test("Bad characters, escapes, numbers and flags are quoted")
  func badTokens() {
    expectError("a @ b", """
      test.js:1:3: error: Unexpected character "@"
      a @ b
        ^

      """)
    expectError("a\u{0} b", """
      test.js:1:2: error: Unexpected character U+0000
      a\u{0} b
       ^

      """)
    expectError("\tx = 'é\\x4'", """
      test.js:1:8: error: Invalid escape sequence "\\x4"
      \tx = 'é\\x4'
      \t      ^

      """)
    expectError("x = 1__0", """
      test.js:1:7: error: A numeric separator "_" must be between two digits
      x = 1__0
            ^

      """)
    expectError("x = 3in y", """
      test.js:1:6: error: An identifier cannot start immediately after a number
      x = 3in y
           ^

      """)
    expectError("x = 0x", """
      test.js:1:5: error: Invalid number "0x"
      x = 0x
          ^

      """)
    expectError("x = /a/gg", """
      test.js:1:9: error: Duplicate regular expression flag "g"
      x = /a/gg
              ^

      """)
    expectError("x = /a/x", """
      test.js:1:8: error: Invalid regular expression flag "x"
      x = /a/x
             ^

      """)
    expectError("a)", """
      test.js:1:2: error: Unexpected ")"
      a)
       ^

      """)
    expectError("var \\u0030a", """
      test.js:1:5: error: Invalid escape sequence "\\u0030" in an identifier
      var \\u0030a
          ^

      """)
    expectError("x = `\\unicode`", """
      test.js:1:5: error: Invalid escape sequence in an untagged template literal
      x = `\\unicode`
          ^

      """)
  }

  @Test("Modules reject legacy octal")
  func modulesAreStrict() {
    expectError("x = 017", """
      test.js:1:5: error: Legacy octal literals are not allowed in a module
      x = 017
          ^

      """, goal: .module)
    expectError("x = '\\017'", """
      test.js:1:6: error: Legacy octal escape "\\017" is not allowed in a module
      x = '\\017'
           ^

      """, goal: .module)
  }

  @Test("Errors in a later file point into that file")
  func concatenatedFiles() throws {
    let source = SourceText(files: [
      SourceFile(name: "a.js", contents: "x()"),
      SourceFile(name: "b.js", contents: "// b\ny(\"abc\n"),
    ])
    #expect(throws: LexerError.self) { try Lexer.tokenize(source) }
    do {
      _ = try Lexer.tokenize(source)
    } catch let error as LexerError {
      #expect(source.render(error.diagnostic) == """
        b.js:2:7: error: Unterminated string literal
        y("abc
              ^
        b.js:2:3: note: The string literal began here
        y("abc
          ^

        """)
    }
  }
}
