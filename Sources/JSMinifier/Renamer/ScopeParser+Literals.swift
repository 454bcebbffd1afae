import JSLexer

// Shorter spellings around literals, each as the same program:
//
//     a["b"]                      ⇒ a.b       (ECMA-262 §13.3.2: the
//     a?.["b"]                    ⇒ a?.b       same property key)
//     "a" + "b" + c               ⇒ "ab"+c
//     c + "a" + "b"               ⇒ c+"ab"
//     typeof a === "undefined"    ⇒ typeof a>"u"
//     typeof a !== "undefined"    ⇒ typeof a<"u"
//     a === undefined             ⇒ a===void 0
//
// Strings join only when both sides of `+` are string literals and the
// `+` before them, if any, already made a string: `c + "a" + "b"` is
// `(c + "a") + "b"`, which is c's string followed by "ab"; `c - "a" +
// "b"` is not. A joined string never starts a statement, where it could
// turn into a directive.
//
// Every result of `typeof` but "undefined" sorts before "u", and
// "undefined" after it (§13.10.1 compares code units), so the
// comparison tells the same; the operand must be the whole `typeof`
// expression and the string the whole other side, with no tighter
// operator beside them that the relational operator would capture.
//
// `undefined` is written `void 0` only where it is read as a value and
// names the global property, which no program can change (§19.1.4:
// not writable, not configurable): not where a binding, `with` or a
// direct `eval` in scope could give the name another meaning, not as an
// assignment target (`void 0 = 1` is an error), and not where `void 0`
// would read differently (`undefined.x`, `undefined()`, `new undefined`,
// `undefined ** 2`, `delete undefined`, `++undefined`).
extension ScopeParser {
  /// At `[` after a member's object: `a["b"]` is `a.b` when the string is
  /// a plain name (reserved words too: `a.if` is a property access).
  ///
  /// Not after a line break: there `[` may start a statement the parser
  /// read as a member (`x++\n["a"].map(f)`, `() => {}\n[1]`).
  mutating func noteDottedMember(at open: Int) {
    let key = token(at: open + 1)
    guard !token(at: open).hasNewlineBefore, key.kind == .string,
      isPlainName(key),
      isPunctuator(.rightBracket, at: open + 2)
    else { return }
    literals.dottedMembers.append(
      LiteralRewrites.DottedMember(
        open: order[open], key: order[open + 1], close: order[open + 2],
        afterOptionalChain: isPunctuator(.questionDot, at: open - 1)))
  }

  /// After the right operand of a binary operator: joins two strings, or
  /// shortens a test of `typeof` against "undefined".
  ///
  /// - Parameters:
  ///   - left: the operand before the operator.
  ///   - outer: the operator before `left`, if any.
  ///   - binary: the operator, at position `operatorAt`.
  ///   - right: the operand after it, which ends at the current token.
  ///   - joinedHead: the string `left` joined, or -1; updated to the
  ///     string `right` joined.
  mutating func noteLiteralPair(
    left: Operand, outer: BinaryOperator?, binary: BinaryOperator,
    operatorAt: Int, right: Operand, joinedHead: inout Int32
  ) {
    let isLeftWhole = outer.map { $0.precedence < binary.precedence } ?? true
    let following = binaryOperator()
    let isRightWhole =
      following.map { $0.precedence <= binary.precedence } ?? true
    let leftString = isLoneString(left, endingAt: operatorAt)
    let rightString = isLoneString(right, endingAt: position)
    let joinedBefore = joinedHead
    joinedHead = -1

    switch token(at: operatorAt).punctuator {
    case .plus:
      let isStringBefore =
        isLeftWhole || isPunctuator(.plus, at: Int(left.shape.first) - 1)
      guard leftString, rightString, isStringBefore, isRightWhole,
        !mayStartStatement(at: Int(left.shape.first))
      else { return }
      let head = joinedBefore >= 0 ? joinedBefore : order[operatorAt - 1]
      literals.joinedStrings.append(
        (head, order[operatorAt], order[operatorAt + 1]))
      joinedHead = head

    case .equalEqual, .equalEqualEqual, .notEqual, .notEqualEqual:
      guard isLeftWhole, isRightWhole else { return }
      let isEqual = token(at: operatorAt).punctuator == .equalEqual
        || token(at: operatorAt).punctuator == .equalEqualEqual
      if isTypeof(left), rightString, isUndefinedString(at: operatorAt + 1) {
        // typeof a === "undefined" ⇒ typeof a > "u"
        literals.undefinedTests.append(
          (order[operatorAt], isEqual ? .greater : .less, order[operatorAt + 1]))
      } else if leftString, isUndefinedString(at: operatorAt - 1),
        isTypeof(right)
      {
        // "undefined" === typeof a ⇒ "u" < typeof a
        literals.undefinedTests.append(
          (order[operatorAt], isEqual ? .less : .greater, order[operatorAt - 1]))
      }

    default:
      return
    }
  }

  /// A string literal alone, without parentheses, prefix or suffix.
  func isLoneString(_ operand: Operand, endingAt end: Int) -> Bool {
    operand.group < 0 && Int(operand.shape.first) == end - 1
      && token(at: end - 1).kind == .string
  }

  /// A `typeof` expression as a whole operand (`typeof a.b`, not
  /// `(typeof a)` nor `typeof a + b`, which the operators already rule
  /// out).
  func isTypeof(_ operand: Operand) -> Bool {
    operand.group < 0 && operand.shape.precedence == .unary
      && isKeyword(.typeof, at: Int(operand.shape.first))
  }

  /// The string literal at `position` is `"undefined"`, without escapes.
  func isUndefinedString(at position: Int) -> Bool {
    let token = token(at: position)
    guard token.end - token.start == 11 else { return false }
    return bytes[(token.start + 1)..<(token.end - 1)].elementsEqual(
      "undefined".utf8)
  }

  /// Could the expression at `position` begin a statement (and a string
  /// there be a directive)? After `{`, `;`, `}`, a line break or nothing.
  func mayStartStatement(at position: Int) -> Bool {
    guard position > 0, !token(at: position).hasNewlineBefore else {
      return true
    }
    let before = token(at: position - 1)
    return before.kind == .punctuator
      && (before.punctuator == .leftBrace || before.punctuator == .semicolon
        || before.punctuator == .rightBrace)
  }

  /// A lone `undefined` just read as a primary expression at `position`
  /// (the caller made sure no member access, call or template follows,
  /// and that it is not the operand of `new`). It reads as a unary
  /// expression from now on, so parentheses around it stay where
  /// `void 0` needs them.
  mutating func noteUndefinedRead(_ operand: inout Operand, at position: Int)
  {
    let token = token(at: position)
    guard token.kind == .identifier, !token.flags.contains(.hasEscape),
      token.end - token.start == 9, !isCurrent(.starStar),
      bytes[token.start..<token.end].elementsEqual("undefined".utf8)
    else { return }
    literals.undefinedReads.append((Int32(position), scope))
    operand.shape.precedence = .unary
    operand.inner = operand.shape
  }

  /// The `undefined` reads at or after `position` are not reads after
  /// all: they are (in) an assignment target, or the operand of
  /// `delete`, `++` or `--`.
  mutating func forgetUndefinedReads(from position: Int) {
    while let last = literals.undefinedReads.last,
      Int(last.position) >= position
    {
      literals.undefinedReads.removeLast()
    }
  }
}
