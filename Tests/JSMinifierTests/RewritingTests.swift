import JSLexer
import JSMinifier
import Testing

/// The two hooks later stages use: replacements by byte offset (the
/// build's collector rewrite) and new names by token index (the renamer).
@Suite("Rewriting tokens while minifying")
struct RewritingTests {
  @Test("A replacement is written instead of the token at its offset")
  func replacements() throws {
    let input = "send('collector.example.com', 'x')"
    let source = SourceText(name: "t.js", contents: input)
    let offset = Array(input.utf8).firstIndex(of: UInt8(ascii: "'"))!
    var options = MinifyOptions()
    options.sourceMap = true
    let output = try Minifier.minify(
      source, options: options, replacements: [offset: "\"sp.example.org\""])
    #expect(output.text == "send(\"sp.example.org\",\"x\")")
    // The literal after the replacement still maps to its own column.
    let last = output.sourceMap!.mappings.last { $0.generatedColumn == 22 }
    #expect(last?.originalColumn == 30)
  }

  @Test("Renamed identifiers are written, spaced and named in the map")
  func renamedIdentifiers() throws {
    let input = "var longName = 1; if (longName in o) longName++"
    let source = SourceText(name: "t.js", contents: input)
    let tokens = try Lexer.tokenize(source)
    var renamed: [Int: String] = [:]
    for (index, token) in tokens.enumerated() where token.text(in: source) == "longName" {
      renamed[index] = "a"
    }
    var options = MinifyOptions()
    options.sourceMap = true
    let output = Minifier.minify(
      source, tokens: tokens, options: options, renamedIdentifiers: renamed)
    #expect(output.text == "var a=1;if(a in o)a++")
    #expect(output.sourceMap?.names == ["longName"])
    #expect(output.sourceMap?.mappings.filter { $0.nameIndex == 0 }.count == 3)
  }
}
