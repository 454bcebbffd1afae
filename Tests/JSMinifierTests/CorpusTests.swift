import TestSupport
import Foundation
import JSLexer
import JSMinifier
import Testing

/// The minifier on ~960 real files, checked by a parser we did not write.
@Suite("The Debian JavaScript corpus")
struct CorpusTests {
  struct Classified: Decodable {
    var path: String
    var goal: String
    var error: String?
  }


  /// Each corpus file as acorn classifies it, and our output for it (or
  /// the error we gave), computed once for all the tests of this suite.
  struct Run: Sendable {
    var files: [(path: String, goal: String, acornError: String?)] = []
    var outputs: [String: [UInt8]] = [:]
    var originals: [String: Int] = [:]
    var failures: [String: String] = [:]
  }

  static let run: Run = {
    var run = Run()
    guard let classified = try? AcornOracle.run(
      "classify", Corpus.files, as: [Classified].self)
    else { return run }
    for file in classified {
      run.files.append((file.path, file.goal, file.error))
      guard let data = FileManager.default.contents(atPath: file.path) else { continue }
      let source = SourceText(name: file.path, text: Array(data))
      run.originals[file.path] = data.count
      var options = MinifyOptions()
      options.goal = file.goal == "module" ? .module : .script
      options.mangle = false  // renaming has its own corpus test
      do {
        run.outputs[file.path] = try Minifier.minify(source, options: options).code
      } catch let error as LexerError {
        run.failures[file.path] = source.render(error.diagnostic)
      } catch {
        run.failures[file.path] = "\(error)"
      }
    }
    return run
  }()

  @Test(
    "Every file minifies to the same syntax tree under acorn",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* and node-* packages"))
  func minifiedFilesKeepTheirSyntaxTrees() throws {
    let run = Self.run
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    var pairs: [AcornOracle.Pair] = []
    for (index, file) in run.files.enumerated() where file.goal != "rejected" {
      guard let code = run.outputs[file.path] else {
        Issue.record("acorn accepts it, we do not: \(run.failures[file.path] ?? file.path)")
        continue
      }
      let minified = directory.appendingPathComponent("\(index).js")
      try Data(code).write(to: minified)
      pairs.append(
        AcornOracle.Pair(
          original: file.path, minified: minified.path, goal: file.goal))
    }

    let problems = try AcornOracle.run("compare", pairs, as: [AcornOracle.Problem].self)
    for problem in problems.prefix(20) {
      Issue.record("\(problem.path): \(problem.problem ?? "")")
    }
    #expect(problems.isEmpty)
    #expect(pairs.count > 900)
  }

  @Test(
    "Files acorn rejects as script and as module are rejected too",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* and node-* packages"))
  func rejectedFilesAreRejected() throws {
    for file in Self.run.files where file.goal == "rejected" {
      let source = SourceText(
        name: file.path, text: Array(FileManager.default.contents(atPath: file.path)!))
      for goal in [Goal.script, .module] {
        var options = MinifyOptions()
        options.goal = goal
        #expect(throws: LexerError.self, "\(file.path): \(file.acornError ?? "")") {
          _ = try Minifier.minify(source, options: options)
        }
      }
    }
  }

  @Test(
    "The output is no larger than esbuild --minify-whitespace",
    .enabled(if: Corpus.isInstalled, "needs the libjs-* and node-* packages"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/esbuild"),
             "needs esbuild"))
  func outputIsNoLargerThanEsbuild() throws {
    let run = Self.run
    let paths = run.files.map(\.path).filter { run.outputs[$0] != nil }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-esbuild-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try AcornOracle.run(
      "/usr/bin/esbuild",
      ["--minify-whitespace", "--log-level=error", "--outdir=\(directory.path)"] + paths)
    let esbuildTotal = try esbuildBytes(in: directory)
    let ours = paths.reduce(0) { $0 + run.outputs[$1]!.count }
    let original = paths.reduce(0) { $0 + run.originals[$1]! }

    // The figures for the report: swift test --filter CorpusTests.
    print("corpus: \(paths.count) files, original \(original) bytes, "
      + "ours \(ours), esbuild --minify-whitespace \(esbuildTotal)")
    print("library | original | ours | ours gzip")
    for path in Corpus.libraries {
      guard let code = run.outputs[path] else { continue }
      print("\((path as NSString).lastPathComponent) | \(run.originals[path]!) | "
        + "\(code.count) | \(try gzipSize(code))")
    }
    #expect(ours <= esbuildTotal)
  }

  func esbuildBytes(in directory: URL) throws -> Int {
    var total = 0
    let walker = FileManager.default.enumerator(
      at: directory, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])!
    for case let url as URL in walker {
      let values = try url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
      if values.isRegularFile == true { total += values.fileSize ?? 0 }
    }
    return total
  }

  func gzipSize(_ bytes: [UInt8]) throws -> Int {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-gzip-\(UUID().uuidString)")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try AcornOracle.run("/bin/gzip", ["-9", "-c", file.path]).count
  }
}
