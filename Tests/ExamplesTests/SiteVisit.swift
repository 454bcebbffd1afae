import Foundation

/// One visit of headless Chromium to a built site, served from
/// 127.0.0.1 by Support/site_collector.py, which is also the collector.
/// What the server saw is returned once the browser has finished.
struct SiteVisit: Decodable {
  /// "GET /path" or "POST /path", in order.
  var requests: [String]
  /// Every tracker event, GET or POST, as its protocol parameters.
  var events: [[String: String]]

  static var isPossible: Bool {
    Examples.tool("chromium") != nil && Examples.tool("python3") != nil
  }

  /// Starts the server on `site`, lets `build` build the site for the
  /// collector at the port it was given, then loads `/` in Chromium.
  /// With `tamper`, every script is served with one line added.
  static func visit(
    _ site: URL, tamper: Bool = false, build: (_ port: String) throws -> Void
  ) throws -> SiteVisit {
    let server = Process()
    server.executableURL = Examples.tool("python3")
    server.arguments = [
      Examples.support.appending(path: "site_collector.py").path, site.path,
    ] + (tamper ? ["--tamper"] : [])
    let stdin = Pipe(), stdout = Pipe()
    server.standardInput = stdin
    server.standardOutput = stdout
    try server.run()
    defer { if server.isRunning { server.terminate() } }

    // The first line is the port; the site is built for it.
    let port = try readLine(stdout.fileHandleForReading)
    try FileManager.default.createDirectory(
      at: site, withIntermediateDirectories: true)
    try build(port)

    // Chromium loads the page, runs it for 5 s of virtual time and exits.
    let profile = site.deletingLastPathComponent()
      .appending(path: "chromium-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    try Command.succeed("chromium", [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update",
      "--user-data-dir=\(profile.path)", "--dump-dom",
      "--virtual-time-budget=5000", "http://127.0.0.1:\(port)/",
    ], in: site)

    // Closing the server's input makes it report and exit.
    try stdin.fileHandleForWriting.close()
    let report = stdout.fileHandleForReading.readDataToEndOfFile()
    server.waitUntilExit()
    return try JSONDecoder().decode(SiteVisit.self, from: report)
  }

  private static func readLine(_ handle: FileHandle) throws -> String {
    var line = Data()
    while true {
      guard let byte = try handle.read(upToCount: 1), !byte.isEmpty else {
        throw ExampleFailure.collector("it exited before listening")
      }
      if byte == Data("\n".utf8) { break }
      line += byte
    }
    return String(decoding: line, as: UTF8.self)
  }
}
