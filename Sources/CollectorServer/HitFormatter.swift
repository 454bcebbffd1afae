/// Readable lines for one hit, what `snowpak serve` prints per request:
///
///     200 GET /sp-0f3a….js 2114 bytes
///     200 GET /i page_view url="http://shop.example/" page="Home"
///       tracker js-0.1.0, platform web, app shop
///       context web_page/1-0-0 {"id":"…"}
///     200 POST /com.snowplowanalytics.snowplow/tp2 2 events
///       struct category="basket" action="add"
///       …
///     408 from 127.0.0.1: request timed out
///
/// Returns text; printing is the command's business.
public enum HitFormatter {
  public static func lines(for hit: Hit) -> [String] {
    let status = String(hit.status.rawValue)
    switch hit.kind {
    case .rejected(let reason):
      return ["\(status) from \(hit.clientAddress): \(reason)"]
    case .file, .preflight:
      return ["\(status) \(hit.method) \(hit.target) \(hit.bytesSent) bytes"]
    case .pixel, .post:
      break
    }

    // Collector hits: the path, then each event indented below it.
    let path = hit.target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
    var lines: [String]
    let eventLines = hit.events.map(EventFormatter.lines(for:))
    if hit.kind == .pixel, eventLines.count == 1 {
      lines = ["\(status) \(hit.method) \(path) " + eventLines[0][0]]
      lines += eventLines[0].dropFirst()
    } else {
      let count = hit.events.count == 1 ? "1 event" : "\(hit.events.count) events"
      lines = ["\(status) \(hit.method) \(path) \(count)"]
      for event in eventLines {
        lines += event.map { "  " + $0 }
      }
    }
    lines += hit.problems.map { "  error: \($0)" }
    return lines
  }

  /// Whether the hit breaks the protocol anywhere.
  public static func hasProblems(_ hit: Hit) -> Bool {
    !hit.problems.isEmpty || hit.events.contains { !$0.problems.isEmpty }
  }
}
