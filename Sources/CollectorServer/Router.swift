/// Decides what answers a request: the collector's pixel and POST paths
/// first, then the static files. Pure: returns the response with what
/// the log and the `onHit` callback need, and writes nothing.
///
///     GET  /i?e=pv…                         ⇒ 200 GIF, one event
///     POST /com.snowplowanalytics.snowplow/tp2 ⇒ 200 "ok", n events
///     OPTIONS (either)                      ⇒ 200 CORS preflight
///     GET  /sp-0f3a….js                     ⇒ the file
///     PUT  /anything                        ⇒ 405 with Allow
struct Router: Sendable {
  let files: StaticFiles
  let pixelPaths: Set<String>
  let postPaths: Set<String>

  struct Exchange {
    var response: HTTPResponse
    var kind: Hit.Kind
    var events: [TrackerEvent] = []
    var problems: [ProtocolProblem] = []
    /// One log line per entry, with this cs-uri-query (already encoded).
    var logQueries: [String]
  }

  func exchange(for request: HTTPRequest) -> Exchange {
    let path = String(request.path)
    let rawQuery = request.query.map(String.init) ?? ""
    let query = rawQuery.isEmpty ? "-" : rawQuery

    // The collector: pixel, POST and their preflights.
    if pixelPaths.contains(path) {
      switch request.method {
      case "GET", "HEAD":
        let decoded = EventDecoder.decode(query: request.query)
        let response = withCORS(pixelResponse(), for: request)
        return Exchange(
          response: response, kind: .pixel, events: decoded.events,
          problems: decoded.problems, logQueries: [query])
      case "OPTIONS":
        return preflight(for: request, query: query)
      default:
        return notAllowed("GET, HEAD, OPTIONS", query: query)
      }
    }
    if postPaths.contains(path) {
      switch request.method {
      case "POST":
        let decoded = EventDecoder.decode(body: request.body)
        var response = HTTPResponse.text(.ok, "ok")
        response.body = Array("ok".utf8)
        response.headers = [("Content-Type", "text/plain; charset=utf-8")]
          + Self.noCacheHeaders
        // One log line per event, each as the GET it could have been.
        let queries = decoded.events.map(Self.queryString(of:))
        return Exchange(
          response: withCORS(response, for: request), kind: .post,
          events: decoded.events, problems: decoded.problems,
          logQueries: queries.isEmpty ? [query] : queries)
      case "OPTIONS":
        return preflight(for: request, query: query)
      default:
        return notAllowed("POST, OPTIONS", query: query)
      }
    }

    // Everything else is a file.
    switch request.method {
    case "GET", "HEAD":
      return Exchange(
        response: files.response(to: request), kind: .file, logQueries: [query])
    case "OPTIONS":
      var response = HTTPResponse(status: .noContent)
      response.headers = [("Allow", "GET, HEAD, OPTIONS")]
      return Exchange(response: response, kind: .file, logQueries: [query])
    default:
      return notAllowed("GET, HEAD, OPTIONS", query: query)
    }
  }

  /// Headers that keep browsers and proxies from caching a hit, so that
  /// every event reaches the collector.
  static let noCacheHeaders: [(name: String, value: String)] = [
    ("Cache-Control", "no-cache, no-store, must-revalidate"),
    ("Pragma", "no-cache"),
    ("Expires", "Thu, 01 Jan 1970 00:00:00 GMT"),
  ]

  private func pixelResponse() -> HTTPResponse {
    HTTPResponse(
      status: .ok,
      headers: [("Content-Type", "image/gif")] + Self.noCacheHeaders,
      body: TrackingPixel.bytes)
  }

  /// The answer to a CORS preflight of the POST (Fetch standard, CORS
  /// protocol): methods, the Content-Type header, credentials.
  private func preflight(for request: HTTPRequest, query: String) -> Exchange {
    var response = HTTPResponse(status: .ok)
    response.headers = [
      ("Access-Control-Allow-Methods", "POST, GET, OPTIONS"),
      ("Access-Control-Allow-Headers", "Content-Type"),
      ("Access-Control-Max-Age", "3600"),
    ]
    return Exchange(
      response: withCORS(response, for: request), kind: .preflight,
      logQueries: [query])
  }

  /// Requests with credentials need the origin echoed, never `*`.
  private func withCORS(_ response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
    guard let origin = request.header("Origin") else { return response }
    var response = response
    response.headers += [
      ("Access-Control-Allow-Origin", origin),
      ("Access-Control-Allow-Credentials", "true"),
      ("Vary", "Origin"),
    ]
    return response
  }

  private func notAllowed(_ allowed: String, query: String) -> Exchange {
    var response = HTTPResponse.text(.methodNotAllowed)
    response.headers.append(("Allow", allowed))
    return Exchange(response: response, kind: .file, logQueries: [query])
  }

  /// An event as a query string, the way the GET transport carries it.
  static func queryString(of event: TrackerEvent) -> String {
    event.parameters
      .map { PercentEncoding.encodeComponent($0.name) + "=" + PercentEncoding.encodeComponent($0.value) }
      .joined(separator: "&")
  }
}
