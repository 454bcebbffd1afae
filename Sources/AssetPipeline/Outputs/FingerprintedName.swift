import Digest

/// Content-addressed output names, webpack style.
///
///     make(logicalName: "sp.js", digest: sha256)        ⇒ "sp-3f2a…(16 hex).js"
///     pattern "[name].[hash:8].[ext]"                    ⇒ "sp.3f2a1b9c.js"
///     pattern "t-[hash][ext]", logical name "track.js"   ⇒ "t-3f2a….js"
///
/// Placeholders: `[name]` (the logical name before its last dot), `[ext]`
/// (the extension with its dot, as in webpack 5; written `.[ext]` in the
/// file-loader style the dot is not doubled), `[hash]` (the first
/// `hashLength` lowercase hex digits of the digest), `[hash:N]` (the first
/// N), and `[contenthash]`/`[contenthash:N]` as webpack's aliases.
/// A pattern must contain a hash: a name that does not change with the
/// content defeats far-future caching.
public enum FingerprintedName {
  /// `sp.js` ⇒ `sp-<16 hex>.js`.
  public static let defaultPattern = "[name]-[hash][ext]"
  public static let defaultHashLength = 16
  /// Shorter than 8 hex digits collides too easily; 64 is all of SHA-256.
  public static let hashLengths = 8...64

  /// The file name for content with the given SHA-256 `digest`.
  public static func make(
    logicalName: String,
    pattern: String = defaultPattern,
    digest: [UInt8],
    hashLength: Int = defaultHashLength
  ) throws(OutputError) -> String {
    try validate(name: logicalName)
    guard hashLengths.contains(hashLength) else {
      throw .invalidHashLength(hashLength)
    }
    let hex = Hex.lowercase(digest)

    // The logical name split at its last dot: "sp.js" ⇒ ("sp", ".js").
    let (stem, ext) = split(logicalName)

    // Substitute placeholders left to right.
    var result = ""
    var hasHash = false
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "[") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "]") else {
        throw .invalidPattern(pattern: pattern, reason: "\"[\" is never closed")
      }
      let placeholder = rest[rest.index(after: open)..<close]
      switch try substitution(for: placeholder, pattern: pattern) {
      case .name: result += stem
      case .ext: result += result.hasSuffix(".") ? String(ext.dropFirst()) : ext
      case .hash(let length):
        let count = length ?? hashLength
        guard count <= hex.count else {
          throw .invalidPattern(pattern: pattern,
            reason: "[hash:\(count)] is longer than the \(hex.count) hex digits "
              + "of the digest")
        }
        result += hex.prefix(count)
        hasHash = true
      }
      rest = rest[rest.index(after: close)...]
    }
    result += rest

    // The result must be a plain file name with the hash in it.
    guard hasHash else {
      throw .invalidPattern(pattern: pattern,
        reason: "it has no [hash], so the name would not change with the content")
    }
    if rest.contains("]") || result.contains("]") {
      throw .invalidPattern(pattern: pattern, reason: "\"]\" without \"[\"")
    }
    do {
      try validate(name: result)
    } catch {
      throw .invalidPattern(pattern: pattern, reason: "it gives \"\(result)\", "
        + "which \(reasonText(error))")
    }
    return result
  }

  /// Refuses names that are not one plain, URL-safe file name: empty, `.`,
  /// `..`, containing `/` or `\` (so no absolute or nested paths), control
  /// characters, or anything outside letters, digits and `._-~+@,=`.
  public static func validate(name: String) throws(OutputError) {
    guard !name.isEmpty else {
      throw .invalidName(name: name, reason: "it is empty")
    }
    guard name != ".", name != ".." else {
      throw .invalidName(name: name, reason: "it names a directory")
    }
    guard name.utf8.count <= 255 else {
      throw .invalidName(name: name, reason: "it is longer than 255 bytes")
    }
    for scalar in name.unicodeScalars where !isAllowed(scalar) {
      let shown = scalar.value < 0x20 || scalar.value == 0x7F
        ? "control character U+" + String(scalar.value, radix: 16, uppercase: true)
        : "\"\(scalar)\""
      let reason = scalar == "/" || scalar == "\\"
        ? "it contains \(shown); give a file name, not a path"
        : "it contains \(shown); use letters, digits and ._-~+@,="
      throw .invalidName(name: name, reason: reason)
    }
  }

  private enum Substitution { case name, ext, hash(Int?) }

  private static func substitution(
    for placeholder: Substring, pattern: String
  ) throws(OutputError) -> Substitution {
    switch placeholder {
    case "name": return .name
    case "ext": return .ext
    case "hash", "contenthash": return .hash(nil)
    default:
      let parts = placeholder.split(separator: ":", omittingEmptySubsequences: false)
      if parts.count == 2, parts[0] == "hash" || parts[0] == "contenthash" {
        guard let length = Int(parts[1]), hashLengths.contains(length) else {
          throw .invalidPattern(pattern: pattern,
            reason: "[\(placeholder)] needs a length from \(hashLengths.lowerBound) "
              + "to \(hashLengths.upperBound)")
        }
        return .hash(length)
      }
      throw .invalidPattern(pattern: pattern,
        reason: "unknown placeholder [\(placeholder)]; "
          + "use [name], [hash], [hash:N] or [ext]")
    }
  }

  private static func split(_ name: String) -> (String, String) {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return (name, "")
    }
    return (String(name[..<dot]), String(name[dot...]))
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-", "~", "+", "@", ",", "=":
      true
    default:
      false
    }
  }

  private static func reasonText(_ error: OutputError) -> String {
    if case .invalidName(_, let reason) = error {
      return reason.replacingFirst("it ", with: "")
    }
    return error.message
  }
}

extension String {
  fileprivate func replacingFirst(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}
