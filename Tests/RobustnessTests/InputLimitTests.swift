import Foundation
import JSLexer
import JSMinifier
import Testing

/// Inputs at the limits: deep nesting, long lines, bytes that are not
/// JavaScript. The command line runs them (on its main thread, with the
/// stack a build step gets), so a stack overflow would show as a signal.
@Suite("Inputs at the limits")
struct InputLimitTests {
  /// `count` copies of `open`, a core, `count` copies of `close`.
  static func nested(
    _ open: String, _ core: String, _ close: String, _ count: Int
  ) -> String {
    String(repeating: open, count: count) + core
      + String(repeating: close, count: count)
  }

  static let deepPrograms: [(String, String)] = [
    ("parentheses", "x=" + nested("(", "1", ")", 100_000)),
    ("arrays", "x=" + nested("[", "1", "]", 50_000)),
    ("objects", "x=" + nested("{a:", "1", "}", 30_000)),
    ("templates", "x=" + nested("`${", "1", "}`", 30_000)),
    ("functions", nested("function f(a){", "a", "}", 20_000)),
    ("blocks", nested("{", "x", "}", 50_000)),
    ("arrows", String(repeating: "a=>", count: 30_000) + "1"),
    ("conditionals", "x=" + String(repeating: "a?b:", count: 30_000) + "c"),
    ("unary operators", "x=" + String(repeating: "!", count: 100_000) + "a"),
  ]

  /// Minifies `program` with the executable: the status, the output.
  func minify(_ program: String, _ arguments: [String] = [])
    throws -> Snowpak.Result
  {
    let scratch = try Scratch()
    try scratch.write(Data(program.utf8), to: "input.js")
    return try Snowpak.run(
      ["minify", "input.js"] + arguments, in: scratch.url)
  }

  @Test(
    "deep nesting minifies without overflowing the stack",
    arguments: deepPrograms)
  func deepNesting(_ shape: String, _ program: String) throws {
    // The renamer descends once per nesting level; the executable runs
    // its work on a thread with a 2 GB stack so that this cannot crash.
    let result = try minify(program)
    #expect(!result.crashed, "\(shape): \(result.error.prefix(300))")
    #expect(result.status == 0, "\(shape): \(result.error.prefix(300))")
    #expect(!result.output.isEmpty)
  }

  @Test("100,000 unclosed parentheses are an error at the end of input")
  func unclosedParentheses() throws {
    let result = try minify(String(repeating: "(", count: 100_000))
    #expect(result.status == 65)
    #expect(result.error.hasPrefix(
      "input.js:1:100001: error: Expected a closing bracket for \"(\""))
  }

  // A 40 MB line (release build) takes 14 s and 560 MB: see the report.
  @Test("a 200 KB line minifies, the same as its statements one per line")
  func longLine() throws {
    let statements = (0..<10_000).map { "var v\($0) = \($0) ;" }
    let oneLine = try minify(statements.joined(separator: " "))
    let manyLines = try minify(statements.joined(separator: "\n"))
    #expect(oneLine.status == 0)
    #expect(oneLine.output.count > 100_000)
    #expect(oneLine.output == manyLines.output)
  }

  @Test(
    "bytes that are not JavaScript are positioned errors",
    arguments: [
      ("x = 1\u{0}y", "input.js:1:6: error: Unexpected character U+0000"),
      ("var a\u{FFFF}", "input.js:1:6: error: Unexpected character"),
      ("var \\uD800 = 1",
       "input.js:1:5: error: Invalid escape sequence \"\\uD800\" in an "
         + "identifier"),
      ("x = '\\u{110000}'", "input.js:1:"),
    ])
  func notJavaScript(_ program: String, _ message: String) throws {
    let result = try minify(program)
    #expect(result.status == 65)
    #expect(result.error.hasPrefix(message), "\(result.error)")
    #expect(result.output.isEmpty)
  }

  @Test(
    "invalid UTF-8 outside a string or comment is a positioned error",
    arguments: [[0xFF], [0x76, 0x61, 0x72, 0x20, 0x61, 0xC3, 0x28],
      [0x78, 0x3D, 0xED, 0xA0, 0x80], [0x78, 0x3D, 0xC0, 0xAF]])
  func invalidUTF8(_ bytes: [UInt8]) throws {
    let source = SourceText(name: "input.js", text: bytes)
    #expect(throws: LexerError.self) {
      try Minifier.minify(source, options: MinifyOptions())
    }
    #expect(MinifierProperty.violation(of: bytes) == nil)
  }

  /// Each program has a byte that starts a UTF-8 sequence but is not
  /// followed by its continuation bytes. A literal's value is decoded from
  /// its bytes, so the lexer refuses it rather than swallow what follows.
  @Test(
    "invalid UTF-8 inside a string is a positioned error",
    arguments: [
      ([0x78, 0x3D, 0x27, 0x61, 0xDC, 0x5F, 0x62, 0x27], "1:5", "DC"),
      ([0x78, 0x3D, 0x27, 0xE0, 0x41, 0x42, 0x27], "1:4", "E0"),
      ([0x78, 0x3D, 0x27, 0xF0, 0x27, 0x2B, 0x31], "1:4", "F0"),
      ([0x78, 0x3D, 0x60, 0xFF, 0x60], "1:4", "FF"),
    ])
  func invalidUTF8InAString(
    _ bytes: [UInt8], _ position: String, _ byte: String
  ) throws {
    let scratch = try Scratch()
    try scratch.write(bytes, to: "input.js")
    let result = try Snowpak.run(["minify", "input.js"], in: scratch.url)
    #expect(result.status == 65)
    #expect(result.error.hasPrefix(
      "input.js:\(position): error: Invalid UTF-8 (byte 0x\(byte)) in a "
        + "literal; the source must be UTF-8"), "\(result.error)")
    #expect(result.output.isEmpty)
  }

  @Test("lone surrogates in escapes survive as escapes")
  func loneSurrogates() throws {
    let result = try minify(#"x = ['\uD800', "\uDC00", `\uDBFF`]"#)
    #expect(result.status == 0)
    #expect(result.output.contains(#"\uD800"#))
    #expect(result.output.contains(#"\uDC00"#))
    #expect(result.output.contains(#"\uDBFF"#))
  }

  @Test("every prefix of a real library is handled by the property")
  func prefixesOfALibrary() throws {
    let path = "/usr/share/javascript/underscore/underscore.js"
    guard let data = FileManager.default.contents(atPath: path) else {
      print("Skipped: \(path) (libjs-underscore) is missing.")
      return
    }
    // Cuts every 997 bytes: inside strings, comments, templates, regexes.
    let bytes = [UInt8](data.prefix(60_000))
    for end in stride(from: 0, to: bytes.count, by: 997) {
      let violation = MinifierProperty.violation(of: Array(bytes[..<end]))
      #expect(violation == nil, "prefix of \(end) bytes: \(violation ?? "")")
    }
  }
}
