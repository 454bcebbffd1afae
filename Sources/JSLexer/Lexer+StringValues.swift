// Helpers for stages that read or write string literals (the build
// rewrites the collector inside string literal tokens).

extension Lexer {
  /// The value of a string literal token, or nil for other tokens. Lone
  /// surrogates become U+FFFD; use `StringLiteral.codeUnits(of:)` to keep
  /// them.
  public static func stringValue(of token: Token, in source: SourceText)
    -> String?
  {
    guard token.kind == .string else { return nil }
    let units = StringLiteral.codeUnits(of: source.bytes[token.start..<token.end])
    return String(decoding: units, as: UTF16.self)
  }

  /// A string literal whose value is `value`, in `quote` unless the other
  /// quote needs fewer escapes; quotes, backslashes, line terminators,
  /// U+2028/U+2029 and the `<` of `</script` and `<!--` are escaped.
  public static func quotedLiteral(
    _ value: String, preferring quote: UInt8 = UInt8(ascii: "\"")
  ) -> String {
    let bytes = StringLiteral.literal(for: Array(value.utf16), preferring: quote)
    return String(decoding: bytes, as: UTF8.self)
  }
}
