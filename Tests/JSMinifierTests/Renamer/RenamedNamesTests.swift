import JSLexer
import Testing

@testable import JSMinifier

@Suite("Renamed identifiers in the source map")
struct RenamedNamesTests {
  @Test("Each renamed identifier maps to its original name and position")
  func namesPointAtOriginals() throws {
    let input = "function outer(longName) {\n  var other = longName + 1;\n"
      + "  return {other};\n}\n"
    var options = MinifyOptions()
    options.sourceMap = true
    let output = try Minifier.minify(
      SourceText(name: "t.js", contents: input), options: options)
    let map = try #require(output.sourceMap)
    #expect(map.names == ["longName", "other"])

    // Every named segment points at that name in the input, and the
    // output holds a short name at the generated position.
    let lines = input.split(separator: "\n", omittingEmptySubsequences: false)
    let named = map.mappings.filter { $0.nameIndex != nil }
    #expect(named.count == 4)
    for mapping in named {
      let name = map.names[mapping.nameIndex!]
      let line = Array(lines[mapping.originalLine])
      let original = String(line[mapping.originalColumn...].prefix(name.count))
      #expect(original == name)
      let generated = Array(output.text)[mapping.generatedColumn...]
      #expect(!generated.starts(with: name) || generated.dropFirst(name.count).first == ":")
    }
  }

  @Test("true written as !0 is not a name")
  func booleansAreNotNames() throws {
    var options = MinifyOptions()
    options.sourceMap = true
    let output = try Minifier.minify(
      SourceText(name: "t.js", contents: "function f(a) { return a || true }"),
      options: options)
    #expect(output.text == "function f(n){return n||!0}")
    #expect(output.sourceMap?.names == ["a"])
  }
}
