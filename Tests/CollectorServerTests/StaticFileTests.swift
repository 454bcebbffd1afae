import Foundation
import Testing

@testable import CollectorServer

/// Static files fetched with curl: types, caching, gzip, HEAD, errors.
@Suite("Static files", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct StaticFileTests {
  let server: TestServer

  init() throws {
    var files = TestServer.defaultFiles
    files["sp-0123456789abcdef.js.gz"] = ""  // replaced by real gzip below
    server = try TestServer(files: files)

    // A real gzip of the script, made by gzip(1), not by us.
    let script = server.site.appendingPathComponent("sp-0123456789abcdef.js")
    let gzipped = try run(tool("gzip")!, ["-9", "-n", "-c", script.path])
    try gzipped.output.write(to: script.appendingPathExtension("gz"))
  }

  /// Asserts the status and the Content-Type of a path.
  func expectServed(_ path: String, _ status: Int, _ type: String?) throws {
    let response = try CurlResponse([server.base + path])
    #expect(response.status == status, "\(path)")
    #expect(response.header("Content-Type") == type, "\(path)")
  }

  @Test("Files are served with the content type of their extension")
  func contentTypes() throws {
    try expectServed("/", 200, "text/html; charset=utf-8")
    try expectServed("/index.html", 200, "text/html; charset=utf-8")
    try expectServed("/docs/", 200, "text/html; charset=utf-8")
    try expectServed("/app.css", 200, "text/css; charset=utf-8")
    try expectServed("/data.json", 200, "application/json")
    try expectServed("/sp-0123456789abcdef.js", 200, "text/javascript; charset=utf-8")
    try expectServed("/sp-0123456789abcdef.js.gz", 200, "application/gzip")
    try expectServed("/missing.js", 404, "text/plain; charset=utf-8")
  }

  @Test("A directory without its slash redirects to it, query kept")
  func directoryRedirect() throws {
    let response = try CurlResponse([server.base + "/docs?x=1"])
    #expect(response.status == 301)
    #expect(response.header("Location") == "/docs/?x=1")
    let followed = try curl(["--location", server.base + "/docs"])
    #expect(followed.text == "<p>docs</p>")
  }

  @Test("OPTIONS on a file answers 204 with Allow and no Content-Length")
  func options() throws {
    let response = try CurlResponse(["-X", "OPTIONS", server.base + "/app.css"])
    #expect(response.status == 204)
    #expect(response.header("Allow") == "GET, HEAD, OPTIONS")
    #expect(response.header("Content-Length") == nil)
  }

  @Test("The body is the file's bytes")
  func body() throws {
    let response = try CurlResponse([server.base + "/app.css"])
    #expect(String(decoding: response.body, as: UTF8.self) == "body{color:red}")
    #expect(response.header("Content-Length") == "15")
  }

  @Test("Fingerprinted names are cached for a year, others revalidated")
  func caching() throws {
    let fingerprinted = try CurlResponse([server.base + "/sp-0123456789abcdef.js"])
    #expect(fingerprinted.header("Cache-Control") == "public, max-age=31536000, immutable")
    let plain = try CurlResponse([server.base + "/app.css"])
    #expect(plain.header("Cache-Control") == "no-cache")
  }

  @Test("The gzip variant is sent when the client accepts gzip, and decodes")
  func gzipNegotiation() throws {
    let path = server.base + "/sp-0123456789abcdef.js"

    // curl --compressed asks for gzip and decodes what comes back.
    let compressed = try CurlResponse(["--compressed", path])
    #expect(compressed.header("Content-Encoding") == "gzip")
    #expect(compressed.header("Vary") == "Accept-Encoding")
    #expect(String(decoding: compressed.body, as: UTF8.self) == "var a=1;")

    // Without Accept-Encoding, or with gzip refused, the plain file.
    for headers in [[], ["-H", "Accept-Encoding: gzip;q=0, identity"]] {
      let plain = try CurlResponse(headers + [path])
      #expect(plain.header("Content-Encoding") == nil)
      #expect(plain.header("Vary") == "Accept-Encoding")
      #expect(String(decoding: plain.body, as: UTF8.self) == "var a=1;")
    }
  }

  @Test("HEAD answers the GET's headers without a body")
  func head() throws {
    let response = try CurlResponse(["--head", server.base + "/app.css"])
    #expect(response.status == 200)
    #expect(response.header("Content-Length") == "15")
    #expect(response.body.isEmpty)
  }

  @Test("Methods other than GET, HEAD and OPTIONS answer 405 with Allow")
  func methodNotAllowed() throws {
    for method in ["PUT", "DELETE", "POST"] {
      let response = try CurlResponse(["-X", method, server.base + "/app.css"])
      #expect(response.status == 405, "\(method)")
      #expect(response.header("Allow") == "GET, HEAD, OPTIONS")
    }
  }

  @Test("Several requests share one kept-alive connection")
  func keepAlive() throws {
    let result = try curl([
      "--verbose", "-o", "/dev/null", "-o", "/dev/null", "-o", "/dev/null",
      server.base + "/app.css", server.base + "/", server.base + "/data.json",
    ])
    #expect(result.status == 0)
    #expect(result.error.contains("Re-using existing connection")
      || result.error.contains("Reusing existing"))
    let logged = try server.logLines()
    #expect(Set(logged.map { $0[26] }).count == 1, "one client port for all")
  }
}
