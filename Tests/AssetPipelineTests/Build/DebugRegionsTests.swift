import JSLexer
import Testing
@testable import AssetPipeline

/// `/*<DEBUG>*/ … /*</DEBUG>*/`: found as comments, blanked in place.
@Suite("Debug regions")
struct DebugRegionsTests {
  @Test(
    "blanks each region, keeping every offset and line break",
    arguments: [
      ("a();/*<DEBUG>*/b();/*</DEBUG>*/c();",
       "a();" + String(repeating: " ", count: 27) + "c();"),
      ("a();\n/*<DEBUG>*/\nb();\n/*</DEBUG>*/\nc();",
       "a();\n           \n    \n            \nc();"),
      ("x/*<DEBUG>*/1/*</DEBUG>*/;y/*<DEBUG>*/2/*</DEBUG>*/;",
       "x                        ;y                        ;"),
      ("s('/*<DEBUG>*/');t('/*</DEBUG>*/');",
       "s('/*<DEBUG>*/');t('/*</DEBUG>*/');"),
      ("r = /\\/*<DEBUG>*\\//;", "r = /\\/*<DEBUG>*\\//;"),
      ("`${'/*<DEBUG>*/'}`", "`${'/*<DEBUG>*/'}`"),
      ("/* <DEBUG> */a()", "/* <DEBUG> */a()"),
      ("a()/*<DEBUG>*/\u{2028}b()/*</DEBUG>*/",
       "a()" + String(repeating: " ", count: 11) + "\u{2028}"
         + String(repeating: " ", count: 15)),
    ])
  func blanks(_ input: String, _ expected: String) throws {
    let source = SourceText(name: "t.js", contents: input)
    let regions = try DebugRegions(
      in: source, tokens: try Lexer.tokenize(source, goal: .script))
    let blanked = regions.blanked(source)
    #expect(String(decoding: blanked.bytes, as: UTF8.self) == expected)
    #expect(blanked.bytes.count == source.bytes.count)
  }

  @Test("keeps the files of a concatenated source apart")
  func keepsFiles() throws {
    let source = SourceText(files: [
      SourceFile(name: "a.js", contents: "a()/*<DEBUG>*/x/*</DEBUG>*/"),
      SourceFile(name: "b.js", contents: "b()\n"),
    ])
    let regions = try DebugRegions(
      in: source, tokens: try Lexer.tokenize(source, goal: .script))
    let blanked = regions.blanked(source)
    #expect(blanked.files.map(\.name) == ["a.js", "b.js"])
    #expect(blanked.location(of: blanked.bytes.count - 2).file == "b.js")
    #expect(blanked.bytes.count == source.bytes.count)
  }

  @Test(
    "reports markers that do not pair up, with their position",
    arguments: [
      ("a()\n/*<DEBUG>*/ b()",
       "t.js:2:1: error: '/*<DEBUG>*/' is never closed by '/*</DEBUG>*/'\n"
         + "/*<DEBUG>*/ b()\n^\n"),
      ("a() /*</DEBUG>*/",
       "t.js:1:5: error: '/*</DEBUG>*/' without an opening '/*<DEBUG>*/'\n"
         + "a() /*</DEBUG>*/\n    ^\n"),
      ("/*<DEBUG>*/\n  /*<DEBUG>*/",
       "t.js:2:3: error: '/*<DEBUG>*/' inside a debug region; debug "
         + "regions do not nest\n  /*<DEBUG>*/\n  ^\n"
         + "t.js:1:1: note: the region began here\n/*<DEBUG>*/\n^\n"),
    ])
  func reportsUnpairedMarkers(_ input: String, _ message: String) throws {
    let source = SourceText(name: "t.js", contents: input)
    let tokens = try Lexer.tokenize(source, goal: .script)
    do {
      _ = try DebugRegions(in: source, tokens: tokens)
      Issue.record("no error for \(input)")
    } catch {
      #expect(source.render(error) == message)
    }
  }
}
