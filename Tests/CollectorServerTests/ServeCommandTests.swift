import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built `snowpak` binary, next to the test bundle in the build
/// directory, when it has the serve command.
let snowpakBinary: String? = {
  let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let candidates = [directory, directory.deletingLastPathComponent()]
    .map { $0.appendingPathComponent("snowpak").path }
  guard let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)),
    let help = try? run(path, ["serve", "--help"]),
    help.text.contains("snowpak serve")
  else { return nil }
  return path
}()

/// `snowpak serve` as users run it: a child process, stopped by SIGINT.
@Suite(
  "snowpak serve",
  .enabled(if: snowpakBinary != nil && tool("curl") != nil,
    "the snowpak binary with the serve command is not built"))
struct ServeCommandTests {
  @Test("It serves, prints decoded hits, and exits 0 on SIGINT with the log whole")
  func serveUntilInterrupted() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-serve-cli-\(UUID().uuidString)")
    let site = directory.appendingPathComponent("public")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("hello".utf8).write(to: site.appendingPathComponent("index.html"))
    let log = directory.appendingPathComponent("hits.log").path

    let process = Process()
    process.executableURL = URL(fileURLWithPath: snowpakBinary!)
    process.arguments = ["serve", "--dir", site.path, "--port", "0", "--log", log]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let reader = LineReader(output.fileHandleForReading)

    // The banner names the port picked.
    let banner = try #require(reader.line { $0.hasPrefix("Serving ") })
    let url = try #require(banner.split(separator: " ").last.map(String.init))
    #expect(url.hasPrefix("http://127.0.0.1:"))

    _ = try curl(["-o", "/dev/null", url])
    _ = try curl(["-o", "/dev/null", url + "i?e=se&tv=js-1&p=web&se_ca=shop&se_ac=buy"])
    #expect(reader.line { $0.hasPrefix("200 GET / ") } != nil)
    #expect(reader.line { $0 == #"200 GET /i struct category="shop" action="buy""# } != nil)

    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(reader.line { $0 == "Stopped." } != nil)
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 4)
  }

  @Test("Bad options exit 64, a missing directory 66, a busy port 69")
  func exitStatuses() throws {
    #expect(try run(snowpakBinary!, ["serve", "--port", "http"]).status == 64)
    #expect(try run(snowpakBinary!, ["serve", "--bogus"]).status == 64)
    #expect(try run(snowpakBinary!, ["serve", "--dir", "/nonexistent/x"]).status == 66)

    let busy = try TestServer()
    let result = try run(
      snowpakBinary!,
      ["serve", "--dir", busy.site.path, "--port", String(busy.port), "--no-log"])
    #expect(result.status == 69)
    #expect(result.error.contains("Cannot listen on 127.0.0.1:\(busy.port)"))
  }
}

/// Lines of a child's output as they come, with a bound on waiting.
final class LineReader {
  private let handle: FileHandle
  private var buffer = ""

  init(_ handle: FileHandle) { self.handle = handle }

  /// The next line matching `predicate`, skipping others; nil at end of
  /// output. (The child is killed by the test's time bound otherwise.)
  func line(where predicate: (String) -> Bool) -> String? {
    while true {
      while let newline = buffer.firstIndex(of: "\n") {
        let line = String(buffer[..<newline])
        buffer = String(buffer[buffer.index(after: newline)...])
        if predicate(line) { return line }
      }
      let data = handle.availableData
      if data.isEmpty { return nil }
      buffer += String(decoding: data, as: UTF8.self)
    }
  }
}
