import Foundation
import Testing

/// `snowpak minify`: standard input to standard output, files in order,
/// source maps, and errors that write nothing.
@Suite("snowpak minify")
struct MinifyCommandTests {
  @Test("minifies standard input to standard output")
  func minifiesStandardInput() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["minify", "--no-mangle"], in: directory.url,
      input: "var answer = 42 ;\n// comment\nanswer ++\n")
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "var answer=42;answer++")
  }

  @Test("concatenates files in the order given")
  func concatenatesFiles() throws {
    let directory = try TemporaryDirectory()
    try directory.write("first ( )", to: "a.js")
    try directory.write("second ( )\n", to: "b.js")
    let result = try Snowpak.run(
      ["minify", "b.js", "a.js"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "second()\nfirst()")
  }

  @Test("writes a source map that node can follow back")
  func writesSourceMap() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "function greet ( name ) {\n  return 'hi ' + name ;\n}\n", to: "a.js")
    let result = try Snowpak.run(
      ["minify", "a.js", "-o", "a.min.js", "--source-map", "a.min.js.map"],
      in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    let code = String(decoding: try directory.read("a.min.js"), as: UTF8.self)
    #expect(code.hasSuffix("\n//# sourceMappingURL=a.min.js.map\n"))
    let map = try JSONSerialization.jsonObject(
      with: try directory.read("a.min.js.map")) as? [String: Any]
    #expect(map?["version"] as? Int == 3)
    #expect(map?["sources"] as? [String] == ["a.js"])
  }

  @Test("reports a syntax error with its position and writes nothing")
  func reportsSyntaxError() throws {
    let directory = try TemporaryDirectory()
    try directory.write("ok();\n/* open", to: "a.js")
    let result = try Snowpak.run(
      ["minify", "a.js", "-o", "out.js", "--source-map", "out.js.map"],
      in: directory.url)
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("a.js:2:8: error: "), "\(result.error)")
    #expect(directory.files() == ["a.js"])
  }

  @Test("names a file that does not exist")
  func reportsMissingFile() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(["minify", "gone.js"], in: directory.url)
    #expect(result.status == 66)
    #expect(result.error == """
      snowpak: error: Cannot read 'gone.js': no such readable file.

      """)
  }

  @Test("replaces an existing output and leaves no temporary file")
  func replacesOutput() throws {
    let directory = try TemporaryDirectory()
    try directory.write("var  a = 1 ;", to: "a.js")
    try directory.write(String(repeating: "old ", count: 1000), to: "out.js")
    let result = try Snowpak.run(
      ["minify", "a.js", "-o", "out.js"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    #expect(try directory.read("out.js") == Data("var a=1;".utf8))
    #expect(directory.files() == ["a.js", "out.js"])
  }

  @Test("reads a file of more than one buffer, multi-byte text included")
  func readsLargeFile() throws {
    let directory = try TemporaryDirectory()
    let line = "f ( 'é\u{1F600}' ) ;\n"
    try directory.write(String(repeating: line, count: 20_000), to: "a.js")
    let result = try Snowpak.run(
      ["minify", "a.js", "-o", "out.js"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    let expected = String(repeating: "f(\"é\u{1F600}\");", count: 20_000)
    #expect(try directory.read("out.js") == Data(expected.utf8))
  }

  @Test("names an output it cannot create, and why")
  func reportsUnwritableOutput() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a()", to: "a.js")
    let result = try Snowpak.run(
      ["minify", "a.js", "-o", "missing/out.js"], in: directory.url)
    #expect(result.status == 73)
    #expect(result.error == """
      snowpak: error: Cannot write 'missing/out.js': No such file or \
      directory.

      """)
    #expect(directory.files() == ["a.js"])
  }

  @Test("matches acorn's tree on jQuery")
  func matchesAcornOnJQuery() throws {
    let jquery = "/usr/share/javascript/jquery/jquery.js"
    guard let node = Command.find("node"),
      FileManager.default.fileExists(atPath: jquery),
      FileManager.default.fileExists(atPath: "/usr/share/nodejs/acorn")
    else {
      print("skipped: needs node, node-acorn and libjs-jquery")
      return
    }
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["minify", jquery, "-o", "jquery.min.js"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    try directory.write(Self.compareScript, to: "compare.js")
    let comparison = try Command.run(
      node, ["compare.js", jquery, "jquery.min.js"], in: directory.url)
    #expect(comparison.status == 0, "\(comparison.output)\(comparison.error)")
    #expect(comparison.output == "same\n")
  }

  /// The forms the minifier shortens that acorn parses differently
  /// (`if(a){b()}` and `if(a)b()`), shared with the minifier's tests.
  static let equivalentForms = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Oracle/equivalent-forms.js").path

  /// `text` as a JavaScript string literal.
  static func jsonQuoted(_ text: String) -> String {
    String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
  }

  /// Parses two files with acorn and compares their trees, ignoring
  /// positions, raw text, the names of local bindings (renaming) and the
  /// equivalent forms.
  static let compareScript = """
    const acorn = require('/usr/share/nodejs/acorn');
    const fs = require('fs');
    const { normalize } = require(\(jsonQuoted(equivalentForms)));
    const parse = (file) => acorn.parse(fs.readFileSync(file, 'utf8'),
      { ecmaVersion: 'latest', sourceType: 'script' });
    const skip = new Set(['start', 'end', 'raw', 'loc', 'range']);
    // Shapes only: identifiers are compared by kind, not by name, since
    // renaming changes local names; every other value must be equal.
    function shape(node) {
      if (Array.isArray(node)) return node.map(shape);
      if (node === null || typeof node !== 'object') return node;
      const out = {};
      for (const key of Object.keys(node).sort()) {
        if (skip.has(key)) continue;
        if (node.type === 'Identifier' && key === 'name') continue;
        out[key] = shape(node[key]);
      }
      return out;
    }
    const [a, b] = process.argv.slice(2)
      .map((file) => normalize(parse(file), fs.readFileSync(file, 'utf8')))
      .map(shape);
    const same = JSON.stringify(a) === JSON.stringify(b);
    console.log(same ? 'same' : 'different');
    process.exit(same ? 0 : 1);
    """
}
