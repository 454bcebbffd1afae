import JSLexer

// Statements and declarations (ECMA-262 §14).
extension ScopeParser {
  @discardableResult
  mutating func parseStatement() throws -> StatementEnd {
    let token = current
    let start = position
    var end = StatementEnd.closed

    switch token.kind {
    case .punctuator where token.punctuator == .leftBrace:
      end = try parseNestedBlock()
    case .punctuator where token.punctuator == .semicolon:
      advance()
    case .keyword:
      end = try parseKeywordStatement(token.keyword)
    case .identifier where isPunctuator(.colon, at: position + 1):
      end = try parseLabeledStatement()
    case .identifier where isLetDeclaration(at: position):
      advance()
      try parseDeclarations(.lexical)
      eatSemicolon()
      end = simpleStatementEnd
    case .identifier
    where isCurrent(.async) && isKeyword(.function, at: position + 1)
      && !next.hasNewlineBefore:
      try parseFunctionDeclaration()
    default:
      noteExpressionStatement(at: position)
      try parseExpressionStatement()
      end = expressionStatementEnd
    }

    guard position > start else { throw unexpected() }
    return end
  }

  /// A statement just read that ends with its own `;`, or needs one.
  var simpleStatementEnd: StatementEnd {
    StatementEnd(needsTerminator: !isPunctuator(.semicolon, at: position - 1))
  }

  /// An expression statement just read.
  var expressionStatementEnd: StatementEnd {
    var end = simpleStatementEnd
    end.isExpression = true
    return end
  }

  /// `let` starts a declaration when a binding follows.
  func isLetDeclaration(at position: Int) -> Bool {
    guard isKeyword(.let, at: position) else { return false }
    let after = token(at: position + 1)
    // `let x`, even across a line break; `let in` is an operator and
    // `in` a keyword token.
    if after.kind == .identifier { return true }
    return isPunctuator(.leftBracket, at: position + 1)
      || isPunctuator(.leftBrace, at: position + 1)
  }

  mutating func parseKeywordStatement(
    _ keyword: Keyword
  ) throws -> StatementEnd {
    switch keyword {
    case .var:
      advance()
      try parseDeclarations(.var)
      eatSemicolon()
    case .const:
      advance()
      try parseDeclarations(.lexical)
      eatSemicolon()
    case .function:
      try parseFunctionDeclaration()
      return .closed
    case .class:
      try parseClass(isDeclaration: true)
      return .closed
    case .if:
      return try parseIf()
    case .for:
      return try parseFor()
    case .while:
      advance()
      inlining.repeatDepth += 1
      defer { inlining.repeatDepth -= 1 }
      try parseParenthesized()
      return try parseSubstatement().asBody
    case .do:
      advance()
      inlining.repeatDepth += 1
      try parseSubstatement()
      guard isCurrent(.while) else { throw unexpected() }
      advance()
      try parseParenthesized()
      inlining.repeatDepth -= 1
      eatSemicolon()
    case .return, .throw:
      advance()
      if !endsStatement() { try parseExpression() }
      eatSemicolon()
      var end = simpleStatementEnd
      end.exits = true
      return end
    case .break, .continue:
      advance()
      if current.kind == .identifier, !current.hasNewlineBefore {
        referenceLabel(at: position)
        advance()
      }
      eatSemicolon()
      var end = simpleStatementEnd
      end.exits = true
      return end
    case .try:
      try parseTry()
      return .closed
    case .switch:
      try parseSwitch()
      return .closed
    case .with:
      advance()
      try parseParenthesized()
      pushScope(.with)
      let end = try parseSubstatement()
      popScope()
      return end.asBody
    case .import
    where !isPunctuator(.leftParen, at: position + 1)
      && !isPunctuator(.dot, at: position + 1):
      // Only at the top level of a module, never a body: no braces
      // around it to drop.
      try parseImport()
      return StatementEnd(needsTerminator: true)
    case .export:
      try parseExport()
      return StatementEnd(needsTerminator: true)
    case .debugger:
      advance()
      eatSemicolon()
    default:
      try parseExpressionStatement()
      return expressionStatementEnd
    }
    return simpleStatementEnd
  }

  /// `if (a) b else c`. An `else` after a consequent left open by
  /// dropped braces would attach to the inner `if`: those braces stay.
  ///
  ///     if (a) { if (b) c() } else d()  stays as it is
  ///
  /// In a statement list, an `else` after a consequent that never
  /// completes normally goes: what follows runs only when `a` is false
  /// anyway (not before a declaration, which would change scope, and
  /// not after a consequent ended by a line break).
  ///
  ///     if (a) return b; else c()    ⇒ if(a)return b;c()
  ///     if (a) return b; else { c() }  ⇒ if(a)return b;c()
  mutating func parseIf() throws -> StatementEnd {
    let isListItem = position == listItemPosition
    advance()
    try parseParenthesized()
    let consequent = try parseSubstatement()
    guard isCurrent(.else) else {
      return StatementEnd(
        needsTerminator: consequent.needsTerminator, isOpen: true)
    }
    if consequent.isOpen, consequent.openedBy >= 0 {
      keepBraces(Int(consequent.openedBy))
    }
    // Not after a consequent that ends at a line break: the alternate
    // could continue it (`return a\n else (b)()`).
    if isListItem, consequent.exits,
      !consequent.needsTerminator || !mayContinueStatement(at: position + 1),
      canStandUnbraced(at: position + 1)
    {
      // The alternate becomes the next statement of the list.
      droppedTokens.append(order[position])
      advance()
      listItemPosition = position
      lastListItem = (position, consequent.needsTerminator)
      // A block there is a list item too (parseNestedBlock).
      var end = try parseStatement()
      end.addedStatements += 1
      end.isExpression = false
      return end
    }
    advance()
    var end = try parseSubstatement()
    end.exits = end.exits && consequent.exits
    end.isExpression = false
    return end
  }

  mutating func parseExpressionStatement() throws {
    try parseExpression()
    eatSemicolon()
  }

  /// The statement ends here: `;`, `}`, end of file or a new line.
  func endsStatement() -> Bool {
    let token = current
    if token.kind == .endOfFile || token.hasNewlineBefore { return true }
    return token.kind == .punctuator
      && (token.punctuator == .semicolon || token.punctuator == .rightBrace)
  }

  mutating func eatSemicolon() { _ = eat(.semicolon) }

  /// The body of `if`, `while`, `for`, `with` or a label. A function
  /// declared there behaves as if in its own block (Annex B.3.4).
  @discardableResult
  mutating func parseSubstatement() throws -> StatementEnd {
    if isCurrent(.function) {
      pushScope(.block)
      try parseStatement()
      popScope()
      return .closed
    }
    if isCurrent(.leftBrace) { return try parseBody() }
    if isCurrent(.let) {
      // No declaration here: `if (a) let\n x = 1` uses a variable `let`
      // (ECMA-262 §14.5: only `let [` is refused), then assigns `x`.
      try parseExpressionStatement()
      return simpleStatementEnd
    }
    return try parseStatement()
  }

  /// `{ statements }`: how many (joined `var` statements count once),
  /// and how the last one ends.
  ///
  /// - Parameter joining: join the statements into one with `,` if
  ///   they are all expression statements (ScopeParser+Braces.swift).
  /// - Returns: also whether they were joined.
  @discardableResult
  mutating func parseBlock(
    joining: Bool = false
  ) throws -> (count: Int, last: StatementEnd, isJoined: Bool) {
    try expect(.leftBrace)
    pushScope(.block)
    var count = 0
    var last = StatementEnd.closed
    var followsVar = false
    // The `;` ending each expression statement read so far, but the
    // last one's (-1: it has none); nested blocks leave this as found.
    let base = separators.count
    var canJoin = joining
    var pendingSeparator: Int32 = -1
    while !isCurrent(.rightBrace) {
      guard current.kind != .endOfFile else { throw unexpected() }
      let statement = try parseListStatement(followsVar: &followsVar)
      last = statement.end
      if !statement.isJoined { count += 1 + last.addedStatements }
      if canJoin {
        if !last.isExpression || (count > 1 && pendingSeparator < 0) {
          canJoin = false
        } else {
          if count > 1 { separators.append(pendingSeparator) }
          pendingSeparator =
            isPunctuator(.semicolon, at: position - 1)
            ? order[position - 1] : -1
        }
      }
    }
    let isJoined = canJoin && count > 1
    if isJoined { joinedStatements += separators[base...] }
    separators.removeSubrange(base...)
    popScope()
    advance()
    return (count, last, isJoined)
  }

  /// `( expression )`.
  mutating func parseParenthesized() throws {
    try expect(.leftParen)
    try parseExpression()
    try expect(.rightParen)
  }

  /// `var`/`let`/`const` bindings with initializers, after the keyword.
  mutating func parseDeclarations(_ kind: DeclarationKind) throws {
    repeat {
      try parseBindingTarget(kind)
      if eat(.equal) { try parseAssignment() }
    } while eat(.comma)
  }

  mutating func parseLabeledStatement() throws -> StatementEnd {
    let name = nameID(at: position)
    tree.bindings.append(
      Binding(
        name: name, scope: scope, isLabel: true,
        depth: Int32(labels.count)))
    let binding = Int32(tree.bindings.count - 1)
    record(binding, at: position, form: .plain)
    labels.append((name, binding))
    advance()
    advance()
    let end = try parseSubstatement()
    labels.removeLast()
    return end.asBody
  }

  /// `break name` / `continue name`: the innermost label of that name.
  mutating func referenceLabel(at position: Int) {
    let name = nameID(at: position)
    guard let label = labels.last(where: { $0.name == name }) else { return }
    record(label.binding, at: position, form: .plain)
  }

  /// `for (...)`, `for (... in ...)`, `for (... of ...)`, `for await`.
  mutating func parseFor() throws -> StatementEnd {
    advance()
    inlining.repeatDepth += 1
    defer { inlining.repeatDepth -= 1 }
    if isCurrent(.await) { advance() }
    try expect(.leftParen)
    pushScope(.block)

    // The head: declarations or an expression, then `in`/`of` or `;`.
    if isCurrent(.var) {
      advance()
      try parseDeclarations(.var)
    } else if isCurrent(.const) || isLetDeclaration(at: position) {
      advance()
      try parseDeclarations(.lexical)
    } else if !isCurrent(.semicolon) {
      // `for (a in b)` assigns to `a`.
      let head = position
      let shape = try parseExpression()
      if isCurrent(.of) || shape.flags.contains(.hasIn) {
        noteAssignmentTarget(from: head)
      }
    }
    if isCurrent(.of) {
      // `for (a of (b, c))`: one assignment expression.
      advance()
      try parseAssignment()
    } else if isCurrent(.in) {
      advance()
      try parseExpression()
    } else if !isCurrent(.rightParen) {
      try expect(.semicolon)
      if !isCurrent(.semicolon) { try parseExpression() }
      try expect(.semicolon)
      if !isCurrent(.rightParen) { try parseExpression() }
    }
    try expect(.rightParen)

    let end = try parseSubstatement()
    popScope()
    return end.asBody
  }

  mutating func parseTry() throws {
    advance()
    try parseBlock()
    if isCurrent(.catch) {
      advance()
      pushScope(.catchClause)
      if eat(.leftParen) {
        try parseBindingTarget(.catchParameter)
        try expect(.rightParen)
      }
      try parseBlock()
      popScope()
    }
    if isCurrent(.finally) {
      advance()
      try parseBlock()
    }
  }

  /// `switch (x) { case ...: ... }`: the clauses share one block scope.
  mutating func parseSwitch() throws {
    advance()
    try parseParenthesized()
    try expect(.leftBrace)
    pushScope(.block)
    var followsVar = false
    while !isCurrent(.rightBrace) {
      if isCurrent(.case) {
        advance()
        try parseExpression()
        try expect(.colon)
        followsVar = false
      } else if isCurrent(.default) {
        advance()
        try expect(.colon)
        followsVar = false
      } else {
        guard current.kind != .endOfFile else { throw unexpected() }
        _ = try parseListStatement(followsVar: &followsVar)
      }
    }
    popScope()
    advance()
  }
}
