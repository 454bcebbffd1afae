import JSLexer

/// Code the renamer's parser cannot read, and where. All wording lives
/// here.
public struct RenamerError: Error, Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    /// A token that cannot stand where it is.
    case unexpected(String)
    /// A required token is missing: what was expected, what was found.
    case expected(String, found: String)
  }

  public var reason: Reason
  /// Byte offset of the offending token.
  public var offset: Int

  public init(_ reason: Reason, at offset: Int) {
    self.reason = reason
    self.offset = offset
  }

  public var message: String {
    switch reason {
    case .unexpected(let text): "Unexpected \(quoted(text))"
    case .expected(let wanted, let found):
      "Expected \(quoted(wanted)) but found \(quoted(found))"
    }
  }

  public var diagnostic: Diagnostic {
    Diagnostic(offset: offset, message: message)
  }

  private func quoted(_ text: String) -> String {
    text.isEmpty ? "end of file" : "\"\(text)\""
  }
}
