/// The values the bundled tracker (tracker-src/defaults.js) names in string
/// literals for the build to rewrite. A tracker given with `--source`
/// names its own; `--default-collector` and its siblings say which.
public enum TrackerDefaults {
  /// `.invalid` is reserved (RFC 2606): a build that forgot to rewrite it
  /// can never send anything anywhere.
  public static let collector = "collector.snowpak.invalid"
  public static let postPath = "/com.snowplowanalytics.snowplow/tp2"
  public static let globalName = "snowplow"
}
