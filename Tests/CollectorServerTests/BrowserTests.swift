import Foundation
import Testing

@testable import CollectorServer

/// Headless Chromium loads a page from one server (the site) that runs
/// our tracker (tracker-src/, concatenated in the order of order.txt)
/// against another server on another port (the collector): a cross-origin,
/// credentialed POST that Chromium sends only if the CORS preflight is
/// right. The collector must decode what the page tracked.
@Suite(
  "Browser",
  .enabled(if: tool("chromium") != nil && tool("curl") != nil, "chromium is not installed"))
struct BrowserTests {
  /// The package's tracker-src/, found from this file's path.
  static let trackerSource = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("tracker-src")

  /// The tracker's files joined in order.txt's order.
  static func trackerScript() throws -> String {
    let order = try String(
      contentsOf: trackerSource.appendingPathComponent("order.txt"), encoding: .utf8)
    return try order.split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      .map { try String(contentsOf: trackerSource.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n")
  }

  @Test("A page's tracker POSTs across origins and the events decode cleanly")
  func trackerPage() throws {
    let collector = try TestServer()
    let page = """
      <!doctype html><html><head><meta charset="utf-8"><title>Shop home</title>
      <script src="/sp.js"></script>
      <script>
        snowplow('newTracker', 'sp', '127.0.0.1:\(collector.port)', { appId: 'shop' });
        snowplow('trackPageView');
        snowplow('trackStructEvent', { category: 'basket', action: 'add' });
      </script></head><body>shop</body></html>
      """
    let site = try TestServer(files: ["index.html": page, "sp.js": try Self.trackerScript()])

    // Chromium runs until the collector has both events (or 60 s pass).
    let profile = site.directory.appendingPathComponent("profile")
    let browser = Process()
    browser.executableURL = URL(fileURLWithPath: tool("chromium")!)
    browser.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update",
      "--user-data-dir=" + profile.path, site.base + "/",
    ]
    browser.standardOutput = FileHandle.nullDevice
    browser.standardError = FileHandle.nullDevice
    try browser.run()
    defer {
      browser.terminate()
      browser.waitUntilExit()
    }
    var events: [TrackerEvent] = []
    for _ in 0..<600 where events.count < 2 {
      usleep(100_000)
      events = collector.box.hits.flatMap(\.events)
    }

    // The preflight came first, then the POSTs, from the site's origin.
    let hits = collector.box.hits
    #expect(hits.first?.kind == .preflight)
    #expect(hits.contains { $0.kind == .post })
    let pageView = try #require(events.first { $0["e"] == "pv" })
    #expect(pageView["page"] == "Shop home")
    #expect(pageView["url"] == site.base + "/")
    #expect(pageView["aid"] == "shop")
    #expect(pageView.contexts.map(\.shortSchema) == ["web_page/1-0-0"])
    let structured = try #require(events.first { $0["e"] == "se" })
    #expect(structured["se_ca"] == "basket")
    #expect(structured["se_ac"] == "add")
    #expect(events.allSatisfy { event in event.problems.isEmpty })
    #expect(hits.allSatisfy { hit in hit.problems.isEmpty })

    // The site logged the page and the script; the collector every hit.
    #expect(try site.logLines().map { $0[7] }.prefix(2) == ["/", "/sp.js"])
    #expect(try collector.logLines().count >= 3)
  }
}
