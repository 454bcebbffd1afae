import JSLexer

/// A positioned error together with the source it points into, so that it
/// can be shown as `file:line:column: error: message`, the line and a
/// caret, wherever it is caught.
public struct SourceDiagnostic: Error, Sendable, CustomStringConvertible {
  public var diagnostic: Diagnostic
  public var source: SourceText

  public init(_ diagnostic: Diagnostic, in source: SourceText) {
    self.diagnostic = diagnostic
    self.source = source
  }

  /// The message with its position, source line and caret.
  public var rendered: String {
    source.render(diagnostic)
  }

  public var description: String { rendered }
}
