/// What `ScopeParser` records for writing a function declaration in
/// place of its only use (ScopeParser+Inlining.swift), as token indices.
struct InliningCandidates {
  /// Function declarations that are statements of a function body or a
  /// module: the first token (`function` or `async`), the name, the
  /// closing `}`, and the index of the name's occurrence in the tree.
  var declarations:
    [(first: Int32, name: Int32, last: Int32, occurrence: Int32)] = []
  /// Names used where they may be evaluated more than once per call of
  /// the enclosing function: in a loop or a class body. Ascending.
  var repeatedUses: [Int32] = []
  /// Names used where a function expression would not read the same:
  /// as the first thing an expression statement writes (`a.b()`,
  /// `(a)()`: `function` would start a declaration), assigned to
  /// (`a = 1`, `a++`, `[a] = b`, `for (a in b)`), after `delete` or
  /// `export default`, before `/`. In no particular order.
  var excludedUses: [Int32] = []
  /// Loops and class bodies around the current token, in the current
  /// function.
  var repeatDepth = 0
  /// Where the current expression statement's first operand starts,
  /// after any `(`; -1 before the first one.
  var statementLead = -1
}
