import JSLexer

/// What must stand between two tokens written next to each other.
enum SeparatorRules {
  // MARK: Line breaks (automatic semicolon insertion)

  /// Must the line break between `previous` and `next` be kept? Only
  /// asked when the source had one.
  ///
  ///     a = b\nc      ⇒ a=b\nc      (a semicolon was inserted)
  ///     a = \n b      ⇒ a=b         (`=` cannot end a statement)
  ///     a\n.b()       ⇒ a.b()       (`.` cannot start one)
  ///     return\nx     ⇒ return\nx   (restricted production)
  ///     if (a) {}\nb  ⇒ if(a){}b    (a block needs no semicolon)
  static func needsLineBreak(_ previous: Token, _ next: Token) -> Bool {
    guard canEndStatement(previous) else { return false }
    return canStartStatement(next)
  }

  /// Can a statement (so an automatic semicolon) end after `token`?
  static func canEndStatement(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .privateName, .numeric, .string, .regularExpression,
      .noSubstitutionTemplate, .templateTail:
      return true
    case .keyword:
      // Property names and class members: `a.if`, `class { in }`.
      if token.flags.contains(.isPropertyName)
        || token.flags.contains(.inClassBody)
      {
        return true
      }
      switch token.keyword {
      case .this, .null, .true, .false, .super, .debugger, .break, .continue,
        .return, .throw:
        return true
      default:
        return false
      }
    case .punctuator:
      switch token.punctuator {
      case .rightParen, .rightBrace:
        // `if (a)\nb`, `{}\nb`: a statement follows anyway.
        return !token.flags.contains(.isFollowedByStatement)
      case .rightBracket:
        return true
      case .plusPlus, .minusMinus:
        // Postfix `a++\nb` ends; prefix `++\nb` does not.
        return !token.flags.contains(.expressionAllowedBefore)
      default:
        return false
      }
    default:
      return false
    }
  }

  /// Can `token` start a statement, or a class member? If it cannot, no
  /// semicolon was inserted before it.
  static func canStartStatement(_ token: Token) -> Bool {
    if token.flags.contains(.inClassBody) {
      // `a\n*b(){}`, `a\n[b]`, `a\nin` are new members in a class body.
      switch token.punctuator {
      case .rightBrace, .semicolon, .equal: return false
      default: return true
      }
    }
    switch token.kind {
    case .punctuator:
      switch token.punctuator {
      case .rightParen, .rightBracket, .rightBrace, .semicolon, .comma, .dot,
        .questionDot, .question, .colon, .equal, .plusEqual, .minusEqual,
        .starEqual, .percentEqual, .starStarEqual, .shiftLeftEqual,
        .shiftRightEqual, .shiftRightUnsignedEqual, .ampersandEqual, .barEqual,
        .caretEqual, .ampersandAmpersandEqual, .barBarEqual,
        .questionQuestionEqual, .equalEqual, .notEqual, .equalEqualEqual,
        .notEqualEqual, .less, .greater, .lessEqual, .greaterEqual, .shiftLeft,
        .shiftRight, .shiftRightUnsigned, .star, .starStar, .percent,
        .ampersand, .bar, .caret, .ampersandAmpersand, .barBar,
        .questionQuestion, .slash, .slashEqual:
        return false
      default:
        // `(`, `[`, `{`, `+`, `-`, `!`, `~`, `++`, `--`, `...`, `=>`.
        return true
      }
    case .keyword:
      switch token.keyword {
      case .in, .instanceof, .extends: return token.flags.contains(.isPropertyName)
      default: return true
      }
    case .templateMiddle, .templateTail:
      return false
    default:
      return true
    }
  }

  // MARK: Spaces (token fusion)

  /// Must a space separate `left` (the last bytes written) from `right`
  /// (the next token's text) so that they lex back as two tokens and
  /// spell no HTML comment or `</script`?
  ///
  ///     a in b    ⇒ a in b     1 .x     ⇒ 1 .x
  ///     a - -b    ⇒ a- -b      a + ++b  ⇒ a+ ++b
  ///     a / /r/   ⇒ a/ /r/     x-- > 0  ⇒ x-- >0
  ///     a < !--b  ⇒ a< !--b    /r/ in x ⇒ /r/ in x
  static func needsSpace(
    after left: Token, _ leftText: UnsafeBufferPointer<UInt8>,
    before right: Token, _ rightText: ArraySlice<UInt8>
  ) -> Bool {
    guard let last = leftText.last, let first = rightText.first else {
      return false
    }

    // Words, numbers and regular expression flags run together.
    let leftIsWordy = isWordByte(last) || left.kind == .regularExpression
    if leftIsWordy && (isWordByte(first) || first == UInt8(ascii: "\\")) {
      return true
    }

    // `1 .x`: a decimal integer would swallow the dot.
    if left.kind == .numeric, first == UInt8(ascii: "."),
      leftText.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    {
      return true
    }

    guard left.kind == .punctuator else { return false }
    switch left.punctuator {
    case .plus, .plusPlus:
      return first == UInt8(ascii: "+")
    case .minus:
      return first == UInt8(ascii: "-")
    case .minusMinus:
      // `a-- >b` would spell `-->`.
      return first == UInt8(ascii: "-") || first == UInt8(ascii: ">")
    case .slash, .slashEqual:
      // `a/ /r/` is not a comment.
      return first == UInt8(ascii: "/") || first == UInt8(ascii: "*")
    case .dot:
      // `a. 0` (not a program, but still lexed) is not the number `.0`.
      return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    case .less:
      // `a< !--b` is not `<!--`; `a< /script/` is not `</script`.
      if first == UInt8(ascii: "!") || first == UInt8(ascii: "/") { return true }
    default:
      break
    }

    // Two punctuators: the left one must still be the longest match.
    // Brackets, `;`, `,`, `:` and `~` never start a longer punctuator.
    guard right.kind == .punctuator else { return false }
    if leftText.count == 1 {
      switch last {
      case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: ":"),
        UInt8(ascii: "~"):
        return false
      default:
        break
      }
    }
    return punctuatorsFuse(leftText, rightText)
  }

  /// Would `right` written after `left` lex as a longer punctuator? Both
  /// texts are joined in a small stack buffer (a punctuator has at most
  /// four bytes), with no allocation; kept out of line, since few pairs
  /// get here, so that `needsSpace` stays small.
  @inline(never)
  static func punctuatorsFuse(
    _ leftText: UnsafeBufferPointer<UInt8>, _ rightText: ArraySlice<UInt8>
  ) -> Bool {
    let leftCount = leftText.count
    let rightCount = min(rightText.count, 3)
    return withUnsafeTemporaryAllocation(
      of: UInt8.self, capacity: leftCount + rightCount
    ) { joined in
      var at = 0
      for byte in leftText {
        joined[at] = byte
        at += 1
      }
      for byte in rightText.prefix(rightCount) {
        joined[at] = byte
        at += 1
      }
      let (_, length) = Punctuator.scan(UnsafeBufferPointer(joined), at: 0)
      return length != leftCount
    }
  }

  /// Letters, digits, `$`, `_` and every non-ASCII byte: bit `b` of the
  /// two masks is set when ASCII byte `b` (or `64 + b`) is one of them.
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    let below64: UInt64 = 0x03FF_0010_0000_0000  // `$`, `0`-`9`
    let from64: UInt64 = 0x07FF_FFFE_87FF_FFFE  // `A`-`Z`, `_`, `a`-`z`
    if byte >= 0x80 { return true }
    let mask = byte < 64 ? below64 : from64
    return (mask >> UInt64(byte & 63)) & 1 != 0
  }
}
