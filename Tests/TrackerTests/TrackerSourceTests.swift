import Foundation
import Testing

// The tracker as source: ES5 for old browsers, and what the build is told
// about it (banner, DEBUG regions, the default collector in one literal).

/// Parses `file` with acorn (node-acorn) as ECMAScript 5; nil when fine.
private func es5Error(_ file: URL) throws -> String? {
  let script = """
    const acorn = require('/usr/share/nodejs/acorn');
    const source = require('fs').readFileSync(process.argv[1], 'utf8');
    try { acorn.parse(source, { ecmaVersion: 5 }); }
    catch (e) { console.log(e.message); process.exit(1); }
    """
  let result = try Environment.run("node", ["-e", script, file.path])
  return result.status == 0 ? nil : String(decoding: result.output, as: UTF8.self)
}

private var hasAcorn: Bool {
  Environment.toolPath("node") != nil &&
    FileManager.default.fileExists(atPath: "/usr/share/nodejs/acorn")
}

@Suite("The tracker source is ES5 with its banner and DEBUG regions")
struct TrackerSourceTests {
  @Test("the tracker parses as ECMAScript 5",
        .enabled(if: hasAcorn, "node or node-acorn is missing"),
        arguments: TrackerVariant.tested)
  func parsesAsES5(variant: TrackerVariant) throws {
    let directory = try Environment.temporaryDirectory("es5")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try variant.write(into: directory)
    #expect(try es5Error(file) == nil)
  }

  @Test("the concatenation opens with the banner and has DEBUG regions")
  func bannerAndDebug() throws {
    let source = try TrackerVariant.concatenated()
    #expect(source.hasPrefix("/*! snowpak tracker 0.2.0 "))
    let opened = source.components(separatedBy: "/*<DEBUG>*/").count - 1
    let closed = source.components(separatedBy: "/*</DEBUG>*/").count - 1
    #expect(opened > 0 && opened == closed)
  }

  @Test("the default collector appears in exactly one string literal")
  func oneCollectorLiteral() throws {
    let source = try TrackerVariant.concatenated()
    #expect(source.components(separatedBy: "collector.snowpak.invalid")
      .count == 2)
    #expect(source.contains("'collector.snowpak.invalid'"))
  }

  @Test("the built tracker has no DEBUG code and keeps the banner",
        .enabled(if: TrackerVariant.tested.contains(.built),
                 "snowpak build is not switched on yet"))
  func builtTracker() throws {
    let directory = try Environment.temporaryDirectory("built")
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(
      contentsOf: TrackerVariant.built.write(into: directory), encoding: .utf8)
    #expect(text.hasPrefix("/*! snowpak tracker 0.2.0 "))
    #expect(!text.contains("snowpak:"), "a debug log survived")
    #expect(!text.contains("snowpakDebug"), "the test hook survived")
    #expect(!text.contains("collector.snowpak.invalid"))
    #expect(text.contains("sp.snowpak.test"))
  }

  @Test("the built tracker is at most 6 KB gzipped (gzip -9)",
        .enabled(if: TrackerVariant.tested.contains(.built) &&
                 Environment.toolPath("gzip") != nil, "gzip is missing"))
  func builtSize() throws {
    let directory = try Environment.temporaryDirectory("size")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try TrackerVariant.built.write(into: directory)
    let gzipped = try Environment.run("gzip", ["-9", "-c", file.path]).output
    #expect(gzipped.count <= 6144, "\(gzipped.count) bytes gzipped")
  }
}
