/// What a commit did, one entry per file, for the command line to print
/// ("one line per file written, with raw and gzip sizes") or emit as JSON.
public struct OutputReport: Equatable, Sendable {
  public enum Status: String, Sendable {
    /// New or changed, renamed into place.
    case written
    /// Already held these exact bytes; not touched, mtime kept.
    case unchanged
    /// Deleted by cleanup.
    case removed
  }

  public struct Entry: Equatable, Sendable {
    public let path: String
    public let status: Status
    /// Raw size in bytes (0 for removed files).
    public let size: Int
    /// Gzip level 9 size, nil for `.gz` files and removed files.
    public let gzipSize: Int?
  }

  public var entries: [Entry] = []
  /// Problems that did not fail the build (a cleanup removal refused).
  public var warnings: [String] = []

  /// The entries with a given status.
  public func paths(_ status: Status) -> [String] {
    entries.filter { $0.status == status }.map(\.path)
  }
}
