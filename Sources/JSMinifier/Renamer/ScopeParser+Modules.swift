import JSLexer

// `import` and `export` declarations (ECMA-262 §16.2).
extension ScopeParser {
  /// `import d, {a, b as c} from "m"`, `import * as n from "m"`,
  /// `import "m"`. Imported bindings are local to the module; the name
  /// before `as` is the other module's export and is kept.
  mutating func parseImport() throws {
    advance()
    if current.kind == .identifier,
      !(isCurrent(.from) && token(at: position + 1).kind == .string)
    {
      declare(at: position, .lexical)
      advance()
      _ = eat(.comma)
    }
    if eat(.star) {
      guard isCurrent(.as) else { throw unexpected() }
      advance()
      declare(at: position, .lexical)
      advance()
    } else if eat(.leftBrace) {
      while !isCurrent(.rightBrace) {
        if isKeyword(.as, at: position + 1) {
          advance()
          advance()
          declare(at: position, .lexical)
        } else {
          declare(at: position, .lexical, form: .importShorthand)
        }
        advance()
        if !eat(.comma) { break }
      }
      try expect(.rightBrace)
    }
    if isCurrent(.from) { advance() }
    guard current.kind == .string else { throw unexpected() }
    advance()
    try parseImportAttributes()
    eatSemicolon()
  }

  /// `with { type: "json" }` after a module specifier.
  mutating func parseImportAttributes() throws {
    guard isCurrent(.with), isPunctuator(.leftBrace, at: position + 1) else {
      return
    }
    advance()
    advance()
    while !isCurrent(.rightBrace) {
      guard current.kind != .endOfFile else { throw unexpected() }
      advance()
    }
    advance()
  }

  /// `export` in all its forms. An exported declaration keeps its names
  /// (they are the module's interface); `export {a}` uses the local `a`
  /// and is spelled `export {x as a}` when `a` becomes `x`.
  mutating func parseExport() throws {
    advance()
    if isCurrent(.default) {
      advance()
      if isCurrent(.function)
        || (isCurrent(.async) && isKeyword(.function, at: position + 1)
          && !next.hasNewlineBefore)
      {
        try parseFunction(isDeclaration: true)
      } else if isCurrent(.class) {
        try parseClass(isDeclaration: true)
      } else {
        try parseAssignment()
        eatSemicolon()
      }
      return
    }

    if eat(.star) {
      // `export * from "m"`, `export * as n from "m"`: no local names.
      if isCurrent(.as) {
        advance()
        advance()
      }
      try parseExportSource()
      return
    }

    if isCurrent(.leftBrace) {
      try parseExportList()
      return
    }

    isExportingDeclaration = true
    defer { isExportingDeclaration = false }
    try parseStatement()
  }

  /// `export {a, b as c}` or `export {a as b} from "m"`.
  mutating func parseExportList() throws {
    var end = position
    while !isPunctuator(.rightBrace, at: end) {
      guard token(at: end).kind != .endOfFile else { throw unexpected() }
      end += 1
    }
    let reexports = isKeyword(.from, at: end + 1)

    advance()
    while !isCurrent(.rightBrace) {
      let local = position
      let renamed = isKeyword(.as, at: position + 1)
      if !reexports, current.kind == .identifier {
        reference(at: local, form: renamed ? .plain : .exportShorthand)
      }
      advance()
      if renamed {
        advance()
        advance()
      }
      if !eat(.comma) { break }
    }
    try expect(.rightBrace)
    if reexports {
      try parseExportSource()
    } else {
      eatSemicolon()
    }
  }

  /// `from "m"` and its attributes.
  mutating func parseExportSource() throws {
    guard isCurrent(.from) else { throw unexpected() }
    advance()
    guard current.kind == .string else { throw unexpected() }
    advance()
    try parseImportAttributes()
    eatSemicolon()
  }
}
