import JSLexer

// Functions, arrows, methods and classes (ECMA-262 §15).
extension ScopeParser {
  /// `function name(params) { body }`, `async`/`*` variants. A declared
  /// name belongs to the enclosing scope; an expression's name only to
  /// the function itself.
  mutating func parseFunction(isDeclaration: Bool) throws {
    var function = FunctionContext()
    if isCurrent(.async) {
      function.isAsync = true
      advance()
    }
    advance()
    if eat(.star) { function.isGenerator = true }

    var hasNameScope = false
    if current.kind == .identifier {
      if isDeclaration {
        declare(at: position, .function)
      } else {
        pushScope(.expressionName)
        hasNameScope = true
        declare(at: position, .lexical)
      }
      advance()
    }
    try parseFunctionRest(function)
    if hasNameScope { popScope() }
  }

  /// `(params) { body }` of a function or method.
  mutating func parseFunctionRest(_ function: FunctionContext) throws {
    let saved = (context, labels, inlining.repeatDepth)
    context = function
    labels = []
    inlining.repeatDepth = 0
    pushScope(.parameters)
    try parseParameters()
    try parseFunctionBody()
    popScope()
    (context, labels, inlining.repeatDepth) = saved
  }

  mutating func parseMethod(_ method: FunctionContext) throws {
    try parseFunctionRest(method)
  }

  /// `(a, b = a, {c}, ...d)` in the current (parameter) scope.
  mutating func parseParameters() throws {
    try expect(.leftParen)
    while !isCurrent(.rightParen) {
      _ = eat(.ellipsis)
      try parseBindingTarget(.parameter)
      if eat(.equal) { try parseAssignment() }
      if !eatSeparator(before: .rightParen) { break }
    }
    try expect(.rightParen)
  }

  /// `{ "use strict"; statements }`: where `var` lands.
  mutating func parseFunctionBody() throws {
    try expect(.leftBrace)
    pushScope(.functionBody)
    parseDirectives()
    if isStrict {
      // The parameters are strict too, as is everything inside.
      tree.scopes[Int(tree.scopes[Int(scope)].parent)].isStrict = true
    }
    var followsVar = false
    while !isCurrent(.rightBrace) {
      guard current.kind != .endOfFile else { throw unexpected() }
      _ = try parseListStatement(followsVar: &followsVar)
    }
    popScope()
    advance()
  }

  /// `x => ...`, `(a, b) => ...`, `async x => ...`, `async (a) => ...`.
  mutating func parseArrow(isAsync: Bool) throws {
    if isAsync { advance() }
    let saved = (context, labels, inlining.repeatDepth)
    context = FunctionContext(isAsync: isAsync, isGenerator: false)
    labels = []
    inlining.repeatDepth = 0
    pushScope(.parameters)

    if current.kind == .identifier {
      declare(at: position, .parameter)
      advance()
    } else {
      try parseParameters()
    }
    try expect(.arrow)
    if isCurrent(.leftBrace) {
      try parseFunctionBody()
    } else {
      try parseAssignment()
    }

    popScope()
    (context, labels, inlining.repeatDepth) = saved
  }

  /// `class Name extends Base { members }`. Class code is strict.
  mutating func parseClass(isDeclaration: Bool) throws {
    advance()
    var hasNameScope = false
    if current.kind == .identifier, !isCurrent(.implements) {
      if isDeclaration {
        declare(at: position, .lexical)
      } else {
        pushScope(.expressionName)
        hasNameScope = true
        declare(at: position, .lexical)
      }
      advance()
    }

    pushScope(.block, strict: true)
    // Field initializers run once per instance.
    inlining.repeatDepth += 1
    defer { inlining.repeatDepth -= 1 }
    if isCurrent(.extends) {
      advance()
      // A left-hand-side expression: `extends (a || b)` keeps its
      // parentheses, as does any group nothing after it decides.
      _ = try parseUnary()
    }
    try expect(.leftBrace)
    while !isCurrent(.rightBrace) {
      guard current.kind != .endOfFile else { throw unexpected() }
      try parseClassMember()
    }
    advance()
    popScope()
    if hasNameScope { popScope() }
  }

  /// A method, accessor, field or static block.
  mutating func parseClassMember() throws {
    if eat(.semicolon) { return }

    // `static` is a modifier when a member name or a block follows.
    if isCurrent(.static), !isPunctuator(.leftParen, at: position + 1),
      !isPunctuator(.equal, at: position + 1),
      !isPunctuator(.semicolon, at: position + 1),
      !isPunctuator(.rightBrace, at: position + 1)
    {
      advance()
      if isCurrent(.leftBrace) {
        let saved = (context, labels)
        context = FunctionContext()
        labels = []
        try parseFunctionBody()
        (context, labels) = saved
        return
      }
    }

    let method = parseMethodModifiers()
    try parsePropertyKey()
    if isCurrent(.leftParen) {
      try parseMethod(method)
      return
    }

    // A field: its initializer runs like a method body.
    if eat(.equal) {
      let saved = (context, labels)
      context = FunctionContext()
      labels = []
      pushScope(.functionBody)
      try parseAssignment()
      popScope()
      (context, labels) = saved
    }
    eatSemicolon()
  }
}
