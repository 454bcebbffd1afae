/// Why a collector value was refused. Always a usage error: the value
/// came from the command line or the configuration file.
public struct EndpointError: Error, Sendable, Equatable,
  CustomStringConvertible
{
  public enum Problem: Sendable, Equatable {
    case empty
    case forbiddenCharacter(Unicode.Scalar)
    case unsupportedScheme(String)
    case userInfo
    case invalidHost(Substring)
    case invalidPort(Substring)
    case invalidPathCharacter(Unicode.Scalar)
    case invalidCloudFrontID
  }

  /// The value as given.
  public var value: String
  public var problem: Problem

  public var description: String {
    let quoted = "'\(Self.printable(value))'"
    switch problem {
    case .empty:
      return "The collector is empty; expected a host name such as "
        + "'sp.example.com'."
    case .forbiddenCharacter(let scalar):
      return "The collector \(quoted) contains \(Self.name(of: scalar)), "
        + "which could end the tracker's string or script; use a host "
        + "name, an optional port and a path."
    case .unsupportedScheme(let scheme):
      return "The collector \(quoted) uses the scheme '\(scheme)'; only "
        + "http and https are allowed."
    case .userInfo:
      return "The collector \(quoted) contains user information ('@'); "
        + "credentials do not belong in a public script."
    case .invalidHost(let host):
      return "The collector \(quoted) has an invalid host "
        + "'\(Self.printable(String(host)))'; expected a name such as "
        + "'sp.example.com', an IPv4 address or a bracketed IPv6 one."
    case .invalidPort(let port):
      return "The collector \(quoted) has an invalid port "
        + "'\(Self.printable(String(port)))'; expected 1 to 65535."
    case .invalidPathCharacter(let scalar):
      return "The collector \(quoted) has \(Self.name(of: scalar)) in its "
        + "path; paths take letters, digits and - . _ ~ ! $ & ( ) * + , "
        + "; = : @ / %."
    case .invalidCloudFrontID:
      return "The CloudFront distribution \(quoted) is not valid; expected "
        + "the lowercase letters and digits before '.cloudfront.net', "
        + "such as 'd3rkrsqld9gmqf'."
    }
  }

  /// `a quote (')`, `a line feed (U+000A)`: how a message names a
  /// character, without printing a control character itself.
  public static func name(of scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "'": "a quote (')"
    case "\"": "a double quote (\")"
    case "`": "a backquote (`)"
    case "\\": "a backslash (\\)"
    case "<": "'<'"
    case ">": "'>'"
    case "\n": "a line feed (U+000A)"
    case "\r": "a carriage return (U+000D)"
    default:
      scalar.value < 0x20 || scalar.value >= 0x7F
        ? "U+" + String(scalar.value, radix: 16, uppercase: true)
          .leftPadded(to: 4)
        : "'\(scalar)'"
    }
  }

  /// The value with control characters shown as `\u{…}`, so that an
  /// error message can quote it on one line. A value longer than 80
  /// characters is cut with `…`: the message points at it, it need not
  /// print all of it again.
  public static func printable(_ text: String) -> String {
    var result = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index == 80 {
        result += "…"
        break
      }
      if scalar.value < 0x20 || scalar.value == 0x7F
        || scalar == "\u{2028}" || scalar == "\u{2029}"
      {
        result += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
