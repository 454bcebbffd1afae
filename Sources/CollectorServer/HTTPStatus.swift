/// The status codes the server answers with, and their reason phrases
/// (RFC 9110, section 15).
public enum HTTPStatus: Int, Sendable {
  case continue_ = 100
  case ok = 200
  case noContent = 204
  case movedPermanently = 301
  case badRequest = 400
  case forbidden = 403
  case notFound = 404
  case methodNotAllowed = 405
  case requestTimeout = 408
  case lengthRequired = 411
  case contentTooLarge = 413
  case uriTooLong = 414
  case requestHeaderFieldsTooLarge = 431
  case internalServerError = 500
  case notImplemented = 501
  case serviceUnavailable = 503
  case httpVersionNotSupported = 505

  /// The reason phrase sent after the code on the status line.
  public var reasonPhrase: String {
    switch self {
    case .continue_: "Continue"
    case .ok: "OK"
    case .noContent: "No Content"
    case .movedPermanently: "Moved Permanently"
    case .badRequest: "Bad Request"
    case .forbidden: "Forbidden"
    case .notFound: "Not Found"
    case .methodNotAllowed: "Method Not Allowed"
    case .requestTimeout: "Request Timeout"
    case .lengthRequired: "Length Required"
    case .contentTooLarge: "Content Too Large"
    case .uriTooLong: "URI Too Long"
    case .requestHeaderFieldsTooLarge: "Request Header Fields Too Large"
    case .internalServerError: "Internal Server Error"
    case .notImplemented: "Not Implemented"
    case .serviceUnavailable: "Service Unavailable"
    case .httpVersionNotSupported: "HTTP Version Not Supported"
    }
  }
}
