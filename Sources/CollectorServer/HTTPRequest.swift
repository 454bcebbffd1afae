/// One parsed request: the request line, the header fields in the order
/// they came, and the body (always complete; framed by Content-Length).
public struct HTTPRequest: Sendable {
  public var method: String
  /// The request-target exactly as sent, e.g. `/i?e=pv&tv=js-1`.
  public var target: String
  /// `HTTP/1.0` or `HTTP/1.1`.
  public var version: String
  public var headers: [(name: String, value: String)]
  public var body: [UInt8]
  /// Bytes the request took on the wire: request line, headers, body.
  public var byteCount: Int

  /// The first value of a header field, matched case-insensitively.
  public func header(_ name: String) -> String? {
    let wanted = name.lowercased()
    return headers.first { $0.name.lowercased() == wanted }?.value
  }

  /// The path part of the target, still percent-encoded: `/i`.
  public var path: Substring {
    target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
  }

  /// The query part of the target without the `?`, or nil when absent.
  public var query: Substring? {
    guard let mark = target.firstIndex(of: "?") else { return nil }
    return target[target.index(after: mark)...]
  }

  /// Whether the connection may carry another request after this one:
  /// HTTP/1.1 keeps it unless told `close`, HTTP/1.0 only when asked.
  public var keepsConnectionAlive: Bool {
    let tokens = (header("Connection") ?? "").lowercased()
      .split(separator: ",").map { $0.trimmingWhitespace() }
    if tokens.contains("close") { return false }
    if version == "HTTP/1.0" { return tokens.contains("keep-alive") }
    return true
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  func trimmingWhitespace() -> Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" {
      text = text.dropFirst()
    }
    while let last = text.last, last == " " || last == "\t" {
      text = text.dropLast()
    }
    return text
  }
}
