#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One line of the access log, in CloudFront's standard log format: the
/// 33 tab-separated fields of the `#Fields` header, in order, `-` for an
/// empty value (Amazon CloudFront Developer Guide, "Standard logging
/// reference", log file fields).
///
/// Fields with no meaning on a local server keep CloudFront's empty `-`
/// (ssl-protocol, fle-status, …); x-edge-location is `-`, cs-protocol
/// `http`. Header values are percent-encoded where they hold spaces,
/// tabs, `%` or non-ASCII bytes, as CloudFront does for user agents;
/// cs-uri-stem and cs-uri-query are logged as received (already encoded).
struct AccessLogRecord {
  static let fieldNames = [
    "date", "time", "x-edge-location", "sc-bytes", "c-ip", "cs-method",
    "cs(Host)", "cs-uri-stem", "sc-status", "cs(Referer)", "cs(User-Agent)",
    "cs-uri-query", "cs(Cookie)", "x-edge-result-type", "x-edge-request-id",
    "x-host-header", "cs-protocol", "cs-bytes", "time-taken", "x-forwarded-for",
    "ssl-protocol", "ssl-cipher", "x-edge-response-result-type",
    "cs-protocol-version", "fle-status", "fle-encrypted-fields", "c-port",
    "time-to-first-byte", "x-edge-detailed-result-type", "sc-content-type",
    "sc-content-len", "sc-range-start", "sc-range-end",
  ]

  /// The two W3C header lines that open every log file.
  static let header =
    "#Version: 1.0\n#Fields: " + fieldNames.joined(separator: " ") + "\n"

  var date: Date
  var request: HTTPRequest
  var response: HTTPResponse
  var bytesSent: Int
  var clientAddress: String
  var clientPort: Int
  var requestID: String
  var secondsTaken: Double

  /// The line for this hit with the given cs-uri-query (no newline).
  func line(query: String) -> String {
    let time = UTCTime(date)
    let pad = HTTPDate.pad
    let result = response.status.rawValue >= 400 ? "Error" : "Miss"
    let host = field(request.header("Host"))
    let taken = Self.milliseconds(secondsTaken)

    let fields = [
      "\(time.year)-\(pad(time.month))-\(pad(time.day))",
      "\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second))",
      "-",
      String(bytesSent),
      clientAddress,
      request.method,
      host,
      PercentEncoding.encodeLogTarget(String(request.path)),
      String(response.status.rawValue),
      field(request.header("Referer")),
      field(request.header("User-Agent")),
      PercentEncoding.encodeLogTarget(query),
      field(request.header("Cookie")),
      result,
      requestID,
      host,
      "http",
      String(request.byteCount),
      taken,
      field(request.header("X-Forwarded-For")),
      "-",
      "-",
      result,
      request.version,
      "-",
      "-",
      String(clientPort),
      taken,
      result,
      field(response.header("Content-Type")),
      String(response.body.count),
      "-",
      "-",
    ]
    return fields.joined(separator: "\t")
  }

  /// Seconds with three decimals, as CloudFront writes time-taken:
  /// 0.0424 ⇒ `0.042`.
  static func milliseconds(_ seconds: Double) -> String {
    let total = Int((max(0, seconds) * 1000).rounded())
    let fraction = String(total % 1000)
    return "\(total / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  private func field(_ value: String?) -> String {
    guard let value, !value.isEmpty else { return "-" }
    return PercentEncoding.encodeLogField(value)
  }
}
