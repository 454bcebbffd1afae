/// One open bracket (or pending function/class) on the lexer's context
/// stack, used to tell a regular expression from a division.
struct LexerContext {
  enum Kind: UInt8 {
    /// `{` of a block, a function body or a statement body.
    case blockStatement
    /// `{` of an arrow function body: a block, but inside an expression.
    case arrowBody
    /// `{` of an object literal or pattern.
    case blockExpression
    case classBody
    /// `${` inside a template literal.
    case templateSubstitution
    /// `(` of an `if`, `for`, `while` or `with` head.
    case parenStatement
    case parenExpression
    case bracket
    /// After `function` or `class`, until the body closes.
    case functionStatement, functionExpression
    case classStatement, classExpression
  }

  var kind: Kind
  /// Where the bracket (or keyword) is, for error notes.
  var openedAt: Int
  /// Open `?` of conditional expressions, to tell their `:` from a
  /// label's or a property's.
  var openConditionals: Int32 = 0
  var isGenerator = false
  var isAsync = false
  /// A template substitution of a tagged template.
  var isTagged = false
  /// A method or arrow body (`{ *m() {…} }`, `async () => {…}`) whose
  /// `isAsync`/`isGenerator` decide what `await` and `yield` are.
  var isFunctionBody = false
  /// In an object literal or class body: `async` or `*` was seen before
  /// the next member's `(`.
  var pendingAsync = false
  var pendingGenerator = false
  /// A `(` opened in an object literal or class body: a method's
  /// parameters.
  var isMethodParameters = false

  init(kind: Kind, at offset: Int) {
    self.kind = kind
    self.openedAt = offset
  }

  var isFunctionOrClass: Bool {
    switch kind {
    case .functionStatement, .functionExpression, .classStatement,
      .classExpression:
      return true
    default: return false
    }
  }

}

extension LexerContext.Kind {
  /// Object literals and class bodies, where methods are written.
  var holdsMethods: Bool { self == .blockExpression || self == .classBody }

  var isBrace: Bool {
    switch self {
    case .blockStatement, .arrowBody, .blockExpression, .classBody: true
    default: false
    }
  }
}

/// What the lexer remembers of the last significant token.
struct PreviousToken {
  var kind: TokenKind = .endOfFile
  var punctuator: Punctuator = .none
  var keyword: Keyword = .none
  var isPropertyName = false
  var hasNewlineBefore = false
  var expressionAllowedAfter = true
  var isFollowedByStatement = false
  /// The `:` closed a conditional expression.
  var isConditionalColon = false
  /// acorn's static `beforeExpr`: may an expression follow this token
  /// whatever the context?
  var isStaticallyBeforeExpression = false
  var exists = false

  @inline(__always)
  func isPunctuator(_ which: Punctuator) -> Bool {
    kind == .punctuator && punctuator == which
  }

  /// A reserved word used as a word, not as a property name.
  @inline(__always)
  func isKeyword(_ which: Keyword) -> Bool {
    kind == .keyword && keyword == which && !isPropertyName
  }
}
