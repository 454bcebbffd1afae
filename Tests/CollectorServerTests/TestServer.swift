import Foundation
import Testing

@testable import CollectorServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A server on a free port of 127.0.0.1 over a fresh directory of
/// fixture files, logging to a file of its own, recording every hit.
final class TestServer: @unchecked Sendable {
  let directory: URL
  let logPath: String
  let server: Server
  let port: UInt16
  let box = HitBox()

  init(
    files: [String: String] = TestServer.defaultFiles,
    configure: (inout ServerConfiguration) -> Void = { _ in }
  ) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-serve-\(UUID().uuidString)")
    let site = directory.appendingPathComponent("public")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    for (name, contents) in files {
      let url = site.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }

    var configuration = ServerConfiguration()
    configuration.port = 0
    configuration.directory = site.path
    configuration.logPath = directory.appendingPathComponent("access.log").path
    configure(&configuration)
    logPath = configuration.logPath ?? ""

    let box = self.box
    server = try Server(configuration: configuration) { hit in box.append(hit) }
    port = try server.start()
  }

  deinit {
    server.stop()
    try? FileManager.default.removeItem(at: directory)
  }

  var site: URL { directory.appendingPathComponent("public") }
  var base: String { "http://127.0.0.1:\(port)" }

  /// The hits recorded, after waiting for at least `count` of them:
  /// callbacks run asynchronously, just after the response is sent.
  func settledHits(count: Int) -> [Hit] {
    for _ in 0..<2000 {
      let current = box.hits
      if current.count >= count { return current }
      usleep(5_000)
    }
    return box.hits
  }

  /// The data lines of the log (header lines dropped), split in fields.
  func logLines() throws -> [[String]] {
    try String(contentsOfFile: logPath, encoding: .utf8)
      .split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  static let defaultFiles = [
    "index.html": "<!doctype html><title>Home</title>",
    "sp-0123456789abcdef.js": "var a=1;",
    "app.css": "body{color:red}",
    "data.json": "{}",
    "docs/index.html": "<p>docs</p>",
    ".secret": "hidden",
  ]
}

/// The hits the callback delivered.
final class HitBox: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [Hit] = []

  func append(_ hit: Hit) { lock.withLock { recorded.append(hit) } }
  var hits: [Hit] { lock.withLock { recorded } }
}
