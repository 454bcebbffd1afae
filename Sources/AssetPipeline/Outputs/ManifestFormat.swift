/// The manifest formats snowpak writes. Every one is merged into an
/// existing file of the same format, keeping the site's other entries.
public enum ManifestFormat: String, CaseIterable, Sendable {
  /// snowpak's own: name, digests, sizes, and the history cleanup uses.
  case snowpak
  /// Sprockets (Rails): `.sprockets-manifest-<32 hex>.json`.
  case sprockets
  /// Propshaft (Rails): `.manifest.json`.
  case propshaft
  /// webpack-manifest-plugin: `manifest.json`.
  case webpack
  /// Vite with `build.manifest`: `.vite/manifest.json`.
  case vite
  /// Phoenix `mix phx.digest`: `cache_manifest.json`.
  case phoenix
  /// Django ManifestStaticFilesStorage: `staticfiles.json`.
  case django

  /// Where the manifest goes, relative to the output directory, when no
  /// path is given. Sprockets reuses an existing manifest's name (see
  /// `ManifestFormat+Sprockets.swift`).
  public var defaultPath: String {
    switch self {
    case .snowpak: "snowpak-manifest.json"
    case .sprockets: ManifestFormat.sprocketsDefaultName
    case .propshaft: ".manifest.json"
    case .webpack: "manifest.json"
    case .vite: ".vite/manifest.json"
    case .phoenix: "cache_manifest.json"
    case .django: "staticfiles.json"
    }
  }
}
