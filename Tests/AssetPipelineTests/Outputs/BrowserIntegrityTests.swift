@testable import AssetPipeline
import Foundation
import Testing

// Headless Chromium loads a page carrying our snippet from a server on
// 127.0.0.1: with our integrity the script runs, with one changed byte in
// the served file the browser refuses it.

private let chromium = ["chromium", "chromium-browser", "google-chrome"]
  .first { toolPath($0) != nil }

/// A static file server (Python's http.server) on 127.0.0.1, port chosen
/// by the kernel, stopped by `stop()`.
private struct StaticServer {
  let process: Process
  let port: Int

  init?(root: String) {
    guard let python = toolPath("python3") else { return nil }
    let portFile = root + "/../port-\(UUID().uuidString)"
    let script = """
      import functools, http.server, sys
      handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                  directory=sys.argv[1])
      handler.func.log_message = lambda *a: None
      server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
      open(sys.argv[2] + '.tmp', 'w').write(str(server.server_address[1]))
      import os; os.rename(sys.argv[2] + '.tmp', sys.argv[2])
      server.serve_forever()
      """
    process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, root, portFile]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }

    // Wait for the port file (the server writes it once listening).
    var port: Int?
    for _ in 0..<200 where port == nil {
      port = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
      if port == nil { Thread.sleep(forTimeInterval: 0.05) }
    }
    try? FileManager.default.removeItem(atPath: portFile)
    guard let port else {
      process.terminate()
      return nil
    }
    self.port = port
  }

  /// Kills the server with SIGKILL: children of the test process inherit a
  /// signal mask blocking SIGTERM, so `terminate()` would not stop it.
  func stop() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// The DOM Chromium renders for `url`, after scripts have run.
private func renderedDOM(_ url: String) -> String? {
  guard let chromium,
    let result = runTool(chromium, ["--headless", "--no-sandbox", "--disable-gpu",
      "--virtual-time-budget=5000", "--dump-dom", url])
  else { return nil }
  return String(decoding: result.output, as: UTF8.self)
}

@Suite("Browsers enforce the snippet's Subresource Integrity")
struct BrowserIntegrityTests {
  @Test(
    "Chromium runs the script with our integrity and refuses a changed byte",
    .enabled(if: chromium != nil && toolPath("python3") != nil,
      "chromium or python3 is not installed"))
  func chromiumEnforcesIntegrity() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let root = directory.file("public")
    try FileManager.default.createDirectory(atPath: root + "/assets",
      withIntermediateDirectories: true)

    // Build into public/assets, snippet included, and make a page of it.
    let output = OutputDirectory(path: root + "/assets")
    var options = OutputOptions()
    options.snippetPath = "snippet.html"
    options.publicPath = "/assets/"
    let code = "document.documentElement.setAttribute('data-ran', 'yes');"
    let plan = try AssetOutputs.plan(script: Array(code.utf8), options: options,
      in: output)
    _ = try output.commit(plan)
    let page = "<!doctype html><html><head>\(plan.snippet)</head><body></body></html>"
    try Data(page.utf8).write(to: URL(fileURLWithPath: root + "/page.html"))

    let server = try #require(StaticServer(root: root))
    defer { server.stop() }
    let url = "http://127.0.0.1:\(server.port)/page.html"

    // Our bytes: the script runs.
    let good = try #require(renderedDOM(url))
    #expect(good.contains("data-ran=\"yes\""), "\(good)")

    // One byte changed on the server: Chromium blocks it.
    let served = root + "/assets/" + plan.script.file
    let tampered = code.replacingOccurrences(of: "yes", with: "yas")
    try Data(tampered.utf8).write(to: URL(fileURLWithPath: served))
    let bad = try #require(renderedDOM(url))
    #expect(bad.contains("<html"), "\(bad)")
    #expect(!bad.contains("data-ran"), "\(bad)")
  }
}
