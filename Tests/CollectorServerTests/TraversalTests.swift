import Foundation
import Testing

@testable import CollectorServer

/// Attempts to read outside --dir, sent verbatim with curl --path-as-is.
@Suite("Path traversal", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct TraversalTests {
  let server: TestServer

  init() throws {
    server = try TestServer()

    // A secret next to the site, and symlinks from inside pointing out.
    let secret = server.directory.appendingPathComponent("secret.txt")
    try Data("top secret".utf8).write(to: secret)
    try FileManager.default.createSymbolicLink(
      at: server.site.appendingPathComponent("leak.txt"), withDestinationURL: secret)
    try FileManager.default.createSymbolicLink(
      at: server.site.appendingPathComponent("up"),
      withDestinationURL: server.directory)
    // A symlink that stays inside the tree is fine.
    try FileManager.default.createSymbolicLink(
      at: server.site.appendingPathComponent("alias.css"),
      withDestinationURL: server.site.appendingPathComponent("app.css"))
  }

  /// Asserts a path answers `status` and never the secret.
  func expectRefused(_ path: String, _ status: Int) throws {
    let response = try CurlResponse(["--path-as-is", server.base + path])
    #expect(response.status == status, "\(path)")
    #expect(!String(decoding: response.body, as: UTF8.self).contains("secret"), "\(path)")
  }

  @Test("Dot-dot segments, plain or percent-encoded, answer 400")
  func dotDot() throws {
    try expectRefused("/../secret.txt", 400)
    try expectRefused("/docs/../../secret.txt", 400)
    try expectRefused("/%2e%2e/secret.txt", 400)
    try expectRefused("/%2E%2E/secret.txt", 400)
    try expectRefused("/.%2e/secret.txt", 400)
    try expectRefused("/docs/%2e%2e/%2e%2e/secret.txt", 400)
    try expectRefused("/./index.html", 400)
  }

  @Test("Encoded separators, NUL and bad escapes answer 400")
  func encodedSeparators() throws {
    try expectRefused("/..%2Fsecret.txt", 400)
    try expectRefused("/docs%2F..%2F..%2Fsecret.txt", 400)
    try expectRefused("/..%5Csecret.txt", 400)
    try expectRefused("/index.html%00.js", 400)
    try expectRefused("/%zz", 400)
    try expectRefused("/%c0%ae%c0%ae/secret.txt", 400)
  }

  @Test("Symlinks out of the tree and hidden files answer 403")
  func symlinksOut() throws {
    try expectRefused("/leak.txt", 403)
    try expectRefused("/up/secret.txt", 403)
    try expectRefused("/up/", 403)
    try expectRefused("/.secret", 403)
  }

  @Test("A symlink inside the tree is served")
  func symlinkInside() throws {
    let response = try CurlResponse([server.base + "/alias.css"])
    #expect(response.status == 200)
    #expect(String(decoding: response.body, as: UTF8.self) == "body{color:red}")
  }
}
