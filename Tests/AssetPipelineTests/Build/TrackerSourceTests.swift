import EmbeddedTracker
import Foundation
import JSLexer
import Testing
@testable import AssetPipeline

/// Reading the tracker: the bundled one, a file, a directory in order.
@Suite("Tracker sources")
struct TrackerSourceTests {
  @Test("reads the bundled tracker in the order of its order file")
  func readsBundledTracker() throws {
    let source = try TrackerSource.files(
      EmbeddedTracker.files, label: "tracker-src"
    ).load()
    let order = try #require(EmbeddedTracker.contents(of: "order.txt"))
    let listed = order.split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    #expect(source.files.map(\.name) == listed.map { "tracker-src/" + $0 })
    #expect(listed.count >= 2)
  }

  @Test("reads a directory in order, with each file's own lines")
  func readsDirectoryInOrder() throws {
    let directory = try makeDirectory([
      "order.txt": "# comment\n\nsecond.js\n  first.js  \n",
      "first.js": "one();\ntwo();",
      "second.js": "three();\n",
      "unlisted.js": "never();",
    ])
    let source = try TrackerSource.path(directory, shownAs: "src").load()
    #expect(source.files.map(\.name) == ["src/second.js", "src/first.js"])
    #expect(
      String(decoding: source.bytes, as: UTF8.self)
        == "three();\none();\ntwo();")
    let two = source.bytes.count - 6
    #expect(source.location(of: two).file == "src/first.js")
    #expect(source.location(of: two).line == 2)
  }

  @Test("reads an order file with CRLF line endings")
  func readsCRLFOrderFile() throws {
    let directory = try makeDirectory([
      "order.txt": "# files\r\nb.js\r\na.js\r\n",
      "a.js": "a();", "b.js": "b();",
    ])
    let source = try TrackerSource.path(directory, shownAs: "src").load()
    #expect(source.files.map(\.name) == ["src/b.js", "src/a.js"])
  }

  @Test("refuses an order file that lists a directory or itself")
  func refusesDirectoriesAndItself() throws {
    let directory = try makeDirectory(["order.txt": "sub\n"])
    try FileManager.default.createDirectory(
      at: directory.appending(path: "sub"), withIntermediateDirectories: true)
    #expect(throws: SourceError.listedDirectory("src/sub")) {
      try TrackerSource.path(directory, shownAs: "src").load()
    }
    let itself = try makeDirectory(["order.txt": "order.txt\n"])
    #expect(throws: SourceError.listedOrderFile(
      "order.txt",
      at: .init(file: "src/order.txt", line: 1, column: 1,
        lineText: "order.txt"))) {
      try TrackerSource.path(itself, shownAs: "src").load()
    }
  }

  @Test("falls back to the classic dependencies.txt")
  func readsDependenciesTxt() throws {
    let directory = try makeDirectory([
      "dependencies.txt": "a.js\n", "a.js": "a();",
    ])
    let source = try TrackerSource.path(directory, shownAs: "src").load()
    #expect(source.files.map(\.name) == ["src/a.js"])
  }

  @Test(
    "refuses order files that list what is not there or leaves the folder",
    arguments: [
      ("gone.js\n", SourceError.listedFileMissing(
        "gone.js",
        at: .init(file: "src/order.txt", line: 1, column: 1,
          lineText: "gone.js"))),
      ("a.js\n ../x.js\n", .listedPathEscapes(
        "../x.js",
        at: .init(file: "src/order.txt", line: 2, column: 2,
          lineText: " ../x.js"))),
      ("/etc/passwd\n", .listedPathEscapes(
        "/etc/passwd",
        at: .init(file: "src/order.txt", line: 1, column: 1,
          lineText: "/etc/passwd"))),
      ("# nothing\n", .emptyOrderFile("src/order.txt")),
    ])
  func refusesBadOrderFiles(_ order: String, _ error: SourceError) throws {
    let directory = try makeDirectory(["order.txt": order, "a.js": "a();"])
    #expect(throws: error) {
      try TrackerSource.path(directory, shownAs: "src").load()
    }
  }

  @Test("names a directory without an order file")
  func refusesDirectoryWithoutOrder() throws {
    let directory = try makeDirectory(["a.js": "a();"])
    #expect(throws: SourceError.noOrderFile(directory: "src")) {
      try TrackerSource.path(directory, shownAs: "src").load()
    }
  }

  @Test("refuses a file that is not UTF-8")
  func refusesInvalidUTF8() throws {
    let directory = try makeDirectory([:])
    let file = directory.appending(path: "bad.js")
    try Data([0x61, 0xFF, 0xFE, 0x62]).write(to: file)
    #expect(throws: SourceError.notUTF8("bad.js")) {
      try TrackerSource.path(file, shownAs: "bad.js").load()
    }
  }

  private func makeDirectory(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-source-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appending(path: name))
    }
    return url
  }
}
