/// What `snowpak serve` was asked for.
public struct ServerConfiguration: Sendable {
  /// A numeric IPv4 or IPv6 address, or `localhost`; loopback by default
  /// so that nothing is exposed unless asked.
  public var host = "127.0.0.1"
  /// 0 picks a free port; `Server.start()` returns the one bound.
  public var port: UInt16 = 8080
  /// The directory whose files are served.
  public var directory = "public"
  /// The pixel paths of the GET transport.
  public var pixelPaths = ["/i", "/ice.png"]
  /// The standard POST path, and any custom one (`--post-path`).
  public var postPaths = ["/com.snowplowanalytics.snowplow/tp2"]
  /// Where hits are logged in CloudFront's format; nil logs nothing.
  public var logPath: String? = "snowpak-access.log"
  public var limits = ServerLimits()

  public init() {}
}
