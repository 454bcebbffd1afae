/// Dispatch from a format to its merge rule.
extension ManifestFormat {
  /// `existing` (nil when there is no file yet) with this build recorded.
  func merged(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    switch self {
    case .snowpak: try mergedSnowpak(into: existing, context: context)
    case .sprockets: try mergedSprockets(into: existing, context: context)
    case .propshaft: try mergedPropshaft(into: existing, context: context)
    case .webpack: try mergedWebpack(into: existing, context: context)
    case .vite: try mergedVite(into: existing, context: context)
    case .phoenix: try mergedPhoenix(into: existing, context: context)
    case .django: try mergedDjango(into: existing, context: context)
    }
  }
}
