import Foundation
import Testing

@testable import CollectorServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Shutdown", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct ShutdownTests {
  /// SIGUSR2 stands in for SIGINT: the same code path, without touching
  /// the disposition of Ctrl-C in the test runner.
  @Test("A signal stops the server: nothing is accepted after, the log is whole")
  func signalStops() throws {
    let server = try TestServer()
    server.server.stopOnSignals([SIGUSR2])
    _ = try curl(["-o", "/dev/null", server.base + "/i?e=pv"])

    kill(getpid(), SIGUSR2)
    server.server.waitUntilStopped()

    #expect(throws: (any Error).self) { try RawClient(port: server.port) }
    #expect(try server.logLines().count == 1)
  }

  @Test("Stopping closes kept-alive connections after their answers")
  func stopClosesConnections() throws {
    let server = try TestServer()
    let client = try RawClient(port: server.port)
    client.send("GET /i?e=pv HTTP/1.1\r\nHost: a\r\n\r\n")
    _ = server.settledHits(count: 1)
    server.server.stop()

    // The answer, then end of stream (not the client's 10 s timeout).
    let started = Date()
    let answer = client.readToEnd()
    #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test("Startup errors are reported with their wording")
  func startupErrors() throws {
    var configuration = ServerConfiguration()
    configuration.directory = "/nonexistent/snowpak"
    #expect(throws: ServerError.directoryNotFound("/nonexistent/snowpak")) {
      try Server(configuration: configuration)
    }
    #expect(
      ServerError.directoryNotFound("x").description == #"Directory "x" does not exist"#)

    configuration.directory = "/tmp"
    configuration.logPath = nil
    configuration.host = "example.com"
    let server = try Server(configuration: configuration)
    #expect(throws: ServerError.invalidHost("example.com")) { try server.start() }

    configuration.host = "127.0.0.1"
    configuration.postPaths = ["collect"]
    #expect(throws: ServerError.invalidPostPath("collect")) {
      try Server(configuration: configuration)
    }
  }

  @Test("A port in use is reported")
  func portInUse() throws {
    let first = try TestServer()
    var configuration = first.server.configuration
    configuration.port = first.port
    configuration.logPath = nil
    let second = try Server(configuration: configuration)
    #expect {
      try second.start()
    } throws: { error in
      (error as? ServerError)?.description.hasPrefix(
        "Cannot listen on 127.0.0.1:\(first.port): ") == true
    }
  }
}
