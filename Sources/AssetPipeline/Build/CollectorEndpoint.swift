/// A collector endpoint the build bakes into the tracker:
/// `[http://|https://]HOST[:PORT][/PATH]`.
///
/// The value ends up inside a JavaScript string literal that a browser
/// executes, so it is checked against a narrow grammar before anything is
/// written, rather than escaped after the fact alone:
///
///     sp.example.com                 ok
///     https://sp.example.com:8443/t  ok
///     [::1]:8080                     ok
///     sp.example.com'+alert(1)+'     refused: "'" could end the string
///     user@sp.example.com            refused: user info
///     ftp://sp.example.com           refused: scheme
///
/// Host names follow RFC 1123 (labels of letters, digits and inner
/// hyphens, at most 63 octets; at most 253 in all); paths take RFC 3986
/// `pchar`s except the quote characters.
public struct CollectorEndpoint: Sendable, Equatable, CustomStringConvertible {
  /// `http` or `https`, when the value named one.
  public var scheme: String?
  public var host: String
  public var port: Int?
  /// Empty, or starting with `/`.
  public var path: String

  /// The text baked into the tracker: the value as given, normalized
  /// (lowercase scheme and host, no trailing slash).
  public var description: String {
    var text = scheme.map { $0 + "://" } ?? ""
    text += host
    if let port { text += ":\(port)" }
    return text + path
  }

  /// Parses and validates `text`, as given to `--collector`.
  public init(parsing text: String) throws(EndpointError) {
    // Characters that could end a string or a script come first, so the
    // message names the real danger.
    if let bad = text.unicodeScalars.first(where: Self.isDangerous) {
      throw EndpointError(value: text, problem: .forbiddenCharacter(bad))
    }
    guard !text.isEmpty else {
      throw EndpointError(value: text, problem: .empty)
    }

    // The scheme, if any.
    var rest = Substring(text)
    if let separator = rest.firstRange(of: "://") {
      let scheme = rest[..<separator.lowerBound].lowercased()
      guard scheme == "http" || scheme == "https" else {
        throw EndpointError(
          value: text, problem: .unsupportedScheme(scheme))
      }
      self.scheme = scheme
      rest = rest[separator.upperBound...]
    } else {
      self.scheme = nil
    }

    // The authority: no user info, a host, an optional port.
    let authority = rest.prefix { $0 != "/" }
    rest = rest[authority.endIndex...]
    if authority.contains("@") {
      throw EndpointError(value: text, problem: .userInfo)
    }
    let (host, port) = try Self.splitHostAndPort(authority, in: text)
    self.host = host
    self.port = port

    // The path, without a trailing slash (the tracker appends `/i`).
    var path = String(rest)
    while path.hasSuffix("/") { path.removeLast() }
    if let bad = path.unicodeScalars.first(where: { !Self.isPathScalar($0) })
    {
      throw EndpointError(value: text, problem: .invalidPathCharacter(bad))
    }
    self.path = path
  }

  /// `ID.cloudfront.net`, for `--cloudfront ID`.
  public init(cloudFrontDistribution id: String) throws(EndpointError) {
    let isValid = !id.isEmpty && id.count <= 63
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0)
      }
    guard isValid else {
      if let bad = id.unicodeScalars.first(where: Self.isDangerous) {
        throw EndpointError(value: id, problem: .forbiddenCharacter(bad))
      }
      throw EndpointError(value: id, problem: .invalidCloudFrontID)
    }
    self.scheme = nil
    self.host = id + ".cloudfront.net"
    self.port = nil
    self.path = ""
  }

  private static func splitHostAndPort(
    _ authority: Substring, in text: String
  ) throws(EndpointError) -> (String, Int?) {
    var hostPart = authority
    var portPart: Substring?

    // `[v6]:port`, or `name:port`.
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else {
        throw EndpointError(value: text, problem: .invalidHost(authority))
      }
      hostPart = authority[...close]
      let after = authority[authority.index(after: close)...]
      if after.hasPrefix(":") { portPart = after.dropFirst() }
      else if !after.isEmpty {
        throw EndpointError(value: text, problem: .invalidHost(authority))
      }
      let inside = hostPart.dropFirst().dropLast()
      let isIPv6 = inside.contains(":") && inside.allSatisfy {
        $0.isHexDigit || $0 == ":" || $0 == "."
      }
      guard isIPv6 else {
        throw EndpointError(value: text, problem: .invalidHost(hostPart))
      }
    } else {
      if let colon = authority.firstIndex(of: ":") {
        hostPart = authority[..<colon]
        portPart = authority[authority.index(after: colon)...]
      }
      guard isHostName(hostPart) else {
        throw EndpointError(value: text, problem: .invalidHost(hostPart))
      }
    }

    // The port: 1 to 65535, digits only.
    var port: Int?
    if let portPart {
      guard portPart.count <= 5, portPart.allSatisfy(\.isASCII),
        let number = Int(portPart), (1...65535).contains(number)
      else {
        throw EndpointError(value: text, problem: .invalidPort(portPart))
      }
      port = number
    }
    return (hostPart.lowercased(), port)
  }

  /// RFC 1123 host names; dotted IPv4 addresses are host names too.
  private static func isHostName(_ host: Substring) -> Bool {
    guard !host.isEmpty, host.utf8.count <= 253 else { return false }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    return labels.allSatisfy { label in
      !label.isEmpty && label.utf8.count <= 63
        && label.first != "-" && label.last != "-"
        && label.unicodeScalars.allSatisfy {
          $0.isASCII && ($0.properties.isAlphabetic
            || ("0"..."9").contains($0) || $0 == "-")
        }
    }
  }

  /// Characters that could end a JavaScript string or an HTML script
  /// element, or that are not printable.
  public static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "'", "\"", "`", "\\", "<", ">": true
    case "\u{2028}", "\u{2029}": true
    default: scalar.value < 0x20 || scalar.value == 0x7F
    }
  }

  /// RFC 3986 `pchar` and `/`, less the quote characters.
  private static func isPathScalar(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII, !isDangerous(scalar) else { return false }
    if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      return true
    }
    return "-._~!$&()*+,;=:@/%".unicodeScalars.contains(scalar)
  }
}
