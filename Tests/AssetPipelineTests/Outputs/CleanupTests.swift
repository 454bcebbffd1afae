@testable import AssetPipeline
import Foundation
import Testing

private let buildTime = Date(timeIntervalSince1970: 1_790_000_000)

/// Builds version `n` of the script (with map and .gz) and ages its files
/// by `age` seconds; returns its file name.
@discardableResult
private func buildVersion(
  _ n: Int, in directory: TemporaryDirectory, keep: Int? = nil,
  age: TimeInterval = 7200
) throws -> String {
  let (plan, _) = try build("version(\(n));", map: "{}", into: directory) { options in
    options.gzip = true
    options.keep = keep
    options.manifests = [ManifestRequest(.sprockets), ManifestRequest(.phoenix)]
  }
  for file in [plan.script.file, plan.script.file + ".map", plan.script.file + ".gz"] {
    try directory.age(file, by: age, from: buildTime)
  }
  return plan.script.file
}

/// The history of sp.js in snowpak's manifest.
private func history(_ directory: TemporaryDirectory) throws -> [String] {
  let manifest = try JSONParser.parse(try #require(directory.read("snowpak-manifest.json")))
  return manifest["history"]?["sp.js"]?.arrayValue?.compactMap { $0["file"]?.stringValue } ?? []
}

@Suite("Cleanup keeps N versions and young files, and deletes only its own")
struct CleanupTests {
  @Test("--keep 2 deletes the versions before the two previous, all their files")
  func keepTwo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let old = try (1...4).map { try buildVersion($0, in: directory) }
    try directory.write("sp-ffffffffffffffff.js", "not ours")
    try directory.age("sp-ffffffffffffffff.js", by: 99_999, from: buildTime)

    let current = try buildVersion(5, in: directory, keep: 2, age: 0)

    for file in old.prefix(2) {
      for suffix in ["", ".map", ".gz"] {
        #expect(directory.read(file + suffix) == nil, "\(file + suffix)")
      }
    }
    for file in old.suffix(2) + [current] {
      #expect(directory.read(file) != nil)
      #expect(directory.read(file + ".gz") != nil)
    }
    #expect(directory.text("sp-ffffffffffffffff.js") == "not ours")
    #expect(try history(directory) == Array(old.suffix(2)) + [current])

    // Sprockets and Phoenix no longer list the deleted files.
    let sprockets = try JSONParser.parse(
      try #require(directory.read(ManifestFormat.sprocketsDefaultName)))
    #expect(Set(sprockets["files"]?.objectValue?.keys ?? [:].keys) == Set(
      (old.suffix(2) + [current]).flatMap { [$0, $0 + ".map"] }))
    let phoenix = try JSONParser.parse(try #require(directory.read("cache_manifest.json")))
    #expect(phoenix["digests"]?.objectValue?.count == 6)
  }

  @Test("versions younger than an hour are kept whatever N is")
  func youngKept() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let oldest = try buildVersion(1, in: directory, age: 3601)
    let young = try (2...3).map { try buildVersion($0, in: directory, age: 3599) }

    let (_, report) = try build("version(4);", into: directory) { $0.keep = 0 }
    #expect(report.paths(.removed) == [oldest, oldest + ".gz", oldest + ".map"])
    for file in young { #expect(directory.read(file) != nil) }
  }

  @Test("without --keep nothing is deleted and the history grows")
  func off() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let files = try (1...4).map { try buildVersion($0, in: directory) }
    for file in files { #expect(directory.read(file) != nil) }
    #expect(try history(directory) == files)
  }

  @Test("rebuilding an older version makes it current again")
  func rebuildOlder() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let first = try buildVersion(1, in: directory)
    let second = try buildVersion(2, in: directory)
    _ = try buildVersion(1, in: directory)
    #expect(try history(directory) == [second, first])
  }

  @Test("a version already deleted by hand leaves the history")
  func deletedByHand() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let first = try buildVersion(1, in: directory)
    let second = try buildVersion(2, in: directory)
    try FileManager.default.removeItem(atPath: directory.file(first))
    let third = try buildVersion(3, in: directory)
    #expect(try history(directory) == [second, third])
  }
}
