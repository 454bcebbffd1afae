import JSLexer

// Expressions (ECMA-262 §13), read without precedence.
extension ScopeParser {
  /// `a, b, c`.
  mutating func parseExpression() throws {
    repeat {
      try parseAssignment()
    } while eat(.comma)
  }

  /// One operand, then any chain of binary, assignment and conditional
  /// operators: `a = b ? c : d + e`.
  mutating func parseAssignment() throws {
    try parseUnary()
    while true {
      let token = current
      if token.kind == .punctuator {
        if ScopeParser.isBinary(token.punctuator) {
          advance()
          try parseUnary()
          continue
        }
        if token.punctuator == .question {
          advance()
          try parseAssignment()
          try expect(.colon)
          try parseUnary()
          continue
        }
      } else if token.kind == .keyword,
        token.keyword == .in || token.keyword == .instanceof
      {
        advance()
        try parseUnary()
        continue
      }
      return
    }
  }

  /// Binary and assignment operators.
  static func isBinary(_ punctuator: Punctuator) -> Bool {
    switch punctuator {
    case .less, .greater, .lessEqual, .greaterEqual, .equalEqual, .notEqual,
      .equalEqualEqual, .notEqualEqual, .plus, .minus, .star, .percent,
      .starStar, .shiftLeft, .shiftRight, .shiftRightUnsigned, .ampersand,
      .bar, .caret, .ampersandAmpersand, .barBar, .questionQuestion, .equal,
      .plusEqual, .minusEqual, .starEqual, .percentEqual, .starStarEqual,
      .shiftLeftEqual, .shiftRightEqual, .shiftRightUnsignedEqual,
      .ampersandEqual, .barEqual, .caretEqual, .ampersandAmpersandEqual,
      .barBarEqual, .questionQuestionEqual, .slash, .slashEqual:
      return true
    default:
      return false
    }
  }

  /// Prefix operators (`await` and `yield` where they are operators),
  /// then a postfix expression.
  mutating func parseUnary() throws {
    while true {
      let token = current
      switch token.kind {
      case .punctuator:
        switch token.punctuator {
        case .bang, .tilde, .plus, .minus, .plusPlus, .minusMinus, .ellipsis:
          advance()
          continue
        default: break
        }
      case .keyword:
        switch token.keyword {
        case .typeof, .void, .delete:
          advance()
          continue
        case .new where !isPunctuator(.dot, at: position + 1):
          advance()
          continue
        default: break
        }
      case .identifier:
        if isCurrent(.await), context.isAsync {
          advance()
          continue
        }
        if isCurrent(.yield), context.isGenerator {
          advance()
          _ = eat(.star)
          if current.hasNewlineBefore || !canStartExpression(current) {
            return
          }
          continue
        }
      default: break
      }
      break
    }
    try parsePostfix()
  }

  /// A primary expression and its member accesses, calls, tagged
  /// templates and postfix `++`/`--`.
  mutating func parsePostfix() throws {
    try parsePrimary()
    while true {
      let token = current
      switch token.kind {
      case .punctuator:
        switch token.punctuator {
        case .dot, .questionDot:
          advance()
          // The word after `.` is a property name: never renamed.
          if current.isWord || current.kind == .privateName { advance() }
        case .leftBracket:
          advance()
          try parseExpression()
          try expect(.rightBracket)
        case .leftParen:
          try parseArguments()
        case .plusPlus, .minusMinus:
          // `a\n++b`: the `++` belongs to the next statement.
          if token.hasNewlineBefore { return }
          advance()
        default:
          return
        }
      case .noSubstitutionTemplate, .templateHead:
        try parseTemplate()
      default:
        return
      }
    }
  }

  /// `(a, ...b)`.
  mutating func parseArguments() throws {
    try expect(.leftParen)
    while !isCurrent(.rightParen) {
      try parseAssignment()
      if !eat(.comma) { break }
    }
    try expect(.rightParen)
  }

  mutating func parsePrimary() throws {
    let token = current
    switch token.kind {
    case .identifier:
      try parseIdentifierExpression()
    case .keyword:
      switch token.keyword {
      case .function:
        try parseFunction(isDeclaration: false)
      case .class:
        try parseClass(isDeclaration: false)
      case .this, .null, .true, .false, .super, .import:
        advance()
      case .new:
        // `new.target`: the word after the dot is not a variable.
        advance()
        advance()
        advance()
      default:
        throw unexpected()
      }
    case .numeric, .string, .regularExpression, .noSubstitutionTemplate,
      .privateName:
      advance()
    case .templateHead:
      try parseTemplate()
    case .punctuator:
      switch token.punctuator {
      case .leftParen:
        if isArrowParameters(at: position) {
          try parseArrow(isAsync: false)
        } else {
          advance()
          try parseExpression()
          try expect(.rightParen)
        }
      case .leftBracket:
        try parseArrayLiteral()
      case .leftBrace:
        try parseObjectLiteral()
      default:
        throw unexpected()
      }
    default:
      throw unexpected()
    }
  }

  /// A name, or the start of an arrow or async function.
  mutating func parseIdentifierExpression() throws {
    if isCurrent(.async), !next.hasNewlineBefore {
      if isKeyword(.function, at: position + 1) {
        try parseFunction(isDeclaration: false)
        return
      }
      if next.kind == .identifier, isPunctuator(.arrow, at: position + 2) {
        try parseArrow(isAsync: true)
        return
      }
      if isPunctuator(.leftParen, at: position + 1),
        isArrowParameters(at: position + 1)
      {
        try parseArrow(isAsync: true)
        return
      }
    }
    if isPunctuator(.arrow, at: position + 1) {
      try parseArrow(isAsync: false)
      return
    }
    reference(at: position)
    advance()
  }

  /// `` `a${b}c${d}e` ``.
  mutating func parseTemplate() throws {
    if current.kind == .noSubstitutionTemplate {
      advance()
      return
    }
    advance()
    while true {
      try parseExpression()
      switch current.kind {
      case .templateMiddle:
        advance()
      case .templateTail:
        advance()
        return
      default:
        throw unexpected()
      }
    }
  }

  /// `[a, , ...b]`.
  mutating func parseArrayLiteral() throws {
    advance()
    while !isCurrent(.rightBracket) {
      if eat(.comma) { continue }
      try parseAssignment()
      if !eat(.comma) { break }
    }
    try expect(.rightBracket)
  }

  /// `{a: 1, b, [c]: 2, d() {}, get e() {}, ...f}`. Keys are never
  /// renamed; a shorthand `{b}` uses `b` and is spelled `{b:x}` when `b`
  /// is renamed to `x`. `{b = 1}` is the same in an assignment pattern.
  mutating func parseObjectLiteral() throws {
    try expect(.leftBrace)
    while !isCurrent(.rightBrace) {
      if eat(.ellipsis) {
        try parseAssignment()
      } else {
        let method = parseMethodModifiers()
        let key = position
        let isShorthandCandidate =
          current.kind == .identifier && method == FunctionContext()
        try parsePropertyKey()
        if isCurrent(.leftParen) {
          try parseMethod(method)
        } else if eat(.colon) {
          try parseAssignment()
        } else if isShorthandCandidate {
          reference(at: key, form: .objectShorthand)
          if eat(.equal) { try parseAssignment() }
        } else {
          throw unexpected()
        }
      }
      if !eat(.comma) { break }
    }
    try expect(.rightBrace)
  }

  /// `async`, `get`, `set` and `*` before a method name, when a name
  /// follows them (otherwise they are the name: `{get() {}}`).
  mutating func parseMethodModifiers() -> FunctionContext {
    var method = FunctionContext()
    while current.kind == .identifier,
      isCurrent(.async) || isCurrent(.get) || isCurrent(.set),
      startsPropertyKey(at: position + 1)
    {
      if isCurrent(.async) {
        if next.hasNewlineBefore { break }
        method.isAsync = true
      }
      advance()
    }
    if eat(.star) { method.isGenerator = true }
    return method
  }

  /// A property name can start here (after a modifier).
  func startsPropertyKey(at position: Int) -> Bool {
    let token = token(at: position)
    switch token.kind {
    case .identifier, .keyword, .string, .numeric, .privateName:
      return true
    case .punctuator:
      return token.punctuator == .leftBracket || token.punctuator == .star
    default:
      return false
    }
  }

  /// A property name: a word, string, number, private name or `[expr]`.
  mutating func parsePropertyKey() throws {
    switch current.kind {
    case .identifier, .keyword, .string, .numeric, .privateName:
      advance()
    case .punctuator where current.punctuator == .leftBracket:
      advance()
      try parseAssignment()
      try expect(.rightBracket)
    default:
      throw unexpected()
    }
  }
}
