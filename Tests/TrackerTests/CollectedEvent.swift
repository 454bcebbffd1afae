import Foundation

/// One event as it reached the collector.
struct CollectedEvent: Sendable {
  enum Transport: Sendable { case get, post, beacon }

  let scenario: String
  let transport: Transport
  let host: String
  /// The parameters; a POSTed value that was not a JSON string shows up
  /// in `nonStrings` instead.
  let params: [String: String]
  let nonStrings: [String]
  /// The collector's answer, and which request carried the event.
  let status: Int
  let request: Int

  subscript(key: String) -> String? { params[key] }

  static func events(
    in record: BrowserRun.Record, request: Int
  ) -> [CollectedEvent] {
    let scenario = record.scenario ?? "", host = record.host ?? ""
    switch record.kind {
    case "get":
      return [CollectedEvent(
        scenario: scenario, transport: .get, host: host,
        params: record.query ?? [:], nonStrings: [], status: 200,
        request: request)]

    case "post":
      let transport: Transport =
        record.contentType?.hasPrefix("text/plain") == true ? .beacon : .post
      let body = parseJSON(record.body ?? "") as? [String: Any]
      let items = body?["data"] as? [[String: Any]] ?? []
      return items.map { item in
        CollectedEvent(
          scenario: scenario, transport: transport, host: host,
          params: item.compactMapValues { $0 as? String },
          nonStrings: item.filter { !($0.value is String) }.map(\.key),
          status: record.status ?? 0, request: request)
      }

    default:
      return []
    }
  }

  /// The `co`/`cx` envelope, decoded.
  var contexts: [String: Any]? {
    if let plain = params["co"] { return parseJSON(plain) as? [String: Any] }
    guard let encoded = params["cx"], let data = decodeBase64URL(encoded)
    else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// The entities of the contexts envelope.
  var entities: [[String: Any]] {
    contexts?["data"] as? [[String: Any]] ?? []
  }

  /// The `ue_pr`/`ue_px` envelope, decoded.
  var selfDescribing: [String: Any]? {
    if let plain = params["ue_pr"] {
      return parseJSON(plain) as? [String: Any]
    }
    guard let encoded = params["ue_px"], let data = decodeBase64URL(encoded)
    else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// The schema of the self-describing event inside the envelope.
  var eventSchema: String? {
    (selfDescribing?["data"] as? [String: Any])?["schema"] as? String
  }

  var eventData: [String: Any]? {
    (selfDescribing?["data"] as? [String: Any])?["data"] as? [String: Any]
  }
}

func parseJSON(_ text: String) -> Any? {
  try? JSONSerialization.jsonObject(
    with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// base64url without padding (RFC 4648 section 5), decoded by Foundation:
/// nil when a character outside the URL-safe alphabet or a `=` appears.
func decodeBase64URL(_ text: String) -> Data? {
  let alphabet = Set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
  guard text.allSatisfy({ alphabet.contains($0) }) else { return nil }
  var standard = text.replacingOccurrences(of: "-", with: "+")
    .replacingOccurrences(of: "_", with: "/")
  while standard.count % 4 != 0 { standard += "=" }
  return Data(base64Encoded: standard)
}
