/// How a script points at its source map.
///
/// The map is named after the fingerprinted script (`sp-<hash>.js.map`) and
/// the script ends with `//# sourceMappingURL=sp-<hash>.js.map` (a relative
/// URL, so it works under any public path).
///
/// How the hash relates to that line: the fingerprint in the name is the
/// SHA-256 of the script *before* the line is appended (ended by a newline
/// if it was not, so the line stands on its own). It cannot include
/// the line, which contains the name and so the hash itself; and it need
/// not, because the line is a function of the fingerprint: two scripts with
/// the same fingerprint are byte-for-byte identical once linked. Everything
/// that describes the served file, Subresource Integrity, the manifest's
/// `sha256`, `size` and the `.gz`, is computed over the exact bytes served,
/// line included. `verify` checks the fingerprint the same way.
///
/// Known limit: a map that changes while the script does not (say, a source
/// file renamed) keeps the same name, so a cached old map can be shown by
/// developer tools until it expires. Hashing the map into the name would
/// lift it at the cost of the simple rule "the name is the hash of the code".
public enum SourceMapLink {
  /// The map's file name for a fingerprinted script name.
  public static func mapName(forScript scriptName: String) -> String {
    scriptName + ".map"
  }

  /// The comment line, with its newline.
  public static func comment(mapName: String) -> [UInt8] {
    Array("//# sourceMappingURL=\(mapName)\n".utf8)
  }

  /// `code` ending in a newline: what the fingerprint is computed over.
  public static func terminated(_ code: [UInt8]) -> [UInt8] {
    guard let last = code.last, last != UInt8(ascii: "\n") else { return code }
    return code + [UInt8(ascii: "\n")]
  }

  /// `code` with the comment appended on a line of its own.
  public static func linked(_ code: [UInt8], mapName: String) -> [UInt8] {
    terminated(code) + comment(mapName: mapName)
  }

  /// The terminated code a served script was linked from, if it ends with
  /// the comment for `mapName`; otherwise nil.
  public static func unlinked(_ served: [UInt8], mapName: String) -> [UInt8]? {
    let tail = comment(mapName: mapName)
    guard served.count >= tail.count, Array(served.suffix(tail.count)) == tail
    else { return nil }
    return Array(served.dropLast(tail.count))
  }
}
