import TestSupport
import Foundation
import JSLexer
import Testing

@testable import JSMinifier

@Suite("Renaming real libraries keeps the program")
struct RenamerCorpusTests {
  struct Classified: Decodable {
    var path: String
    var goal: String
  }

  /// The minifier's corpus (classified by acorn), plus acorn's modules.
  static func classifiedCorpus() throws -> [(path: String, goal: Goal)] {
    let classified = try AcornOracle.run(
      "classify", Corpus.files, as: [Classified].self)
    var files = classified.compactMap { file -> (String, Goal)? in
      switch file.goal {
      case "script": (file.path, .script)
      case "module": (file.path, .module)
      default: nil
      }
    }
    for module in [
      "/usr/share/nodejs/acorn/dist/acorn.mjs",
      "/usr/share/nodejs/acorn-walk/dist/walk.mjs",
      "/usr/share/nodejs/acorn-loose/dist/acorn-loose.mjs",
    ] where FileManager.default.fileExists(atPath: module) {
      files.append((module, .module))
    }
    return files
  }

  @Test(
    "Renamed corpus files have the same syntax tree up to local names",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* and node-* packages"))
  func sameTreeUpToRenaming() throws {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }

    // Rename every file, keeping its whitespace.
    let files = try Self.classifiedCorpus()
    var manifest: [[String: Any]] = []
    for (number, file) in files.enumerated() {
      let text = try String(contentsOfFile: file.path, encoding: .utf8)
      let output = directory.appendingPathComponent("\(number).js")
      try mangled(text, goal: file.goal).write(
        to: output, atomically: true, encoding: .utf8)
      manifest.append([
        "input": file.path, "output": output.path,
        "module": file.goal == .module,
      ])
    }
    let manifestURL = directory.appendingPathComponent("manifest.json")
    try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)

    // One node process judges them all.
    let report = try NodeHarness.run(
      script: NodeHarness.checkRenaming, arguments: [manifestURL.path],
      in: directory)
    var renamed: [String: Int] = [:]
    for line in report.split(separator: "\n") {
      let fields = line.split(separator: " ")
      #expect(fields.first == "ok", "\(line)")
      if fields.first == "ok", fields.count == 3 {
        renamed[String(fields[1])] = Int(fields[2])
      }
    }
    #expect(renamed.count == manifest.count)

    // And renaming really happened in every library.
    for library in Corpus.libraries {
      #expect((renamed[library] ?? 0) > 100, "\(library)")
    }
  }
}
