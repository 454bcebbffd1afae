/// Relative paths inside the output directory, checked before any use.
///
///     "sp-3f2a.js"            ⇒ ok
///     ".vite/manifest.json"   ⇒ ok
///     "../sp.js", "/etc/x"    ⇒ refused: it would leave the directory
///     "a//b", "./a", "a\\b"   ⇒ refused: not one plain spelling
enum OutputPath {
  /// The components of a safe relative path, or an error saying why not.
  static func components(_ path: String) throws(OutputError) -> [String] {
    guard !path.isEmpty else {
      throw .unsafePath(path: path, reason: "the path is empty")
    }
    guard !path.hasPrefix("/") else {
      throw .unsafePath(path: path,
        reason: "it is absolute; give a path inside the output directory")
    }
    guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" })
    else {
      throw .unsafePath(path: path, reason: "it contains a control character")
    }
    guard !path.contains("\\") else {
      throw .unsafePath(path: path, reason: "it contains \"\\\"; use \"/\"")
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      .map(String.init)
    for part in parts {
      switch part {
      case "..":
        throw .unsafePath(path: path, reason: "\"..\" would leave the output directory")
      case "", ".":
        throw .unsafePath(path: path, reason: "it has an empty or \".\" component")
      default:
        guard part.utf8.count <= 255 else {
          throw .unsafePath(path: path, reason: "a component is longer than 255 bytes")
        }
      }
    }
    return parts
  }

  /// The path itself once checked (one spelling per file, so comparing
  /// strings compares files).
  static func normalized(_ path: String) throws(OutputError) -> String {
    try components(path).joined(separator: "/")
  }
}
