/// Bounds that keep one client from holding the server: sizes of the
/// request line, the header block and the body; how long a request may
/// take to arrive; how many connections may be open at once.
public struct ServerLimits: Sendable {
  /// Longest request line, CRLF excluded; longer answers 414. CloudFront
  /// refuses URLs past 8192 bytes, so a tracker that works here fits there.
  public var requestLineBytes = 8192
  /// Largest request head (request line and all header fields); larger
  /// answers 431. CloudFront's own bound is 20 KB.
  public var headBytes = 20 * 1024
  /// Largest body; larger answers 413. Trackers send at most 40000 bytes
  /// per POST by default.
  public var bodyBytes = 1024 * 1024
  /// Seconds a started request may take to arrive completely; a slower
  /// client gets 408 and the connection is closed.
  public var requestTimeout = 10.0
  /// Seconds an idle keep-alive connection stays open.
  public var idleTimeout = 15.0
  /// Open connections at most; more are closed as soon as accepted.
  public var connections = 1024

  public init() {}
}
