/// Everything one build will write, decided before anything is written.
/// Made by `AssetOutputs.plan`, carried out by `OutputDirectory.commit`.
public struct OutputPlan: Sendable {
  /// The script as served (with its `sourceMappingURL` line, if any).
  public let script: ServedFile
  /// The source map, if any.
  public let map: ServedFile?
  /// The loader tag for the script (written only when asked).
  public let snippet: String
  /// Scripts, maps, `.gz`, snippet and pixel, written first.
  public let files: [PlannedFile]
  /// Manifests, renamed into place after every other file.
  public let manifests: [PlannedFile]
  /// Older files cleanup deletes once the manifests no longer name them.
  public let removals: [String]
}
