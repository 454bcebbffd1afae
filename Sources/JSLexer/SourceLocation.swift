/// A position in a `SourceText`, resolved to the file it came from.
public struct SourceLocation: Sendable, Equatable {
  /// The name of the file holding the position.
  public var file: String
  /// 1-based line within that file.
  public var line: Int
  /// 1-based column, counted in Unicode characters (scalars).
  public var column: Int
  /// Byte offset into `SourceText.bytes`.
  public var offset: Int
  /// The text of the line, without its line terminator.
  public var lineText: String

  public init(
    file: String, line: Int, column: Int, offset: Int, lineText: String
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.offset = offset
    self.lineText = lineText
  }
}
