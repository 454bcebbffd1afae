import Digest

/// Subresource Integrity metadata (W3C SRI, section 3.1): the algorithm,
/// a dash, and the base64 of the digest of the exact bytes served.
///
///     Integrity.sha384(of: Array("alert('Hello, world.');".utf8))
///     ⇒ "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
public enum Integrity {
  /// `sha384-<base64>`, the value snowpak puts in snippets and manifests.
  public static func sha384(of bytes: some Collection<UInt8>) -> String {
    "sha384-" + Base64.encode(SHA384.hash(bytes))
  }

  /// `sha256-<base64>`, as Sprockets writes it.
  public static func sha256(of bytes: some Collection<UInt8>) -> String {
    "sha256-" + Base64.encode(SHA256.hash(bytes))
  }

  /// `sha512-<base64>`.
  public static func sha512(of bytes: some Collection<UInt8>) -> String {
    "sha512-" + Base64.encode(SHA512.hash(bytes))
  }

  /// Whether `metadata` (one or more space-separated `alg-base64` values,
  /// options after `?` ignored) holds a sha256, sha384 or sha512 digest
  /// matching `bytes`. Unknown algorithms are skipped; no known one fails.
  public static func matches(
    _ metadata: String, bytes: some Collection<UInt8>
  ) -> Bool {
    for token in metadata.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      let value = token.split(separator: "?", maxSplits: 1)[0]
      let expected: String
      switch value.prefix(while: { $0 != "-" }) {
      case "sha256": expected = sha256(of: bytes)
      case "sha384": expected = sha384(of: bytes)
      case "sha512": expected = sha512(of: bytes)
      default: continue
      }
      if value == expected { return true }
    }
    return false
  }
}
