import JSLexer

// Parentheses the program does not need (ECMA-262 §13: a parenthesized
// expression means the expression inside). The parser unwraps a group
// where the expression inside binds at least as tightly as its place
// requires, judged by the operators on both sides:
//
//     x = (a * b) + c         ⇒ x=a*b+c
//     a || (b && c)           ⇒ a||b&&c
//     if ((m = re.exec(s)))   ⇒ if(m=re.exec(s))
//     return (typeof a)       ⇒ return typeof a
//     (a.b)(c)                ⇒ a.b(c)        (same `this`)
//     f((a, b))               stays: two arguments otherwise
//     (a ?? b) || c           stays: `??` and `||` need parentheses
//     (function () {})()      stays: a statement would start with
//                             `function`
//
// Groups are decided innermost first; a dropped group's operators then
// count as the enclosing expression's own, so `a * ((b + c))` keeps one
// pair. The dropped tokens are listed in `droppedTokens` for the printer.
extension ScopeParser {
  /// Unwraps the operand's group if the operators beside it allow.
  ///
  /// - Parameters:
  ///   - left: the operator before the operand, if any.
  ///   - right: the operator after it, if any.
  mutating func unwrapIfRedundant(
    _ operand: inout Operand, left: BinaryOperator?, right: BinaryOperator?
  ) {
    guard operand.group >= 0 else { return }
    let inner = operand.inner
    let fits =
      (left.map { $0.acceptsOnRight(inner) } ?? true)
      && (right.map { $0.acceptsOnLeft(inner) } ?? true)
    unwrap(&operand, if: fits)
  }

  /// Unwraps the operand's group if its place allows any expression of
  /// at least `minimum` precedence.
  mutating func unwrapIfRedundant(
    _ operand: inout Operand, allowing minimum: Precedence
  ) {
    guard operand.group >= 0 else { return }
    unwrap(&operand, if: operand.inner.precedence >= minimum)
  }

  private mutating func unwrap(_ operand: inout Operand, if fits: Bool) {
    let open = Int(operand.group)
    operand.group = -1
    guard fits, !operand.inner.flags.contains(.hasIn),
      isPlainGroup(open: open),
      !(isStatementPosition(open)
        && startsStatementAmbiguously(Int(operand.inner.first)))
    else { return }

    droppedTokens.append(order[open])
    droppedTokens.append(order[Int(closing[open])])
    operand.shape = operand.inner
  }

  /// No comment inside the parentheses next to them. (A line break
  /// before `(` is kept by the printer; one after it goes with it, since
  /// it would end a `return`: `return (\n a)` ⇒ `return a`.)
  ///
  /// Nor a `}` before a slash: `(class {}) / 2` ⇒ `class{}/2` is a
  /// division, but tokenizers that guess from the tokens alone, as
  /// acorn's does after `yield` and `of`, read a regular expression.
  func isPlainGroup(open: Int) -> Bool {
    let close = Int(closing[open])
    guard close > open + 1 else { return false }
    if isPunctuator(.slash, at: close + 1)
      || isPunctuator(.slashEqual, at: close + 1)
    {
      // Past the `)` of inner groups, which may have been dropped.
      var last = close - 1
      while isPunctuator(.rightParen, at: last) { last -= 1 }
      if isPunctuator(.rightBrace, at: last) { return false }
    }
    return order[open + 1] == order[open] + 1
      && order[close] == order[close - 1] + 1
  }

  /// Can a statement, an arrow body or an `export default` begin at
  /// `position`? Judged by the token before it, generously: `a ? b : (c)`
  /// counts too.
  func isStatementPosition(_ position: Int) -> Bool {
    guard position > 0 else { return true }
    let before = token(at: position - 1)
    switch before.kind {
    case .punctuator:
      switch before.punctuator {
      case .semicolon, .leftBrace, .rightBrace, .rightParen, .colon, .arrow:
        return true
      case .leftParen:
        // `for ((let) of x)`, `for await ((async) of x)`.
        return position > 1
          && (isKeyword(.for, at: position - 2)
            || isKeyword(.await, at: position - 2))
      default:
        return false
      }
    case .keyword:
      return before.keyword == .else || before.keyword == .do
        || before.keyword == .default
    default:
      return false
    }
  }

  /// Tokens that mean something else at the start of a statement (or an
  /// arrow body): `{` a block, `function`/`class`/`async function` a
  /// declaration, `let [` a declaration, a string a directive.
  func startsStatementAmbiguously(_ position: Int) -> Bool {
    let token = token(at: position)
    switch token.kind {
    case .punctuator:
      return token.punctuator == .leftBrace
    case .keyword, .identifier:
      return token.keyword == .function || token.keyword == .class
        || token.keyword == .let || token.keyword == .async
    case .string:
      return true
    default:
      return false
    }
  }

  /// The token ends the operand of `yield` or `...`, so nothing else
  /// belongs to it: `yield (a);`, `[...(a)]`, but not `yield (a) + b`.
  func endsOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .endOfFile, .templateMiddle, .templateTail:
      return true
    case .punctuator:
      switch token.punctuator {
      case .rightParen, .rightBracket, .rightBrace, .comma, .semicolon,
        .colon:
        return true
      default:
        return false
      }
    default:
      return false
    }
  }
}

// Trailing commas (ECMA-262 §13.2.4, §13.2.5, §15.1): a comma right
// before the closing bracket of an array, object, argument or parameter
// list, or pattern, after an item, adds nothing:
//
//     [a, b,]   ⇒ [a,b]
//     f(a,)     ⇒ f(a)
//     [a, ,]    ⇒ [a,,]    the second comma is a hole: the length is 2
extension ScopeParser {
  /// Eats the `,` after a list item, if there is one, and drops it when
  /// `closer` follows.
  mutating func eatSeparator(before closer: Punctuator) -> Bool {
    guard isCurrent(.comma) else { return false }
    if isPunctuator(closer, at: position + 1) {
      droppedTokens.append(order[position])
    }
    advance()
    return true
  }
}
