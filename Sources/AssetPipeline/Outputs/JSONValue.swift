/// A JSON value (RFC 8259) as manifests need it.
///
/// Why not Foundation's JSONSerialization: its `.sortedKeys` output differs
/// between Darwin and swift-corelibs-foundation in number formatting and in
/// escaping of `/`, and it turns numbers into Double (a site's `1.10` would
/// come back as `1.1`). Manifests must be byte-stable across platforms, and
/// merging must keep the site's entries exactly, so we keep our own.
///
/// Numbers keep their source text, so an existing manifest's numbers survive
/// a merge unchanged. Object keys are unique; on output they are sorted by
/// their UTF-8 bytes (the same order as by Unicode code points).
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  /// The number's text exactly as written, e.g. `"12"` or `"-1.5e3"`.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// An integer value.
  public static func integer(_ value: some BinaryInteger) -> JSONValue {
    .number(String(value))
  }

  /// The members of an object, or nil for any other value.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { members } else { nil }
  }

  /// The text of a string, or nil.
  public var stringValue: String? {
    if case .string(let text) = self { text } else { nil }
  }

  /// The elements of an array, or nil.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { elements } else { nil }
  }

  /// An integer number, or nil (also for fractions and exponents).
  public var integerValue: Int? {
    if case .number(let text) = self { Int(text) } else { nil }
  }

  /// The member `key` of an object, or nil.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}
