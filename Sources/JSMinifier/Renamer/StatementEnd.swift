/// How a statement ends, as far as dropping the braces around a body
/// needs to know (ScopeParser+Braces.swift).
struct StatementEnd {
  /// Nothing of the statement's own ends it: a `;`, a line break or a
  /// `}` after it does (`a()`, `return`, `do x(); while (a)`).
  var needsTerminator = false
  /// It ends in an `if` without `else`, which would take an `else`
  /// written after it.
  var isOpen = false
  /// The braces (index into `ScopeParser.droppedBraces`) whose dropping
  /// left it open; -1 when it was open in the source.
  var openedBy: Int32 = -1

  static let closed = StatementEnd()
}
