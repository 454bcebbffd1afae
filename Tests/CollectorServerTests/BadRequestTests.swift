import Foundation
import Testing

@testable import CollectorServer

/// Malformed, oversized and slow requests, sent over raw sockets: each
/// gets its 4xx (or 5xx) and a closed connection, and the server keeps
/// answering everyone else.
@Suite("Bad requests", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct BadRequestTests {
  let server: TestServer

  init() throws {
    server = try TestServer {
      $0.limits.requestTimeout = 0.5
      $0.limits.idleTimeout = 0.5
    }
  }

  /// Sends raw bytes and compares the status line of the answer.
  func expectAnswer(
    _ request: String, _ statusLine: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let client = try RawClient(port: server.port)
    client.send(request)
    #expect(client.statusLine() == statusLine, sourceLocation: sourceLocation)
  }

  @Test("Malformed request lines answer 400")
  func malformedRequestLines() throws {
    try expectAnswer("GET\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET /\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/1.1 x\r\nHost: a\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/1.1\r\nHost a\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/1.1\r\nHost : a\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "HTTP/1.1 400 Bad Request")
    try expectAnswer("GET / HTTP/9.9\r\nHost: a\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported")
    try expectAnswer(
      "POST /com.snowplowanalytics.snowplow/tp2 HTTP/1.1\r\nHost: a\r\n"
        + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nok", "HTTP/1.1 400 Bad Request")
    try expectAnswer(
      "POST /com.snowplowanalytics.snowplow/tp2 HTTP/1.1\r\nHost: a\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.1 501 Not Implemented")
  }

  @Test("A request line past 8 KB answers 414, a head past 20 KB 431")
  func oversized() throws {
    let longPath = "/" + String(repeating: "a", count: 9000)
    try expectAnswer("GET \(longPath) HTTP/1.1\r\nHost: a\r\n\r\n", "HTTP/1.1 414 URI Too Long")
    let bigHeader = "X-Big: " + String(repeating: "b", count: 21 * 1024)
    try expectAnswer(
      "GET / HTTP/1.1\r\nHost: a\r\n\(bigHeader)\r\n\r\n",
      "HTTP/1.1 431 Request Header Fields Too Large")
    // The same bound holds before the head is even complete.
    try expectAnswer(
      "GET / HTTP/1.1\r\nHost: a\r\n\(bigHeader)",
      "HTTP/1.1 431 Request Header Fields Too Large")
  }

  @Test("A slow client gets 408 while other clients are served")
  func slowClient() throws {
    let slow = try RawClient(port: server.port)
    slow.send("GET / HTTP/1.1\r\nHo")

    // Others are answered while the slow one is still incomplete.
    for _ in 0..<3 {
      let response = try CurlResponse([server.base + "/app.css"])
      #expect(response.status == 200)
    }
    #expect(slow.statusLine() == "HTTP/1.1 408 Request Timeout")
  }

  @Test("A client dribbling bytes still gets 408 when its request is late")
  func dribblingClient() throws {
    let slow = try RawClient(port: server.port)
    // One byte every 50 ms, until the server answers (at 0.5 s).
    for byte in "GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: slow\r\n".utf8 {
      if slow.hasAnswer { break }
      slow.send([byte])
      usleep(50_000)
    }
    #expect(slow.statusLine() == "HTTP/1.1 408 Request Timeout")
  }

  @Test("An idle connection is closed without an answer")
  func idleClient() throws {
    let idle = try RawClient(port: server.port)
    #expect(idle.readToEnd() == "")
  }

  @Test("Rejected requests are reported but not logged")
  func rejectedNotLogged() throws {
    try expectAnswer("BAD\r\n\r\n", "HTTP/1.1 400 Bad Request")
    _ = try curl(["-o", "/dev/null", server.base + "/i?e=pv"])
    let hits = server.settledHits(count: 2)
    #expect(hits.map(\.status) == [.badRequest, .ok])
    #expect(hits.first?.kind == .rejected(reason: "malformed request line"))
    #expect(try server.logLines().map { $0[7] } == ["/i"])
  }

  @Test("Pipelined requests are answered in order on one connection")
  func pipelining() throws {
    let client = try RawClient(port: server.port)
    client.send(
      "GET /i?e=pv&n=1 HTTP/1.1\r\nHost: a\r\n\r\n"
        + "GET /app.css HTTP/1.1\r\nHost: a\r\n\r\n"
        + "GET /missing HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
    // Status lines follow the previous body directly: split on them.
    let statuses = client.readToEnd().components(separatedBy: "HTTP/1.1 ")
      .dropFirst().map { $0.prefix(3) }
    #expect(statuses == ["200", "200", "404"])
  }
}
