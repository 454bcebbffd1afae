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
  /// It never completes normally: `return`, `throw`, `break`,
  /// `continue`, or a block ending in one.
  var exits = false
  /// It is an expression statement: it can join the one before it in
  /// a body with `,` (ScopeParser+Braces.swift).
  var isExpression = false
  /// Statements it became in its list beyond one: an `else` dropped
  /// after a consequent that exits makes two (ScopeParser.parseIf).
  var addedStatements = 0

  static let closed = StatementEnd()

  /// The end of a loop, `with` or labeled statement with this body: it
  /// ends as the body does, but may complete normally (a loop may not
  /// run, `break` leaves it).
  var asBody: StatementEnd {
    StatementEnd(
      needsTerminator: needsTerminator, isOpen: isOpen, openedBy: openedBy)
  }
}
