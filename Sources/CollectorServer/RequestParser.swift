/// Reads one HTTP/1.1 request off the front of a byte buffer (RFC 9112).
///
///     "GET /i?e=pv HTTP/1.1\r\nHost: a\r\n\r\n" ⇒ .complete(GET /i?e=pv)
///     "GET /i HTTP/1.1\r\nHo"                   ⇒ .incomplete
///     "GET  /i HTTP/1.1\r\n\r\n"                ⇒ .invalid(400)
///
/// Lines end in CRLF; a bare LF is accepted as RFC 9112 (2.2) allows.
/// Bodies are framed by Content-Length only: Transfer-Encoding answers 501
/// (browsers and trackers send a length for every body they POST).
struct RequestParser {
  var limits: ServerLimits

  enum Outcome {
    /// More bytes are needed; `expectsContinue` when the head is complete,
    /// asked for `100-continue` and the body has not started.
    case incomplete(expectsContinue: Bool)
    case complete(HTTPRequest, consumed: Int)
    case invalid(HTTPStatus, reason: String)
  }

  func parse(_ buffer: ArraySlice<UInt8>) -> Outcome {
    // Empty lines before a request line are ignored (RFC 9112, 2.2).
    var start = buffer.startIndex
    while start < buffer.endIndex, buffer[start] == 13 || buffer[start] == 10 {
      start += 1
    }
    let bytes = buffer[start...]

    // The request line must end within its bound.
    guard let firstNewline = bytes.firstIndex(of: 10) else {
      if bytes.count > limits.requestLineBytes {
        return .invalid(.uriTooLong, reason: "request line too long")
      }
      return .incomplete(expectsContinue: false)
    }
    if firstNewline - bytes.startIndex > limits.requestLineBytes + 1 {
      return .invalid(.uriTooLong, reason: "request line too long")
    }

    // The head ends at the first empty line.
    guard let headEnd = endOfHead(bytes) else {
      if bytes.count > limits.headBytes {
        return .invalid(.requestHeaderFieldsTooLarge, reason: "header too large")
      }
      return .incomplete(expectsContinue: false)
    }
    if headEnd - bytes.startIndex > limits.headBytes {
      return .invalid(.requestHeaderFieldsTooLarge, reason: "header too large")
    }
    // Lines split on LF bytes: as a String, "\r\n" would be one Character.
    var lines: [Substring] = []
    for line in bytes[..<headEnd].split(separator: 10, omittingEmptySubsequences: false) {
      let trimmed = line.last == 13 ? line.dropLast() : line
      guard let text = String(validating: trimmed, as: UTF8.self) else {
        return .invalid(.badRequest, reason: "request head is not UTF-8")
      }
      lines.append(text[...])
    }

    var request: HTTPRequest
    switch parseHead(lines) {
    case .success(let parsed): request = parsed
    case .failure(let failure): return .invalid(failure.status, reason: failure.reason)
    }

    // The body, framed by Content-Length.
    let length: Int
    switch bodyLength(of: request) {
    case .success(let value): length = value
    case .failure(let failure): return .invalid(failure.status, reason: failure.reason)
    }
    let available = bytes.endIndex - headEnd
    if available < length {
      let wantsContinue = available == 0
        && request.header("Expect")?.lowercased() == "100-continue"
      return .incomplete(expectsContinue: wantsContinue)
    }
    request.body = Array(bytes[headEnd..<headEnd + length])
    let consumed = headEnd + length - buffer.startIndex
    request.byteCount = consumed
    return .complete(request, consumed: consumed)
  }

  /// The index just past the empty line that closes the head.
  private func endOfHead(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while let newline = bytes[index...].firstIndex(of: 10) {
      let next = newline + 1
      if next < bytes.endIndex, bytes[next] == 10 { return next + 1 }
      if next + 1 < bytes.endIndex, bytes[next] == 13, bytes[next + 1] == 10 {
        return next + 2
      }
      index = next
      if index >= bytes.endIndex { break }
    }
    return nil
  }

  struct Failure: Error {
    var status: HTTPStatus
    var reason: String
  }

  /// The request line and header fields of a complete head.
  private func parseHead(_ lines: [Substring]) -> Result<HTTPRequest, Failure> {
    var lines = lines
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard let requestLine = lines.first else {
      return .failure(Failure(status: .badRequest, reason: "empty request"))
    }

    // method SP request-target SP HTTP-version, single spaces.
    let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenCharacter)
    else {
      return .failure(Failure(status: .badRequest, reason: "malformed request line"))
    }
    let target = parts[1]
    guard !target.isEmpty, target.unicodeScalars.allSatisfy(isTargetCharacter) else {
      return .failure(Failure(status: .badRequest, reason: "malformed request target"))
    }
    let version = String(parts[2])
    guard version.hasPrefix("HTTP/"), version.count == 8 else {
      return .failure(Failure(status: .badRequest, reason: "malformed HTTP version"))
    }
    guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
      return .failure(
        Failure(status: .httpVersionNotSupported, reason: "unsupported \(version)"))
    }

    // name ":" OWS value OWS; no space before the colon, no line folding.
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(Failure(status: .badRequest, reason: "malformed header line"))
      }
      let name = line[..<colon]
      guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else {
        return .failure(Failure(status: .badRequest, reason: "malformed header name"))
      }
      let value = line[line.index(after: colon)...].trimmingWhitespace()
      guard !value.unicodeScalars.contains(where: { $0.value < 32 && $0 != "\t" })
      else {
        return .failure(Failure(status: .badRequest, reason: "control character in header"))
      }
      headers.append((String(name), String(value)))
    }

    let request = HTTPRequest(
      method: String(parts[0]), target: String(target), version: version,
      headers: headers, body: [], byteCount: 0)
    if version == "HTTP/1.1", request.header("Host") == nil {
      return .failure(Failure(status: .badRequest, reason: "missing Host header"))
    }
    return .success(request)
  }

  /// The announced body length, bounded; duplicates must agree.
  private func bodyLength(of request: HTTPRequest) -> Result<Int, Failure> {
    if request.header("Transfer-Encoding") != nil {
      return .failure(
        Failure(status: .notImplemented, reason: "Transfer-Encoding not supported"))
    }
    let values = request.headers
      .filter { $0.name.lowercased() == "content-length" }
      .flatMap { $0.value.split(separator: ",").map { $0.trimmingWhitespace() } }
    guard let first = values.first else { return .success(0) }
    guard values.allSatisfy({ $0 == first }),
      !first.isEmpty, first.count <= 12, first.allSatisfy(\.isASCIIDigit),
      let length = Int(first)
    else {
      return .failure(Failure(status: .badRequest, reason: "invalid Content-Length"))
    }
    if length > limits.bodyBytes {
      return .failure(Failure(status: .contentTooLarge, reason: "body too large"))
    }
    return .success(length)
  }

  /// tchar of RFC 9110 (5.6.2).
  private func isTokenCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    switch ascii {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return "!#$%&'*+-.^_`|~".utf8.contains(ascii)
    }
  }

  /// Visible ASCII: what a request-target may hold once a client has
  /// percent-encoded everything else.
  private func isTargetCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value > 32 && scalar.value < 127
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
