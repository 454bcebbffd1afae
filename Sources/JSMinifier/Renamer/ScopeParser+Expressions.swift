import JSLexer

// Expressions (ECMA-262 §13). Operators are read flat, without building a
// tree; each parse returns the expression's shape, and a parenthesized
// operand is unwrapped where its neighbours allow
// (ScopeParser+RedundantTokens.swift).
extension ScopeParser {
  /// `a, b, c`.
  @discardableResult
  mutating func parseExpression() throws -> ExpressionShape {
    var shape = try parseAssignment(allowing: .sequence)
    while eat(.comma) {
      let item = try parseAssignment()
      shape.precedence = .sequence
      shape.flags.formUnion(item.flags)
    }
    return shape
  }

  /// One operand, then any chain of binary, assignment and conditional
  /// operators: `a = b ? c : d + e`.
  ///
  /// - Parameter minimum: the loosest expression the place allows, for a
  ///   lone parenthesized operand: `f((a, b))` keeps its parentheses,
  ///   `if ((a, b))` loses them.
  @discardableResult
  mutating func parseAssignment(allowing minimum: Precedence = .assignment)
    throws -> ExpressionShape
  {
    var operand = try parseUnary()
    var left: BinaryOperator?
    var shape: ExpressionShape?
    // The string the current operand joined ("a" + "b"), or -1.
    var joinedHead: Int32 = -1

    while let binary = binaryOperator() {
      unwrapIfRedundant(&operand, left: left, right: binary)
      shape = joined(shape, operand.shape, binary)
      if binary.kind == .assignment {
        noteAssignmentTarget(from: Int(operand.shape.first))
        if !isCurrent(.equal) { shape?.flags.insert(.hasCompoundAssignment) }
      }
      let operatorAt = position
      advance()
      if binary.kind == .conditionalTest {
        try parseAssignment()
        try expect(.colon)
        left = .conditionalAlternative
        shape = joined(shape, operand.shape, .conditionalAlternative)
        operand = try parseUnary()
        joinedHead = -1
      } else {
        let outer = left
        let leftOperand = operand
        left = binary
        operand = try parseUnary()
        noteLiteralPair(
          left: leftOperand, outer: outer, binary: binary,
          operatorAt: operatorAt, right: operand, joinedHead: &joinedHead)
      }
    }

    if left == nil {
      // `(a, b), c` keeps its parentheses: the same value, but not the
      // same syntax tree.
      let isItem = minimum == .sequence && isCurrent(.comma)
      unwrapIfRedundant(&operand, allowing: isItem ? .assignment : minimum)
    } else {
      unwrapIfRedundant(&operand, left: left, right: nil)
    }
    return joined(shape, operand.shape, nil)
  }

  /// The binary, assignment or conditional operator at the current token.
  @inline(__always)  // Out of line, each call copied the parser first.
  func binaryOperator() -> BinaryOperator? {
    let token = current
    switch token.kind {
    case .punctuator:
      if token.punctuator == .question { return .conditionalTest }
      return BinaryOperator(token.punctuator)
    case .keyword:
      if token.keyword == .in { return .relationalIn }
      if token.keyword == .instanceof { return .relational }
      return nil
    default:
      return nil
    }
  }

  /// The shape of `so far`, `operand` and the operator after it.
  func joined(
    _ soFar: ExpressionShape?, _ operand: ExpressionShape,
    _ binary: BinaryOperator?
  ) -> ExpressionShape {
    var shape = soFar ?? operand
    shape.precedence = min(shape.precedence, operand.precedence)
    shape.flags.formUnion(operand.flags)
    if let binary {
      shape.precedence = min(shape.precedence, binary.precedence)
      shape.flags.formUnion(binary.flags)
    }
    return shape
  }

  /// The operator before a prefix operand, as far as its parentheses
  /// care.
  enum Prefix {
    /// `!`, `~`, `+`, `-`, `typeof`, `void`, `delete`, `await`.
    case unary
    /// `++` and `--` need a reference: `++(a.b)` ⇒ `++a.b`.
    case update
    /// `new (f())()` is not `new f()()`: always kept.
    case new
    /// `...` and `yield` take any assignment expression.
    case spreadOrYield
  }

  /// Prefix operators (`await` and `yield` where they are operators),
  /// then a postfix expression.
  mutating func parseUnary() throws -> Operand {
    let start = Int32(position)
    var prefix: Prefix?
    while true {
      let token = current
      switch token.kind {
      case .punctuator:
        switch token.punctuator {
        case .bang, .tilde, .plus, .minus:
          prefix = .unary
          advance()
          continue
        case .plusPlus, .minusMinus:
          prefix = .update
          advance()
          continue
        case .ellipsis:
          prefix = .spreadOrYield
          advance()
          continue
        default: break
        }
      case .keyword:
        switch token.keyword {
        case .typeof, .void, .delete:
          prefix = .unary
          advance()
          continue
        case .new where !isPunctuator(.dot, at: position + 1):
          prefix = .new
          advance()
          continue
        default: break
        }
      case .identifier:
        if isCurrent(.await), context.isAsync {
          prefix = .unary
          advance()
          continue
        }
        if isCurrent(.yield), context.isGenerator {
          prefix = .spreadOrYield
          advance()
          _ = eat(.star)
          if current.hasNewlineBefore || !canStartExpression(current) {
            return Operand(precedence: .assignment, first: start)
          }
          continue
        }
      default: break
      }
      break
    }

    let postfixStart = position
    var operand = try parsePostfix(afterNew: prefix == .new)
    if prefix == .update
      || postfixStart > 0 && isKeyword(.delete, at: postfixStart - 1)
    {
      noteAssignmentTarget(from: postfixStart)
    }
    switch prefix {
    case nil:
      return operand
    case .unary:
      unwrapIfRedundant(&operand, allowing: .unary)
      return Operand(precedence: .unary, first: start)
    case .update:
      unwrapIfRedundant(&operand, allowing: .call)
      return Operand(precedence: .unary, first: start)
    case .new:
      return Operand(precedence: .newOrOptionalChain, first: start)
    case .spreadOrYield:
      // `yield (a) + b` is `yield ((a) + b)`: only a lone operand.
      if endsOperand(current) {
        unwrapIfRedundant(&operand, allowing: .assignment)
      }
      return Operand(precedence: .assignment, first: start)
    }
  }

  /// A primary expression and its member accesses, calls, tagged
  /// templates and postfix `++`/`--`.
  ///
  /// - Parameter afterNew: the operand of `new`, whose parentheses stay.
  mutating func parsePostfix(afterNew: Bool = false) throws -> Operand {
    let start = position
    var operand = try parsePrimary()
    var precedence = Precedence.primary
    while true {
      let token = current
      switch token.kind {
      case .punctuator:
        switch token.punctuator {
        case .dot, .questionDot:
          member(&operand, &precedence, afterNew: afterNew)
          if token.punctuator == .questionDot {
            precedence = .newOrOptionalChain
          }
          advance()
          // The word after `.` is a property name: never renamed.
          if current.isWord || current.kind == .privateName { advance() }
          continue
        case .leftBracket:
          member(&operand, &precedence, afterNew: afterNew)
          noteDottedMember(at: position)
          advance()
          try parseExpression()
          try expect(.rightBracket)
          continue
        case .leftParen:
          member(&operand, &precedence, afterNew: afterNew)
          try parseArguments()
          continue
        case .plusPlus, .minusMinus:
          // `a\n++b`: the `++` belongs to the next statement.
          if token.hasNewlineBefore { break }
          noteAssignmentTarget(from: start)
          member(&operand, &precedence, afterNew: afterNew)
          precedence = .postfix
          advance()
          continue
        default:
          break
        }
      case .noSubstitutionTemplate, .templateHead:
        member(&operand, &precedence, afterNew: afterNew)
        try parseTemplate()
        continue
      default:
        break
      }
      break
    }
    if precedence < .primary {
      operand.shape.precedence = min(operand.shape.precedence, precedence)
    } else if position == start + 1, !afterNew {
      shortenBoolean(&operand, at: start)
      noteUndefinedRead(&operand, at: start)
    }
    return operand
  }

  /// `true` ⇒ `!0`, `false` ⇒ `!1` (ECMA-262 §13.5.7: `!` of a number
  /// is a boolean), where a unary expression reads the same: not before
  /// `**` (`!0**2` is a syntax error) and not after `new`; the caller
  /// made sure no member access, call or template follows.
  mutating func shortenBoolean(_ operand: inout Operand, at position: Int) {
    let token = token(at: position)
    guard token.kind == .keyword,
      token.keyword == .true || token.keyword == .false,
      !token.flags.contains(.hasEscape), !isCurrent(.starStar)
    else { return }
    shortenedBooleans.append(order[position])
    operand.shape.precedence = .unary
    operand.inner = operand.shape
  }

  /// The operand is the object of a member access, call, tagged
  /// template or postfix `++`/`--`: `(a.b)()` ⇒ `a.b()`.
  mutating func member(
    _ operand: inout Operand, _ precedence: inout Precedence, afterNew: Bool
  ) {
    if operand.group >= 0 {
      if afterNew {
        operand.group = -1
      } else {
        unwrapIfRedundant(&operand, allowing: .call)
      }
      operand.shape.flags = []
    }
    precedence = min(precedence, .call)
  }

  /// `(a, ...b)`.
  ///
  /// V8 (Node 20) refuses `f(a += 1, [b] = c)`, valid as it is. When a
  /// destructuring assignment follows a compound assignment in the list,
  /// parentheses stay: around the destructuring assignment if it had
  /// them, else around the compound assignments that had them.
  mutating func parseArguments() throws {
    try expect(.leftParen)
    var sawCompound = false
    var unwrappedCompound: [Int] = []
    while !isCurrent(.rightParen) {
      let start = position
      let shape = try parseAssignment()
      let first = Int(shape.first)
      let isUnwrapped = isPunctuator(.leftParen, at: start)
        && droppedTokens.last == order[Int(closing[start])]
      if shape.flags.contains(.hasCompoundAssignment) {
        sawCompound = true
        if isUnwrapped { unwrappedCompound.append(start) }
      } else if sawCompound, shape.precedence == .assignment,
        isPunctuator(.leftBracket, at: first)
          || isPunctuator(.leftBrace, at: first)
      {
        let groups = isUnwrapped ? [start] : unwrappedCompound
        let kept = Set(groups.flatMap { [order[$0], order[Int(closing[$0])]] })
        droppedTokens.removeAll { kept.contains($0) }
        if !isUnwrapped { unwrappedCompound.removeAll() }
      }
      if !eatSeparator(before: .rightParen) { break }
    }
    try expect(.rightParen)
  }

  /// A name, literal, function, class, arrow, array or object, or a
  /// parenthesized expression (left undecided for the operator around
  /// it to unwrap).
  mutating func parsePrimary() throws -> Operand {
    let token = current
    let start = Int32(position)
    var precedence = Precedence.primary
    switch token.kind {
    case .identifier:
      precedence = try parseIdentifierExpression()
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
          precedence = .assignment
        } else {
          advance()
          let inner = try parseExpression()
          try expect(.rightParen)
          return Operand(group: start, inner: inner)
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
    return Operand(precedence: precedence, first: start)
  }

  /// A name, or the start of an arrow or async function; returns how
  /// tightly it binds (an arrow as loosely as an assignment).
  mutating func parseIdentifierExpression() throws -> Precedence {
    if isCurrent(.async), !next.hasNewlineBefore {
      if isKeyword(.function, at: position + 1) {
        try parseFunction(isDeclaration: false)
        return .primary
      }
      if next.kind == .identifier, isPunctuator(.arrow, at: position + 2) {
        try parseArrow(isAsync: true)
        return .assignment
      }
      if isPunctuator(.leftParen, at: position + 1),
        isArrowParameters(at: position + 1)
      {
        try parseArrow(isAsync: true)
        return .assignment
      }
    }
    if isPunctuator(.arrow, at: position + 1) {
      try parseArrow(isAsync: false)
      return .assignment
    }
    reference(at: position)
    advance()
    return .primary
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
      if !eatSeparator(before: .rightBracket) { break }
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
      if !eatSeparator(before: .rightBrace) { break }
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
    case .string:
      if isPlainName(current), !isMemberModifier(current) {
        unquotedKeys.append(order[position])
      }
      advance()
    case .identifier, .keyword, .numeric, .privateName:
      advance()
    case .punctuator where current.punctuator == .leftBracket:
      advance()
      try parseAssignment()
      try expect(.rightBracket)
    default:
      throw unexpected()
    }
  }

  /// `"get"`, `"set"`, `"static"`, `"async"`, `"accessor"`: in a class,
  /// the bare word before a line break modifies the next member,
  ///
  ///     class A { "get"        a field named get, and a method x
  ///       x() {} }             (unquoted: a getter x)
  ///
  /// so these keep their quotes everywhere.
  func isMemberModifier(_ token: Token) -> Bool {
    let text = UnsafeBufferPointer(
      rebasing: bytes[(token.start + 1)..<(token.end - 1)])
    return Self.memberModifiers.contains { $0.elementsEqual(text) }
  }

  static let memberModifiers: [[UInt8]] = [
    "get", "set", "static", "async", "accessor",
  ].map { Array($0.utf8) }

  /// A string literal spelling an ASCII identifier name, without
  /// escapes: as a property key it can go without quotes (ECMA-262
  /// §13.2.5.1: `{"a": 1}` and `{a: 1}` have the same property name;
  /// reserved words are names there too, `{"if": 1}` ⇒ `{if:1}`).
  func isPlainName(_ token: Token) -> Bool {
    let first = token.start + 1
    let end = token.end - 1
    guard end > first else { return false }
    for offset in first..<end {
      let byte = bytes[offset]
      let isLetter =
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      guard isLetter || (isDigit && offset > first) else { return false }
    }
    return true
  }
}
