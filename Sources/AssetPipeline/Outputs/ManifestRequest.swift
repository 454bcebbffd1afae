/// One `--manifest FORMAT[=PATH]`.
public struct ManifestRequest: Equatable, Sendable {
  public var format: ManifestFormat
  /// Relative to the output directory; nil for the format's default.
  public var path: String?

  public init(_ format: ManifestFormat, path: String? = nil) {
    self.format = format
    self.path = path
  }

  /// Parses `FORMAT` or `FORMAT=PATH`; nil for an unknown format.
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1)
    guard let first = parts.first,
      let format = ManifestFormat(rawValue: first.lowercased())
    else { return nil }
    self.format = format
    path = parts.count == 2 ? String(parts[1]) : nil
  }
}
