/// A schema reference of the form `iglu:vendor/name/format/M-R-A`, where
/// the format is `jsonschema` and the version is SchemaVer
/// (MODEL-REVISION-ADDITION, the model starting at 1).
///
///     iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0 ⇒ valid
///     iglu:com.acme/event/jsonschema/1-0                            ⇒ nil
///     com.acme/event/jsonschema/1-0-0                               ⇒ nil
public struct IgluSchemaURI: Sendable, Equatable {
  public var vendor: String
  public var name: String
  public var model: Int
  public var revision: Int
  public var addition: Int

  public init?(_ text: String) {
    guard text.hasPrefix("iglu:") else { return nil }
    let parts = text.dropFirst(5).split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[2] == "jsonschema",
      Self.isIdentifier(parts[0], allowingDots: true),
      Self.isIdentifier(parts[1], allowingDots: false)
    else { return nil }

    let version = parts[3].split(separator: "-", omittingEmptySubsequences: false)
    guard version.count == 3,
      let model = Self.number(version[0]), model >= 1,
      let revision = Self.number(version[1]),
      let addition = Self.number(version[2])
    else { return nil }

    self.vendor = String(parts[0])
    self.name = String(parts[1])
    self.model = model
    self.revision = revision
    self.addition = addition
  }

  /// `name/M-R-A`, short enough for one line of output.
  public var shortName: String { "\(name)/\(model)-\(revision)-\(addition)" }

  private static func isIdentifier(_ text: Substring, allowingDots: Bool) -> Bool {
    !text.isEmpty && text.allSatisfy { character in
      character.isASCII
        && (character.isLetter || character.isNumber || character == "_"
          || character == "-" || (allowingDots && character == "."))
    }
  }

  /// A decimal without leading zeros.
  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 6, text.allSatisfy(\.isASCIIDigit),
      text == "0" || !text.hasPrefix("0")
    else { return nil }
    return Int(text)
  }
}
