/// A positioned problem in a `SourceText`, rendered by
/// `SourceText.render(_:)` as `file:line:column: error: message`.
///
/// Every stage turns its own error type into a `Diagnostic` so that the
/// command line has one way to print any positioned error.
public struct Diagnostic: Error, Sendable, Equatable {
  /// A secondary position, such as where an unterminated string began.
  public struct Note: Sendable, Equatable {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
      self.offset = offset
      self.message = message
    }
  }

  /// Byte offset into `SourceText.bytes`.
  public var offset: Int
  public var message: String
  public var note: Note?

  public init(offset: Int, message: String, note: Note? = nil) {
    self.offset = offset
    self.message = message
    self.note = note
  }
}
