@testable import AssetPipeline
import Digest
import Foundation
import Testing

@Suite("The output directory is written all or nothing")
struct OutputDirectoryTests {
  @Test("a build writes the fingerprinted script and snowpak's manifest")
  func firstBuild() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }

    let (plan, report) = try build("var a=1;", into: directory)
    let name = "sp-" + Hex.lowercase(SHA256.hash(Array("var a=1;".utf8)))
      .prefix(16) + ".js"
    #expect(plan.script.file == name)
    #expect(directory.text(name) == "var a=1;")
    #expect(report.paths(.written) == [name, "snowpak-manifest.json"])

    // Nothing but those two, and no temporaries left.
    let listing = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(Set(listing) == [name, "snowpak-manifest.json"])
  }

  @Test("the same build twice gives identical bytes and rewrites nothing")
  func deterministic() throws {
    let first = try TemporaryDirectory()
    let second = try TemporaryDirectory()
    defer { first.remove(); second.remove() }
    let configure: (inout OutputOptions) -> Void = { options in
      options.gzip = true
      options.snippetPath = "sp.html"
      options.pixel = .gif
      options.manifests = ManifestFormat.allCases.map { ManifestRequest($0) }
    }

    // Two directories: byte-identical.
    _ = try build("function f(){return 1}", map: "{\"version\":3}",
      into: first, configure)
    _ = try build("function f(){return 1}", map: "{\"version\":3}",
      into: second, configure)
    let firstFiles = DirectorySnapshot(first.path).items.mapValues(\.bytes)
    #expect(firstFiles == DirectorySnapshot(second.path).items.mapValues(\.bytes))
    #expect(firstFiles.values.compactMap { $0 }.count == 12)

    // A rebuild into the first: every file unchanged, mtimes kept.
    let before = DirectorySnapshot(first.path)
    Thread.sleep(forTimeInterval: 0.01)
    var later = OutputOptions()
    configure(&later)
    later.buildTime = Date(timeIntervalSince1970: 1_800_000_000)
    let output = OutputDirectory(path: first.path)
    let plan = try AssetOutputs.plan(script: Array("function f(){return 1}".utf8),
      sourceMap: Array("{\"version\":3}".utf8), options: later, in: output)
    let report = try output.commit(plan)
    #expect(report.paths(.written) == [])
    #expect(report.paths(.unchanged).count == 12)
    #expect(DirectorySnapshot(first.path) == before)
  }

  @Test("invalid JSON in an existing manifest is an error naming it; nothing is written")
  func invalidManifest() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("staticfiles.json", "{\"paths\": {\"a.css\": \"a.1.css\",}}")
    let before = DirectorySnapshot(directory.path)

    let error = outputError {
      _ = try build("x()", into: directory) { $0.manifests = [ManifestRequest(.django)] }
    }
    #expect(error?.message == "\(directory.path)/staticfiles.json:1:31: existing "
      + "manifest is not valid JSON: Expected a string key, found \"}\"; "
      + "nothing was written")
    #expect(error?.exitCode == 65)
    #expect(DirectorySnapshot(directory.path) == before)
  }

  @Test("a failure halfway removes every temporary and new directory")
  func failureHalfway() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try build("old()", into: directory)
    try directory.write("blocker", "a file where a directory is needed")
    let before = DirectorySnapshot(directory.path)

    // The script is staged before the snippet's directory fails.
    let error = outputError {
      _ = try build("new()", into: directory) {
        $0.gzip = true
        $0.snippetPath = "blocker/snippet.html"
        $0.manifests = [ManifestRequest(.vite)]
      }
    }
    #expect(error?.exitCode == 73)
    #expect(error?.message.hasPrefix("Cannot create \"\(directory.path)/blocker\"") == true)
    #expect(DirectorySnapshot(directory.path) == before)
  }

  @Test("an output directory that cannot be created changes nothing")
  func cannotCreate() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("file", "not a directory")
    let before = DirectorySnapshot(directory.path)

    let output = OutputDirectory(path: directory.file("file/out"))
    let error = outputError {
      let plan = try AssetOutputs.plan(script: Array("x()".utf8),
        options: OutputOptions(), in: output)
      _ = try output.commit(plan)
    }
    #expect(error?.exitCode == 73)
    #expect(DirectorySnapshot(directory.path) == before)
  }

  @Test("a missing output directory is created, and removed again on failure")
  func createdDirectoryRolledBack() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("blocker", "file")

    let output = OutputDirectory(path: directory.file("public/assets"))
    var options = OutputOptions()
    options.snippetPath = "x/../../blocker/s.html"
    #expect(outputError {
      _ = try AssetOutputs.plan(script: [1], options: options, in: output)
    }?.exitCode == 64)

    options.snippetPath = "deep/snippet.html"
    let plan = try AssetOutputs.plan(script: Array("x()".utf8), options: options,
      in: output)
    _ = try output.commit(plan)
    #expect(FileManager.default.fileExists(
      atPath: directory.file("public/assets/deep/snippet.html")))

    // Two outputs where one would be the other's directory: refused.
    options.pixel = .gif
    options.pixelPath = "deep"
    #expect(outputError {
      _ = try AssetOutputs.plan(script: [1], options: options, in: output)
    }?.message == "Two outputs would be written to \"deep/snippet.html\"")

    // Fail deep inside new directories (the path grows past PATH_MAX):
    // the new directories, parents included, vanish with the temporaries.
    let other = OutputDirectory(path: directory.file("new/assets"))
    let component = String(repeating: "d", count: 250)
    options.pixel = nil
    options.snippetPath = Array(repeating: component, count: 20)
      .joined(separator: "/") + "/s.html"
    let failing = try AssetOutputs.plan(script: Array("x()".utf8), options: options,
      in: other)
    #expect(outputError { _ = try other.commit(failing) }?.exitCode == 73)
    #expect(!FileManager.default.fileExists(atPath: directory.file("new")))
  }

  @Test(
    "a read-only output directory changes nothing",
    .enabled(if: ReadOnlyDirectory.isPossible,
      "running as root without chattr +i: permissions would not stop writes"))
  func readOnly() throws {
    let directory = try TemporaryDirectory()
    defer { ReadOnlyDirectory.release(directory.path); directory.remove() }
    _ = try build("old()", into: directory)
    try #require(ReadOnlyDirectory.make(directory.path))
    let before = DirectorySnapshot(directory.path)

    let error = outputError { _ = try build("new()", into: directory) }
    #expect(error?.exitCode == 73)
    #expect(error?.message.hasPrefix("Cannot create \"\(directory.path)/sp-") == true)
    #expect(DirectorySnapshot(directory.path) == before)
  }

  @Test("paths leaving the directory are refused, symbolic links included")
  func escapingPaths() throws {
    let directory = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    defer { directory.remove(); outside.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: directory.file("link"), withDestinationPath: outside.path)

    for (path, reason) in [
      ("../x.html", "\"..\" would leave the output directory"),
      ("/tmp/x.html", "it is absolute; give a path inside the output directory"),
      ("a//b.html", "it has an empty or \".\" component"),
      ("link/x.html", "\"\(directory.path)/link\" is a symbolic link leading out "
        + "of the output directory"),
    ] {
      let error = outputError {
        _ = try build("x()", into: directory) { $0.snippetPath = path }
      }
      #expect(error?.message == "Refusing to write \"\(path)\": \(reason)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == [])
  }

  @Test("the report gives raw and gzip sizes of each file")
  func reportSizes() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let script = String(repeating: "var abc = 1; ", count: 100)
    let (plan, report) = try build(script, into: directory) { $0.gzip = true }

    let entry = try #require(report.entries.first)
    #expect(entry.path == plan.script.file)
    #expect(entry.size == 1300)
    #expect(entry.gzipSize == directory.read(plan.script.file + ".gz")?.count)
    #expect(report.entries[1].gzipSize == nil)
  }
}
