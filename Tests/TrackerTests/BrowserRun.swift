import Foundation

/// What the collector saw while headless Chromium ran every test page
/// against one variant of the tracker (see Support/harness.py).
struct BrowserRun: Sendable, Decodable {
  struct Record: Sendable, Decodable {
    let kind: String
    let scenario: String?
    let host: String?
    let origin: String?
    let query: [String: String]?
    let body: String?
    let contentType: String?
    let status: Int?
    let requestHeaders: String?
  }

  struct Cookie: Sendable, Decodable {
    let name: String
    let value: String
    let domain: String
    let path: String
    let expires: Double
    let sameSite: String?
  }

  struct Scenario: Sendable, Decodable {
    let finished: Bool
    /// When `cookies` were read, in seconds since 1970.
    let cookiesTakenAt: Double
    let cookies: [Cookie]
  }

  let records: [Record]
  let scenarios: [String: Scenario]
  /// SHA-1 hex of the cookie-hash inputs, from Python's hashlib.
  let sha1: [String: String]

  /// The pages, in the order they run; `#…` is the fragment loaded.
  static let pages = [
    "modern", "classic#top", "session", "privacy", "retry", "beacon",
    "cloudfront",
  ]

  /// One run per variant, shared by every test, the raw one first so two
  /// browsers never compete for the CPU.
  static func of(_ variant: TrackerVariant) throws -> BrowserRun {
    switch variant {
    case .raw: try rawRun.get()
    case .built: try builtRun.get()
    }
  }

  static func run(_ variant: TrackerVariant) throws -> BrowserRun {
    let directory = try Environment.temporaryDirectory("tracker-\(variant)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let tracker = try variant.write(into: directory)
    let output = directory.appending(path: "run.json")
    let result = try Environment.run(
      "python3",
      [Environment.support.appending(path: "harness.py").path, tracker.path,
       Environment.pages.path, output.path] + pages)
    guard result.status == 0 else {
      throw TrackerTestError.harnessFailed(result.status, result.errors)
    }
    return try JSONDecoder().decode(
      BrowserRun.self, from: Data(contentsOf: output))
  }

  /// Every event, from GET query strings and POST bodies alike.
  var events: [CollectedEvent] {
    records.enumerated().flatMap { index, record in
      CollectedEvent.events(in: record, request: index)
    }
  }

  func events(in scenario: String) -> [CollectedEvent] {
    events.filter { $0.scenario == scenario }
  }

  func records(in scenario: String, kind: String) -> [Record] {
    records.filter { $0.scenario == scenario && $0.kind == kind }
  }

  /// The query of the scenario's /done request.
  func marker(of scenario: String) -> [String: String] {
    records(in: scenario, kind: "done").first?.query ?? [:]
  }

  func cookies(in scenario: String) -> [Cookie] {
    scenarios[scenario]?.cookies ?? []
  }

  /// Seconds from when the cookies of `scenario` were read until `cookie`
  /// expires.
  func lifetime(of cookie: Cookie, in scenario: String) -> Double {
    cookie.expires - (scenarios[scenario]?.cookiesTakenAt ?? 0)
  }
}

private let rawRun = Result { try BrowserRun.run(.raw) }
private let builtRun = Result {
  _ = rawRun
  return try BrowserRun.run(.built)
}
