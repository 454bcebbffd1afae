@testable import AssetPipeline
import Foundation
import Testing

/// Inputs of several shapes: empty, tiny, repetitive, incompressible.
private let samples: [[UInt8]] = [
  [],
  Array("a".utf8),
  Array(String(repeating: "function f(a){return a+1}\n", count: 500).utf8),
  (0..<70_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) },
]

@Suite("Gzip output is deterministic and accepted by gzip(1)")
struct GzipTests {
  @Test("the header has no time, no name and OS Unix")
  func header() throws {
    let member = try Gzip.compress(Array("hello".utf8))
    // ID1 ID2 CM=8 FLG=0 MTIME=0 XFL=2 (level 9) OS=3 (RFC 1952 2.3).
    #expect(Array(member.prefix(10)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 3])
  }

  @Test("the same bytes give the same member, and zlib inflates it back")
  func deterministic() throws {
    for sample in samples {
      let member = try Gzip.compress(sample)
      #expect(try Gzip.compress(sample) == member)
      #expect(Gzip.decompress(member) == sample)
    }
    #expect(Gzip.decompress([0x1F, 0x8B, 8, 0]) == nil)
  }

  @Test(
    "gzip -t accepts it and gunzip gives back the exact bytes",
    .enabled(if: toolPath("gzip") != nil, "gzip is not installed"))
  func gzipTool() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for (index, sample) in samples.enumerated() {
      let path = directory.file("sample\(index).gz")
      try Data(try Gzip.compress(sample)).write(to: URL(fileURLWithPath: path))
      #expect(runTool("gzip", ["-t", path])?.status == 0)
      #expect(runTool("gzip", ["-dc", path])?.output == sample)
    }
  }

  @Test(
    "the .gz a build writes decompresses to the script",
    .enabled(if: toolPath("gunzip") != nil, "gunzip is not installed"))
  func buildOutput() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (plan, _) = try build("var x = 1;\n", map: "{}", into: directory) {
      $0.gzip = true
    }
    let gz = directory.file(plan.script.file + ".gz")
    #expect(runTool("gunzip", ["-c", gz])?.output == plan.script.bytes)
    #expect(runTool("gzip", ["-lv", gz])?.status == 0)
  }
}
