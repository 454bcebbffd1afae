/// One thing `snowpak verify` found wrong.
public struct VerificationProblem: Equatable, Sendable, CustomStringConvertible {
  /// The manifest the entry is in.
  public let manifest: String
  /// The file the entry names.
  public let file: String
  public let kind: Kind

  public enum Kind: Equatable, Sendable {
    case missing
    case digestMismatch(field: String)
    case sizeMismatch(expected: Int, actual: Int)
    case fingerprintMismatch
    case sourceMapLinkMissing
    case gzipMismatch
    case unreadableManifest(reason: String)
    case noManifest
  }

  public var description: String {
    switch kind {
    case .missing:
      "\(manifest): \"\(file)\" is listed but missing"
    case .digestMismatch(let field):
      "\(manifest): \"\(file)\" does not match its \"\(field)\""
    case .sizeMismatch(let expected, let actual):
      "\(manifest): \"\(file)\" is \(actual) bytes, the manifest says \(expected)"
    case .fingerprintMismatch:
      "\(manifest): the hash in the name \"\(file)\" does not match its content"
    case .sourceMapLinkMissing:
      "\(manifest): \"\(file)\" does not end with its sourceMappingURL line"
    case .gzipMismatch:
      "\(manifest): \"\(file)\" is not a gzip copy of its script"
    case .unreadableManifest(let reason):
      "\(manifest):\(reason)"
    case .noManifest:
      "\(manifest): no snowpak manifest in the directory"
    }
  }
}
