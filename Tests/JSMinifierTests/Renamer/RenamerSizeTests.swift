import TestSupport
import Foundation
import Testing

@testable import JSMinifier

/// Our renamed and minified libraries next to UglifyJS (`-m`, no
/// compression), esbuild `--minify` and YUI Compressor, raw and gzipped.
/// Comments are dropped everywhere except by YUI Compressor, which always
/// keeps `/*!` comments.
/// `Benchmarks/sizes` prints the table.
@Suite("Renamed output is small")
struct RenamerSizeTests {
  struct Row {
    var name: String
    /// Tool ⇒ (bytes, gzip bytes); a tool that fails on the file is absent.
    var sizes: [String: (bytes: Int, gzip: Int)] = [:]
  }

  static let tools = ["snowpak", "uglifyjs -m", "esbuild --minify", "yui-compressor"]

  static var missingTool: String? {
    if let missing = NodeHarness.missingTool { return missing }
    for path in ["/usr/bin/esbuild", "/usr/bin/yui-compressor", "/bin/gzip"]
    where !FileManager.default.isExecutableFile(atPath: path) {
      return "\(path) is missing (Debian esbuild, yui-compressor, gzip)"
    }
    return nil
  }

  @Test(
    "Smaller than YUI Compressor on every library, gzip total no larger than uglifyjs -m, each gzip no larger than esbuild",
    .enabled(if: Self.missingTool == nil, "needs node, uglify-js, esbuild, yui-compressor"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* packages"))
  func sizes() throws {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }

    var rows: [Row] = []
    for path in Corpus.libraries {
      var row = Row(name: (path as NSString).lastPathComponent)
      let ours = Array(
        try minifiedAndMangled(
          String(contentsOfFile: path, encoding: .utf8), comments: .none).utf8)
      row.sizes["snowpak"] = (ours.count, try gzipSize(ours, in: directory))
      let others: [(String, String, [String])] = [
        ("uglifyjs -m", NodeHarness.node, [
          "-e", "const U = require('\(NodeHarness.uglify)');"
            + "const r = U.minify(require('fs').readFileSync(process.argv[1], 'utf8'),"
            + " {compress: false, mangle: true});"
            + "if (r.error) process.exit(1); process.stdout.write(r.code)", path,
        ]),
        ("esbuild --minify", "/usr/bin/esbuild", [
          "--minify", "--legal-comments=none", "--log-level=error", path,
        ]),
        ("yui-compressor", "/usr/bin/yui-compressor", ["--type", "js", path]),
      ]
      for (tool, executable, arguments) in others {
        guard let output = try? AcornOracle.run(executable, arguments),
          !output.isEmpty
        else { continue }
        row.sizes[tool] = (output.count, try gzipSize(Array(output), in: directory))
      }
      rows.append(row)
    }

    print(Self.table(rows))
    for row in rows {
      if let yui = row.sizes["yui-compressor"] {
        #expect(row.sizes["snowpak"]!.bytes < yui.bytes, "\(row.name)")
      }
    }
    let ourGzip = rows.reduce(0) { $0 + $1.sizes["snowpak"]!.gzip }
    let uglifyGzip = rows.reduce(0) { $0 + ($1.sizes["uglifyjs -m"]?.gzip ?? 0) }
    print("gzip total: snowpak \(ourGzip), uglifyjs -m \(uglifyGzip)")
    #expect(ourGzip <= uglifyGzip)

    // Each file's gzip no larger than esbuild's.
    for row in rows {
      guard let esbuild = row.sizes["esbuild --minify"] else { continue }
      #expect(row.sizes["snowpak"]!.gzip <= esbuild.gzip, "\(row.name)")
    }
  }

  /// A Markdown table: bytes / gzip bytes per tool, and totals.
  static func table(_ rows: [Row]) -> String {
    var lines = ["| file | " + tools.joined(separator: " | ") + " |"]
    lines.append("|---|" + String(repeating: "---:|", count: tools.count))
    var totals = [String: (Int, Int)]()
    for row in rows {
      let cells = tools.map { tool -> String in
        guard let size = row.sizes[tool] else { return "fails" }
        let total = totals[tool] ?? (0, 0)
        totals[tool] = (total.0 + size.bytes, total.1 + size.gzip)
        return "\(size.bytes) / \(size.gzip)"
      }
      lines.append("| \(row.name) | " + cells.joined(separator: " | ") + " |")
    }
    let cells = tools.map { tool in
      totals[tool].map { "\($0.0) / \($0.1)" } ?? "-"
    }
    lines.append("| total | " + cells.joined(separator: " | ") + " |")
    return lines.joined(separator: "\n")
  }

  func gzipSize(_ bytes: [UInt8], in directory: URL) throws -> Int {
    let file = directory.appendingPathComponent("gzip-input")
    try Data(bytes).write(to: file)
    return try AcornOracle.run("/bin/gzip", ["-9", "-c", file.path]).count
  }
}
