/// Why the server could not start. The wording lives in `description`.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
  case directoryNotFound(String)
  case notADirectory(String)
  case invalidHost(String)
  case invalidPostPath(String)
  /// socket(2), bind(2) or listen(2) failed; the text is strerror's.
  case cannotListen(host: String, port: UInt16, reason: String)
  case cannotOpenLog(String, reason: String)

  public var description: String {
    switch self {
    case .directoryNotFound(let path):
      "Directory \"\(path)\" does not exist"
    case .notADirectory(let path):
      "\"\(path)\" is not a directory"
    case .invalidHost(let host):
      "Host \"\(host)\" is not an IPv4 or IPv6 address"
    case .invalidPostPath(let path):
      "POST path \"\(path)\" must start with \"/\" and hold no \"?\" or spaces"
    case .cannotListen(let host, let port, let reason):
      "Cannot listen on \(host):\(port): \(reason)"
    case .cannotOpenLog(let path, let reason):
      "Cannot open log \"\(path)\": \(reason)"
    }
  }
}
