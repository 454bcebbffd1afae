#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A response ready to be written: status, header fields and body. HEAD
/// responses keep the headers of the GET (Content-Length included) and
/// drop the body when serialized.
public struct HTTPResponse: Sendable {
  public var status: HTTPStatus
  public var headers: [(name: String, value: String)]
  public var body: [UInt8]

  public init(
    status: HTTPStatus,
    headers: [(name: String, value: String)] = [],
    body: [UInt8] = []
  ) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A short plain-text answer, used for errors: `404 Not Found`.
  static func text(_ status: HTTPStatus, _ text: String? = nil) -> Self {
    let line = text ?? "\(status.rawValue) \(status.reasonPhrase)"
    return HTTPResponse(
      status: status,
      headers: [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Cache-Control", "no-cache"),
      ],
      body: Array((line + "\n").utf8)
    )
  }

  /// The first value of a header field, matched case-insensitively.
  public func header(_ name: String) -> String? {
    let wanted = name.lowercased()
    return headers.first { $0.name.lowercased() == wanted }?.value
  }

  /// The bytes on the wire. Date, Server, Content-Length and Connection
  /// are added here so that every response carries them.
  func serialized(includingBody: Bool, closing: Bool, date: Date) -> [UInt8] {
    var head = "HTTP/1.1 \(status.rawValue) \(status.reasonPhrase)\r\n"
    head += "Date: \(HTTPDate.string(from: date))\r\n"
    head += "Server: snowpak\r\n"
    for (name, value) in headers {
      head += "\(name): \(value)\r\n"
    }
    // 1xx and 204 never carry Content-Length (RFC 9110, 8.6).
    if status.rawValue >= 200, status != .noContent {
      head += "Content-Length: \(body.count)\r\n"
    }
    if closing { head += "Connection: close\r\n" }
    head += "\r\n"

    var bytes = Array(head.utf8)
    if includingBody { bytes += body }
    return bytes
  }
}
