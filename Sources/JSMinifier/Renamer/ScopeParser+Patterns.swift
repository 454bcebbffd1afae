import JSLexer

// Binding patterns (ECMA-262 §14.3.3): what `var`, `let`, `const`,
// parameters and `catch` declare.
extension ScopeParser {
  /// A name, `[a, , b = 1, ...c]` or `{a, b: c, [d]: e = 1, ...f}`.
  mutating func parseBindingTarget(_ kind: DeclarationKind) throws {
    switch current.kind {
    case .identifier:
      declare(at: position, kind)
      advance()
    case .punctuator where current.punctuator == .leftBracket:
      try parseArrayPattern(kind)
    case .punctuator where current.punctuator == .leftBrace:
      try parseObjectPattern(kind)
    default:
      throw unexpected()
    }
  }

  mutating func parseArrayPattern(_ kind: DeclarationKind) throws {
    advance()
    while !isCurrent(.rightBracket) {
      if eat(.comma) { continue }
      _ = eat(.ellipsis)
      try parseBindingTarget(kind)
      if eat(.equal) { try parseAssignment() }
      if !eatSeparator(before: .rightBracket) { break }
    }
    try expect(.rightBracket)
  }

  /// `{a}` declares `a` and is spelled `{a:x}` when `a` becomes `x`.
  mutating func parseObjectPattern(_ kind: DeclarationKind) throws {
    advance()
    while !isCurrent(.rightBrace) {
      if eat(.ellipsis) {
        try parseBindingTarget(kind)
      } else if current.kind == .identifier,
        !isPunctuator(.colon, at: position + 1)
      {
        declare(at: position, kind, form: .objectShorthand)
        advance()
        if eat(.equal) { try parseAssignment() }
      } else {
        try parsePropertyKey()
        try expect(.colon)
        try parseBindingTarget(kind)
        if eat(.equal) { try parseAssignment() }
      }
      if !eatSeparator(before: .rightBrace) { break }
    }
    try expect(.rightBrace)
  }
}
