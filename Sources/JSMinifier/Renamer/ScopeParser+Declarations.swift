import JSLexer

// Consecutive `var` statements of one statement list (ECMA-262 §14.3.2:
// each declarator is evaluated in turn either way) join into one:
//
//     var a = 1; var b = 2   ⇒ var a=1,b=2
//     var a = 1\nvar b       ⇒ var a=1,b
//
// The `;` between them is dropped and the second `var` is written as
// `,`. Only within a list (a block, a function body, the program, a
// `case` clause): `if (a) var b; var c` are two statements of different
// lists. `let` and `const` are left as they are.
extension ScopeParser {
  /// Reads a statement of a statement list, joining it to the `var`
  /// statement before it when it is one too.
  ///
  /// - Parameter followsVar: the previous statement of the list was a
  ///   `var` statement; updated for the next one.
  /// - Returns: how the statement ends, and whether it was joined to the
  ///   previous one (so the list holds one statement less).
  mutating func parseListStatement(
    followsVar: inout Bool
  ) throws -> (end: StatementEnd, isJoined: Bool) {
    listItemPosition = position
    let isVar = isCurrent(.var)
    let isJoined = isVar && followsVar
    if isJoined {
      if isPunctuator(.semicolon, at: position - 1) {
        droppedTokens.append(order[position - 1])
      }
      joinedDeclarations.append(order[position])
    }
    let end = try parseStatement()
    followsVar = isVar
    lastListItem = (position, end.needsTerminator)
    return (end, isJoined)
  }
}
