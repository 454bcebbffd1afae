@testable import AssetPipeline
import Foundation
import Testing

/// A directory with one build in every format, with map and .gz.
private func fullBuild(_ directory: TemporaryDirectory) throws -> OutputPlan {
  let (plan, _) = try build("var tracker = 1;\n", map: "{\"version\":3}",
    into: directory) { options in
    options.gzip = true
    options.publicPath = "/static/"
    options.manifests = ManifestFormat.allCases.map { ManifestRequest($0) }
  }
  return plan
}

/// The problems `verify` reports, as text.
private func problems(_ directory: TemporaryDirectory) -> [String] {
  OutputDirectory(path: directory.path).verify().map(\.description).sorted()
}

@Suite("verify checks every manifest entry against the files")
struct VerifyTests {
  @Test("a fresh build verifies clean")
  func clean() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try fullBuild(directory)
    #expect(problems(directory) == [])
  }

  @Test("one changed byte is caught by every manifest that records a digest")
  func changedByte() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let plan = try fullBuild(directory)
    var bytes = try #require(directory.read(plan.script.file))
    bytes[4] ^= 0x01
    try directory.write(plan.script.file, bytes)

    let file = plan.script.file
    let root = directory.path
    #expect(problems(directory) == [
      "\(root)/.manifest.json: \"\(file)\" does not match its \"integrity\"",
      "\(root)/.vite/manifest.json: \"\(file)\" does not match its \"integrity\"",
      "\(root)/\(ManifestFormat.sprocketsDefaultName): \"\(file)\" does not match "
        + "its \"digest\"",
      "\(root)/\(ManifestFormat.sprocketsDefaultName): \"\(file)\" does not match "
        + "its \"integrity\"",
      "\(root)/cache_manifest.json: \"\(file)\" does not match its \"sha512\"",
      "\(root)/snowpak-manifest.json: \"\(file).gz\" is not a gzip copy of its script",
      "\(root)/snowpak-manifest.json: \"\(file)\" does not match its \"integrity\"",
      "\(root)/snowpak-manifest.json: \"\(file)\" does not match its \"sha256\"",
      "\(root)/snowpak-manifest.json: the hash in the name \"\(file)\" does not "
        + "match its content",
    ].sorted())
  }

  @Test("a missing map is reported by every manifest listing it")
  func missingFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let plan = try fullBuild(directory)
    let map = try #require(plan.map).file
    try FileManager.default.removeItem(atPath: directory.file(map))

    let found = problems(directory)
    #expect(found.count == 6)
    #expect(found.allSatisfy { $0.hasSuffix("\"\(map)\" is listed but missing") })
  }

  @Test("no manifest, and an unreadable one, are problems")
  func manifests() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(problems(directory)
      == ["\(directory.path)/snowpak-manifest.json: no snowpak manifest in the directory"])

    try directory.write("snowpak-manifest.json", "{")
    #expect(problems(directory) == ["\(directory.path)/snowpak-manifest.json:1:2: "
      + "not valid JSON: Expected a string key, found end of text"])
  }

  @Test("the hash in a name must start the SHA-256 of the code")
  func nameCarriesHash() {
    let code = Array("abc".utf8)
    #expect(OutputDirectory.nameCarriesHash("sp-ba7816bf8f01cfea.js", of: code))
    #expect(OutputDirectory.nameCarriesHash("sp.ba7816bf.js", of: code))
    #expect(!OutputDirectory.nameCarriesHash("sp-ba7816bf8f01cfeb.js", of: code))
    #expect(!OutputDirectory.nameCarriesHash("sp.js", of: code))
  }
}
