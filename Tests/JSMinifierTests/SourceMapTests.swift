import TestSupport
import Foundation
import JSLexer
import JSMinifier
import Testing

@Suite("Source maps")
struct SourceMapTests {
  @Test("Mappings are Base64 VLQ deltas, lines separated by semicolons")
  func encoding() {
    typealias Mapping = SourceMap.Mapping
    let map = SourceMap(
      sources: ["a.js"], sourcesContent: ["x"], names: ["foo"],
      mappings: [
        Mapping(generatedLine: 0, generatedColumn: 0, sourceIndex: 0,
                originalLine: 0, originalColumn: 0, nameIndex: nil),
        Mapping(generatedLine: 0, generatedColumn: 5, sourceIndex: 0,
                originalLine: 1, originalColumn: 2, nameIndex: 0),
        Mapping(generatedLine: 2, generatedColumn: 16, sourceIndex: 0,
                originalLine: 0, originalColumn: 1, nameIndex: nil),
      ])
    #expect(map.encodedMappings == "AAAA,KACEA;;gBADD")
    #expect(String(decoding: map.json(file: "out.js", includeSourcesContent: true),
                   as: UTF8.self) == """
      {"version":3,"file":"out.js","sources":["a.js"],"sourcesContent":["x"],\
      "names":["foo"],"mappings":"AAAA,KACEA;;gBADD"}

      """)
  }

  struct Check: Encodable {
    var originals: [String: String]
    var minified: String
    var map: String
  }

  struct Result: Decodable {
    var path: String
    var problem: String?
    var checked: Int
  }

  @Test(
    "Every identifier and literal maps back to its text across files",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* packages"))
  func identifiersMapBack() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    // Two libraries, and a file with CRLF, LS and non-ASCII text between.
    let odd = directory.appendingPathComponent("odd.js")
    try Data("var é = 'ü';\r\nvar b = é +\u{2028}'😀' + /x/;\n".utf8).write(to: odd)
    let paths = ["/usr/share/javascript/underscore/underscore.js", odd.path,
                 "/usr/share/javascript/backbone/backbone.js"]
    let files = try paths.map {
      SourceFile(name: $0, text: Array(try Data(contentsOf: URL(fileURLWithPath: $0))))
    }
    var options = MinifyOptions()
    options.sourceMap = true
    options.mangle = false  // renamed names are checked in Renamer/
    let output = try Minifier.minify(SourceText(files: files), options: options)
    let minified = directory.appendingPathComponent("out.js")
    let map = directory.appendingPathComponent("out.js.map")
    try Data(output.code).write(to: minified)
    try Data(output.sourceMap!.json(file: "out.js", includeSourcesContent: false))
      .write(to: map)

    let results = try AcornOracle.run(
      "sourcemap",
      [Check(originals: Dictionary(uniqueKeysWithValues: paths.map { ($0, $0) }),
             minified: minified.path, map: map.path)],
      as: [Result].self)
    #expect(results.first?.problem == nil, "\(results.first?.problem ?? "")")
    #expect((results.first?.checked ?? 0) > 5_000)
    #expect(output.sourceMap?.sources == paths)
  }
}
