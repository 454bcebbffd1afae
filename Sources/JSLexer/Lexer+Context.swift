// Regular expression versus division: the context stack (see the design
// note in Lexer.swift).

extension Lexer {
  /// Records a significant token: sets its flags, updates the context
  /// stack and `expressionAllowed`, and appends it.
  mutating func finish(_ token: Token) throws {
    var token = token
    let allowedBefore = expressionAllowed
    if newlineSinceLastToken { token.flags.insert(.newlineBefore) }
    if allowedBefore { token.flags.insert(.expressionAllowedBefore) }
    if contexts.last!.kind == .classBody { token.flags.insert(.inClassBody) }
    var isConditionalColon = false

    switch token.kind {
    case .identifier, .keyword:
      if previous.isPunctuator(.dot) || previous.isPunctuator(.questionDot) {
        // `o.return / 2`, `a?.class`: property names.
        token.flags.insert(.isPropertyName)
        expressionAllowed = false
      } else if token.kind == .keyword {
        updateAfterKeyword(token)
      } else if previous.isKeyword(.break) || previous.isKeyword(.continue),
        !newlineSinceLastToken
      {
        // A label: the statement ends, `break a\n/x/.test(s)`.
        expressionAllowed = true
      } else {
        expressionAllowed = isOperatorLikeWord(token.keyword, allowedBefore)
        if token.keyword == .async, contexts.last!.kind.holdsMethods {
          contexts[contexts.count - 1].pendingAsync = true
        }
      }

    case .punctuator:
      isConditionalColon = try updateAfterPunctuator(&token)

    case .templateHead:
      var context = LexerContext(kind: .templateSubstitution, at: token.start)
      context.isTagged = !allowedBefore
      contexts.append(context)
      expressionAllowed = true

    case .templateMiddle:
      expressionAllowed = true

    case .templateTail:
      contexts.removeLast()
      expressionAllowed = false

    default:
      // Literals, private names: an operator follows.
      expressionAllowed = false
    }

    if expressionAllowed { token.flags.insert(.expressionAllowedAfter) }
    beforePrevious = previous
    previous = PreviousToken(
      kind: token.kind, punctuator: token.punctuator, keyword: token.keyword,
      isPropertyName: token.flags.contains(.isPropertyName),
      hasNewlineBefore: newlineSinceLastToken,
      expressionAllowedAfter: expressionAllowed,
      isFollowedByStatement: token.flags.contains(.isFollowedByStatement),
      isConditionalColon: isConditionalColon,
      isStaticallyBeforeExpression: isStaticallyBeforeExpression(token),
      exists: true)
    newlineSinceLastToken = false
    atStartOfInput = false
    append(token)
  }

  /// Contextual words after which an expression follows: `yield` in a
  /// generator, `await` in a module or async function, `of` in a loop.
  func isOperatorLikeWord(_ word: Keyword, _ allowedBefore: Bool) -> Bool {
    switch word {
    case .of: return !allowedBefore
    case .yield: return innermostFunction?.isGenerator ?? false
    case .await: return goal == .module || (innermostFunction?.isAsync ?? false)
    default: return false
    }
  }

  var innermostFunction: LexerContext? {
    contexts.last {
      $0.kind == .functionStatement || $0.kind == .functionExpression
        || $0.isFunctionBody
    }
  }

  mutating func updateAfterKeyword(_ token: Token) {
    switch token.keyword {
    case .function, .class:
      let isExpression = startsExpression()
      var kind: LexerContext.Kind
      if token.keyword == .function {
        kind = isExpression ? .functionExpression : .functionStatement
      } else {
        kind = isExpression ? .classExpression : .classStatement
      }
      var context = LexerContext(kind: kind, at: token.start)
      context.isAsync = previous.kind == .identifier
        && previous.keyword == .async && !previous.isPropertyName
        && !newlineSinceLastToken
      contexts.append(context)
      expressionAllowed = false
    case .break, .continue:
      // Only a label or the statement's end can follow: a `/` after them
      // (on the next line) starts a regular expression.
      expressionAllowed = true
    default:
      expressionAllowed = token.keyword.isFollowedByExpression
    }
  }

  /// Is a `function` or `class` keyword here an expression? (acorn's rule,
  /// plus the `:` of a conditional and `async function`.)
  func startsExpression() -> Bool {
    var before = previous
    if before.kind == .identifier, before.keyword == .async,
      !before.isPropertyName, !newlineSinceLastToken
    {
      before = beforePrevious
    }
    guard before.exists, before.isStaticallyBeforeExpression else { return false }
    let top = contexts.last!.kind
    if before.isKeyword(.else) { return false }
    if before.isPunctuator(.semicolon) { return top == .parenStatement }
    if before.isKeyword(.return) && before.hasNewlineBefore { return true }
    if before.isPunctuator(.colon) {
      return before.isConditionalColon || top != .blockStatement
    }
    if before.isPunctuator(.leftBrace) { return top != .blockStatement }
    return true
  }

  /// acorn's `beforeExpr` token property.
  func isStaticallyBeforeExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuator:
      switch token.punctuator {
      case .rightParen, .rightBracket, .rightBrace, .dot, .questionDot,
        .plusPlus, .minusMinus:
        return false
      default: return true
      }
    case .keyword:
      return !token.flags.contains(.isPropertyName)
        && token.keyword.isFollowedByExpression
    case .templateHead, .templateMiddle: return true
    default: return false
    }
  }

  /// Updates the context for a punctuator; returns whether it is the `:`
  /// of a conditional expression.
  mutating func updateAfterPunctuator(_ token: inout Token) throws -> Bool {
    switch token.punctuator {
    case .leftBrace:
      var context = LexerContext(kind: braceKind(), at: token.start)
      // The body of `*m() {`, `async m() {` or `async () => {`.
      let followsParameters = context.kind == .blockStatement
          && previous.isPunctuator(.rightParen)
        || context.kind == .arrowBody && beforePrevious.isPunctuator(.rightParen)
      if followsParameters, lastClosedParen.isAsync
        || lastClosedParen.isGenerator || lastClosedParen.isMethod
      {
        context.isFunctionBody = true
        context.isAsync = lastClosedParen.isAsync
        context.isGenerator = lastClosedParen.isGenerator
      }
      contexts.append(context)
      expressionAllowed = true

    case .leftParen:
      let isHead = previous.isKeyword(.if) || previous.isKeyword(.for)
        || previous.isKeyword(.while) || previous.isKeyword(.with)
        || previous.kind == .identifier && previous.keyword == .await
          && beforePrevious.isKeyword(.for)
      var context = LexerContext(
        kind: isHead ? .parenStatement : .parenExpression, at: token.start)
      let isAsyncWord = previous.kind == .identifier
        && previous.keyword == .async && !previous.isPropertyName
      if contexts.last!.kind.holdsMethods {
        // `async m(`, `*m(`, `async *m(`; but `async(` names the method.
        let top = contexts[contexts.count - 1]
        context.isAsync = top.pendingAsync && !isAsyncWord
        context.isGenerator = top.pendingGenerator
        context.isMethodParameters = true
        contexts[contexts.count - 1].pendingAsync = false
        contexts[contexts.count - 1].pendingGenerator = false
      } else {
        context.isAsync = isAsyncWord && !newlineSinceLastToken
      }
      contexts.append(context)
      expressionAllowed = true

    case .leftBracket:
      contexts.append(LexerContext(kind: .bracket, at: token.start))
      expressionAllowed = true

    case .rightParen:
      let closed = try close(token, matching: "(") {
        $0 == .parenStatement || $0 == .parenExpression
      }
      expressionAllowed = closed.kind == .parenStatement
      if expressionAllowed { token.flags.insert(.isFollowedByStatement) }
      lastClosedParen = (
        closed.isAsync, closed.isGenerator, closed.isMethodParameters)

    case .rightBracket:
      _ = try close(token, matching: "[") { $0 == .bracket }
      expressionAllowed = false

    case .rightBrace:
      let closed = try close(token, matching: "{") { $0.isBrace }
      closeBrace(closed, &token)

    case .colon:
      // `{function: 1}`: a keyword used as a property name.
      if contexts.last!.isFunctionOrClass { contexts.removeLast() }
      contexts[contexts.count - 1].pendingAsync = false
      contexts[contexts.count - 1].pendingGenerator = false
      expressionAllowed = true
      if contexts[contexts.count - 1].openConditionals > 0 {
        contexts[contexts.count - 1].openConditionals -= 1
        return true
      }

    case .question:
      contexts[contexts.count - 1].openConditionals += 1
      expressionAllowed = true

    case .dot, .questionDot:
      expressionAllowed = false

    case .plusPlus, .minusMinus:
      // `a++ / 2` but `++/re/.lastIndex`: unchanged.
      break

    case .star:
      if previous.isKeyword(.function), contexts.last!.isFunctionOrClass {
        contexts[contexts.count - 1].isGenerator = true
      } else if contexts.last!.kind.holdsMethods {
        contexts[contexts.count - 1].pendingGenerator = true
      }
      expressionAllowed = true

    case .comma, .semicolon, .equal:
      // A new member (or a field's value) starts: modifiers are spent.
      contexts[contexts.count - 1].pendingAsync = false
      contexts[contexts.count - 1].pendingGenerator = false
      expressionAllowed = true

    default:
      expressionAllowed = true
    }
    return false
  }

  /// Pops the bracket a closing token matches, and any `function`/`class`
  /// context left open inside it.
  mutating func close(
    _ token: Token, matching opening: String,
    _ matches: (LexerContext.Kind) -> Bool
  ) throws -> LexerContext {
    while contexts.count > 1, contexts.last!.isFunctionOrClass {
      contexts.removeLast()
    }
    let top = contexts.last!
    guard contexts.count > 1 else {
      throw LexerError(.unexpectedClosing(token.punctuator.text), at: token.start)
    }
    guard matches(top.kind) else {
      throw LexerError(
        .mismatchedClosing(
          expected: closingText(for: top.kind), found: token.punctuator.text),
        at: token.start, startedAt: top.openedAt)
    }
    return contexts.removeLast()
  }

  func closingText(for kind: LexerContext.Kind) -> String {
    switch kind {
    case .parenStatement, .parenExpression: ")"
    case .bracket: "]"
    default: "}"
    }
  }

  /// After `}`: a statement follows a block or a declaration's body, an
  /// operator follows an object literal or a function expression.
  mutating func closeBrace(_ closed: LexerContext, _ token: inout Token) {
    switch closed.kind {
    case .blockStatement, .classBody:
      expressionAllowed = true
      var endsStatement = closed.kind == .blockStatement
      if contexts.count > 1, contexts.last!.isFunctionOrClass {
        let owner = contexts.removeLast()
        endsStatement = owner.kind == .functionStatement
          || owner.kind == .classStatement
        expressionAllowed = endsStatement
      }
      if endsStatement { token.flags.insert(.isFollowedByStatement) }
    case .arrowBody:
      expressionAllowed = true
    default:
      expressionAllowed = false
    }
  }

  /// Is the `{` here a block (acorn's `braceIsBlock`, extended)?
  func braceKind() -> LexerContext.Kind {
    let parent = contexts.last!
    if parent.kind == .classStatement || parent.kind == .classExpression {
      return .classBody
    }
    if parent.kind == .functionStatement || parent.kind == .functionExpression {
      return .blockStatement
    }
    guard previous.exists else { return .blockStatement }

    if previous.isPunctuator(.arrow) { return .arrowBody }
    if previous.isPunctuator(.colon) {
      if previous.isConditionalColon { return .blockExpression }
      if parent.kind == .blockStatement || parent.kind == .arrowBody {
        return .blockStatement
      }
      return .blockExpression
    }
    if previous.isKeyword(.return)
      || previous.kind == .identifier && previous.expressionAllowedAfter
    {
      return newlineSinceLastToken ? .blockStatement : .blockExpression
    }
    if previous.isKeyword(.else) || previous.isKeyword(.do)
      || previous.isKeyword(.try) || previous.isKeyword(.finally)
      || previous.isPunctuator(.semicolon) || previous.isPunctuator(.rightParen)
      || previous.isFollowedByStatement
    {
      return .blockStatement
    }
    if previous.isPunctuator(.leftBrace) {
      return parent.kind == .blockStatement || parent.kind == .arrowBody
        ? .blockStatement : .blockExpression
    }
    // `static { }` in a class body is a static initialization block.
    if previous.kind == .identifier, previous.keyword == .static,
      parent.kind == .classBody
    {
      return .blockStatement
    }
    if previous.kind == .identifier || previous.isKeyword(.var)
      || previous.isKeyword(.const)
    {
      return .blockExpression
    }
    return expressionAllowed ? .blockExpression : .blockStatement
  }

  func checkAllBracketsClosed() throws {
    for context in contexts.dropFirst().reversed() where !context.isFunctionOrClass {
      let opening: String
      switch context.kind {
      case .parenStatement, .parenExpression: opening = "("
      case .bracket: opening = "["
      case .templateSubstitution: opening = "${"
      default: opening = "{"
      }
      throw LexerError(.unclosed(opening), at: bytes.count, startedAt: context.openedAt)
    }
  }
}
