import Foundation
import JSLexer
import JSMinifier
import Testing

/// The bounded fuzzing that CI runs: the checked-in corpus of tricky
/// inputs (and minimized crashers from libFuzzer) replayed through the
/// lexer and the minifier, each required to satisfy MinifierProperty.
@Suite("The fuzz corpus replays cleanly")
struct CorpusReplayTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appending(path: "Corpus")

  static func inputs(in folder: String) -> [String] {
    let directory = corpus.appending(path: folder).path
    return ((try? FileManager.default.contentsOfDirectory(
      atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".js") }.sorted()
      .map { folder == "." ? $0 : "\(folder)/\($0)" }
  }

  static func bytes(of name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: corpus.appending(path: name)))
  }

  @Test("the corpus is there")
  func corpusIsThere() {
    #expect(Self.inputs(in: ".").count >= 30)
  }

  @Test(
    "each corpus input gives a positioned error or idempotent output",
    arguments: inputs(in: "."))
  func replays(_ name: String) throws {
    let violation = MinifierProperty.violation(of: try Self.bytes(of: name))
    #expect(violation == nil, "\(name): \(violation ?? "")")
  }

  @Test("the minified corpus parses under acorn to the input's tree")
  func differentialWithAcorn() throws {
    guard let node = Program.find("node"),
      FileManager.default.fileExists(atPath: "/usr/share/nodejs/acorn")
    else {
      print("Skipped: node and node-acorn are needed for the acorn check.")
      return
    }
    let script = Snowpak.packageRoot.appending(path: "Fuzz/differential.js")
    let result = try Program.run(
      node, [script.path, Snowpak.executable.path, Self.corpus.path],
      in: Self.corpus)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("\"problems\":0"), "\(result.output)")
  }
}
