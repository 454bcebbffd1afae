import Digest

/// One output file and the digests manifests describe it with, all over
/// the exact bytes served.
public struct ServedFile: Equatable, Sendable {
  /// The name the site asks for, e.g. `sp.js` or `sp.js.map`.
  public let logicalName: String
  /// The fingerprinted file name, e.g. `sp-3f2a….js`.
  public let file: String
  public let bytes: [UInt8]
  /// Lowercase hex SHA-256.
  public let sha256: String
  /// `sha384-<base64>`.
  public let integrity: String
  /// The size of the `.gz` copy (computed whether or not it is written).
  public let gzipSize: Int

  public var size: Int { bytes.count }

  public init(logicalName: String, file: String, bytes: [UInt8])
    throws(OutputError)
  {
    self.logicalName = logicalName
    self.file = file
    self.bytes = bytes
    sha256 = Hex.lowercase(SHA256.hash(bytes))
    integrity = Integrity.sha384(of: bytes)
    gzipSize = try Gzip.compress(bytes).count
  }
}
