/// One version of an asset as snowpak's manifest remembers it: the main
/// file and every file written with it (map, `.gz`).
public struct HistoryVersion: Equatable, Sendable {
  public var file: String
  public var outputs: [String]

  public init(file: String, outputs: [String]) {
    self.file = file
    self.outputs = outputs
  }
}
