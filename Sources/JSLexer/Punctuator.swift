/// Every punctuator of ECMA-262 §12.8, plus `none` for other tokens.
public enum Punctuator: UInt8, Sendable, CaseIterable {
  case none
  case leftBrace, rightBrace, leftParen, rightParen, leftBracket, rightBracket
  case dot, ellipsis, semicolon, comma
  case less, greater, lessEqual, greaterEqual
  case equalEqual, notEqual, equalEqualEqual, notEqualEqual
  case plus, minus, star, percent, starStar
  case plusPlus, minusMinus
  case shiftLeft, shiftRight, shiftRightUnsigned
  case ampersand, bar, caret, bang, tilde
  case ampersandAmpersand, barBar, questionQuestion
  case question, questionDot, colon
  case equal, plusEqual, minusEqual, starEqual, percentEqual, starStarEqual
  case shiftLeftEqual, shiftRightEqual, shiftRightUnsignedEqual
  case ampersandEqual, barEqual, caretEqual
  case ampersandAmpersandEqual, barBarEqual, questionQuestionEqual
  case arrow
  case slash, slashEqual

  /// The punctuator as written.
  public var text: String {
    switch self {
    case .none: ""
    case .leftBrace: "{"
    case .rightBrace: "}"
    case .leftParen: "("
    case .rightParen: ")"
    case .leftBracket: "["
    case .rightBracket: "]"
    case .dot: "."
    case .ellipsis: "..."
    case .semicolon: ";"
    case .comma: ","
    case .less: "<"
    case .greater: ">"
    case .lessEqual: "<="
    case .greaterEqual: ">="
    case .equalEqual: "=="
    case .notEqual: "!="
    case .equalEqualEqual: "==="
    case .notEqualEqual: "!=="
    case .plus: "+"
    case .minus: "-"
    case .star: "*"
    case .percent: "%"
    case .starStar: "**"
    case .plusPlus: "++"
    case .minusMinus: "--"
    case .shiftLeft: "<<"
    case .shiftRight: ">>"
    case .shiftRightUnsigned: ">>>"
    case .ampersand: "&"
    case .bar: "|"
    case .caret: "^"
    case .bang: "!"
    case .tilde: "~"
    case .ampersandAmpersand: "&&"
    case .barBar: "||"
    case .questionQuestion: "??"
    case .question: "?"
    case .questionDot: "?."
    case .colon: ":"
    case .equal: "="
    case .plusEqual: "+="
    case .minusEqual: "-="
    case .starEqual: "*="
    case .percentEqual: "%="
    case .starStarEqual: "**="
    case .shiftLeftEqual: "<<="
    case .shiftRightEqual: ">>="
    case .shiftRightUnsignedEqual: ">>>="
    case .ampersandEqual: "&="
    case .barEqual: "|="
    case .caretEqual: "^="
    case .ampersandAmpersandEqual: "&&="
    case .barBarEqual: "||="
    case .questionQuestionEqual: "??="
    case .arrow: "=>"
    case .slash: "/"
    case .slashEqual: "/="
    }
  }

  /// The longest punctuator at `index` in `bytes` and its length, or
  /// `(.none, 0)`. `/` and `/=` are included; the caller decides whether a
  /// `/` starts a regular expression or a comment instead.
  public static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (Punctuator, Int) {
    let count = bytes.count
    @inline(__always) func at(_ offset: Int) -> UInt8 {
      index + offset < count ? bytes[index + offset] : 0
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return (.leftBrace, 1)
    case UInt8(ascii: "}"): return (.rightBrace, 1)
    case UInt8(ascii: "("): return (.leftParen, 1)
    case UInt8(ascii: ")"): return (.rightParen, 1)
    case UInt8(ascii: "["): return (.leftBracket, 1)
    case UInt8(ascii: "]"): return (.rightBracket, 1)
    case UInt8(ascii: ";"): return (.semicolon, 1)
    case UInt8(ascii: ","): return (.comma, 1)
    case UInt8(ascii: ":"): return (.colon, 1)
    case UInt8(ascii: "~"): return (.tilde, 1)
    case UInt8(ascii: "."):
      if at(1) == UInt8(ascii: "."), at(2) == UInt8(ascii: ".") {
        return (.ellipsis, 3)
      }
      return (.dot, 1)
    case UInt8(ascii: "<"):
      if at(1) == UInt8(ascii: "<") {
        return at(2) == UInt8(ascii: "=") ? (.shiftLeftEqual, 3) : (.shiftLeft, 2)
      }
      return at(1) == UInt8(ascii: "=") ? (.lessEqual, 2) : (.less, 1)
    case UInt8(ascii: ">"):
      if at(1) == UInt8(ascii: ">") {
        if at(2) == UInt8(ascii: ">") {
          return at(3) == UInt8(ascii: "=")
            ? (.shiftRightUnsignedEqual, 4) : (.shiftRightUnsigned, 3)
        }
        return at(2) == UInt8(ascii: "=")
          ? (.shiftRightEqual, 3) : (.shiftRight, 2)
      }
      return at(1) == UInt8(ascii: "=") ? (.greaterEqual, 2) : (.greater, 1)
    case UInt8(ascii: "="):
      if at(1) == UInt8(ascii: "=") {
        return at(2) == UInt8(ascii: "=")
          ? (.equalEqualEqual, 3) : (.equalEqual, 2)
      }
      return at(1) == UInt8(ascii: ">") ? (.arrow, 2) : (.equal, 1)
    case UInt8(ascii: "!"):
      if at(1) == UInt8(ascii: "=") {
        return at(2) == UInt8(ascii: "=") ? (.notEqualEqual, 3) : (.notEqual, 2)
      }
      return (.bang, 1)
    case UInt8(ascii: "+"):
      if at(1) == UInt8(ascii: "+") { return (.plusPlus, 2) }
      return at(1) == UInt8(ascii: "=") ? (.plusEqual, 2) : (.plus, 1)
    case UInt8(ascii: "-"):
      if at(1) == UInt8(ascii: "-") { return (.minusMinus, 2) }
      return at(1) == UInt8(ascii: "=") ? (.minusEqual, 2) : (.minus, 1)
    case UInt8(ascii: "*"):
      if at(1) == UInt8(ascii: "*") {
        return at(2) == UInt8(ascii: "=") ? (.starStarEqual, 3) : (.starStar, 2)
      }
      return at(1) == UInt8(ascii: "=") ? (.starEqual, 2) : (.star, 1)
    case UInt8(ascii: "%"):
      return at(1) == UInt8(ascii: "=") ? (.percentEqual, 2) : (.percent, 1)
    case UInt8(ascii: "&"):
      if at(1) == UInt8(ascii: "&") {
        return at(2) == UInt8(ascii: "=")
          ? (.ampersandAmpersandEqual, 3) : (.ampersandAmpersand, 2)
      }
      return at(1) == UInt8(ascii: "=") ? (.ampersandEqual, 2) : (.ampersand, 1)
    case UInt8(ascii: "|"):
      if at(1) == UInt8(ascii: "|") {
        return at(2) == UInt8(ascii: "=") ? (.barBarEqual, 3) : (.barBar, 2)
      }
      return at(1) == UInt8(ascii: "=") ? (.barEqual, 2) : (.bar, 1)
    case UInt8(ascii: "^"):
      return at(1) == UInt8(ascii: "=") ? (.caretEqual, 2) : (.caret, 1)
    case UInt8(ascii: "?"):
      if at(1) == UInt8(ascii: "?") {
        return at(2) == UInt8(ascii: "=")
          ? (.questionQuestionEqual, 3) : (.questionQuestion, 2)
      }
      // `?.5` is `?` then `.5` (ECMA-262 §12.8: `?.` [lookahead ∉ digit]).
      if at(1) == UInt8(ascii: "."),
        !(at(2) >= UInt8(ascii: "0") && at(2) <= UInt8(ascii: "9"))
      {
        return (.questionDot, 2)
      }
      return (.question, 1)
    case UInt8(ascii: "/"):
      return at(1) == UInt8(ascii: "=") ? (.slashEqual, 2) : (.slash, 1)
    default:
      return (.none, 0)
    }
  }
}
