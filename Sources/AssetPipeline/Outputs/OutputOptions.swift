#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How a build's outputs are named, described and cleaned. The defaults
/// give `sp-<16 hex>.js` and `snowpak-manifest.json`, nothing else.
public struct OutputOptions: Sendable {
  /// `--name`: the name the site asks for.
  public var logicalName = "sp.js"
  /// `--pattern`, see `FingerprintedName`.
  public var pattern = FingerprintedName.defaultPattern
  /// `--hash-length`: hex digits of `[hash]`.
  public var hashLength = FingerprintedName.defaultHashLength
  /// `--gzip`: also write `<file>.gz`.
  public var gzip = false
  /// `--manifest FORMAT[=PATH]`, in addition to snowpak's own manifest,
  /// which is always written (its history is what cleanup trusts); list
  /// `.snowpak` with a path to move it.
  public var manifests: [ManifestRequest] = []
  /// `--snippet FILE`: where to write the HTML loader tag, relative to
  /// the output directory.
  public var snippetPath: String?
  /// URL prefix of the output directory, for the snippet and webpack.
  public var publicPath = "/assets/"
  /// The tracking pixel to write, if any, and its file name (`/i` is what
  /// Snowplow trackers request from an S3 collector).
  public var pixel: TrackingPixel.Format?
  public var pixelPath = "i"
  /// `--keep N`: cleanup off when nil; otherwise keep the current version,
  /// N older ones, and any younger than `keepAge`.
  public var keep: Int?
  public var keepAge: TimeInterval = 3600
  /// Time recorded for new Sprockets and Phoenix entries, and the "now"
  /// cleanup measures ages from.
  public var buildTime = Date()

  public init() {}

  /// Where snowpak's own manifest goes.
  public var snowpakManifestPath: String {
    manifests.last { $0.format == .snowpak }?.path
      ?? ManifestFormat.snowpak.defaultPath
  }
}
