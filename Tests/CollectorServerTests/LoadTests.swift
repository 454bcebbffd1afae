import Foundation
import Testing

@testable import CollectorServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bounded load on loopback: several curl processes, each sending its
/// share of pixel hits over one kept-alive connection (curl's URL globbing,
/// `n=[1-N]`). Every hit must be answered 200 and logged exactly once.
/// The rate is printed, not asserted: speed is for benchmarks.
///
/// SNOWPAK_LOAD_HITS and SNOWPAK_LOAD_CLIENTS raise the load by hand.
@Suite("Load", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct LoadTests {
  @Test("Thousands of pixel hits from several connections lose no log line")
  func pixelLoad() throws {
    let environment = ProcessInfo.processInfo.environment
    let clients = Int(environment["SNOWPAK_LOAD_CLIENTS"] ?? "") ?? 4
    let perClient = Int(environment["SNOWPAK_LOAD_HITS"] ?? "") ?? 1000
    let server = try TestServer { $0.limits.idleTimeout = 30 }

    // Each client: one curl, one connection, `perClient` hits.
    let statuses = Mutex<[String]>([])
    let started = Date()
    let cpuBefore = processCPUSeconds()
    DispatchQueue.concurrentPerform(iterations: clients) { client in
      let url = server.base
        + "/i?e=pv&tv=js-load&p=web&aid=c\(client)&n=[1-\(perClient)]"
      let result = try? curl(["-o", "/dev/null", "--write-out", "%{http_code}\\n", url])
      statuses.withLock { $0 += (result?.text ?? "").split(separator: "\n").map(String.init) }
    }
    let seconds = Date().timeIntervalSince(started)
    let cpu = processCPUSeconds() - cpuBefore

    let total = clients * perClient
    let answered = statuses.withLock { $0 }
    #expect(answered.count == total)
    #expect(answered.allSatisfy { $0 == "200" })

    // One line per hit, each hit's query once.
    let lines = try server.logLines()
    #expect(lines.count == total)
    #expect(Set(lines.map { $0[11] }).count == total)
    #expect(lines.allSatisfy { fields in fields.count == 33 })
    // Wall-clock rate depends on the machine's load (curl shares the
    // CPU); server CPU per hit does not.
    print(
      "serve load: \(total) pixel hits over \(clients) connections in "
        + String(format: "%.2f s, %.0f requests/s; ", seconds, Double(total) / seconds)
        + String(format: "server CPU %.1f µs per hit", cpu / Double(total) * 1e6))
  }
}

@Suite("Concurrency", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct ConcurrencyTests {
  @Test("Hundreds of open connections are all answered, and curl meanwhile")
  func manyConnections() throws {
    let server = try TestServer()

    // 300 clients connect and send half a request each; all stay open.
    let clients = try (0..<300).map { _ in try RawClient(port: server.port) }
    for (index, client) in clients.enumerated() {
      client.send("GET /i?e=pv&tv=js-1&p=web&n=\(index) HTTP/1.1\r\n")
    }
    #expect(try CurlResponse([server.base + "/app.css"]).status == 200)

    // Then each finishes its request and gets its answer.
    for client in clients {
      client.send("Host: a\r\nConnection: close\r\n\r\n")
    }
    let answers = clients.map { $0.statusLine() }
    #expect(answers.allSatisfy { $0 == "HTTP/1.1 200 OK" })
    #expect(try server.logLines().count == 301)
  }
}

/// User and system CPU time of this process (the server runs in it; the
/// curl clients do not).
func processCPUSeconds() -> Double {
  var usage = rusage()
  #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}

/// A value behind a lock, for the client threads above.
final class Mutex<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  init(_ value: Value) { self.value = value }

  func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}
