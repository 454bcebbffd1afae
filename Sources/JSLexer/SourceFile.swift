/// One JavaScript file: its name (as shown in diagnostics and source maps)
/// and its UTF-8 bytes.
public struct SourceFile: Sendable, Equatable {
  public let name: String
  public let text: [UInt8]

  public init(name: String, text: [UInt8]) {
    self.name = name
    self.text = text
  }

  public init(name: String, contents: String) {
    self.init(name: name, text: Array(contents.utf8))
  }
}
