/// What a token is, by the lexical grammar of ECMA-262 §12.
public enum TokenKind: UInt8, Sendable {
  /// An IdentifierName that is not a reserved word (including contextual
  /// words such as `let`, `async`, `of`, `yield`; see `Token.keyword`).
  case identifier
  /// A reserved word (`if`, `this`, `null`, ...), unless written with
  /// escapes. A reserved word after `.` is still a keyword token.
  case keyword
  /// `#name`.
  case privateName
  /// Any punctuator; which one is in `Token.punctuator`.
  case punctuator
  /// Numeric literal, BigInt literals included (they end in `n`).
  case numeric
  case string
  /// `` `text` `` with no substitution.
  case noSubstitutionTemplate
  /// `` `text${ ``
  case templateHead
  /// `}text${`
  case templateMiddle
  /// `` }text` ``
  case templateTail
  case regularExpression
  /// `// text`, without its line terminator.
  case lineComment
  /// `/* text */`.
  case blockComment
  /// `<!-- text` (scripts only, Annex B.1.1).
  case htmlOpenComment
  /// `--> text` at the start of a line (scripts only, Annex B.1.1).
  case htmlCloseComment
  /// `#!text` at the very start of the source.
  case hashbang
  case endOfFile

  /// Comments, the hashbang included: tokens the grammar ignores.
  public var isComment: Bool {
    switch self {
    case .lineComment, .blockComment, .htmlOpenComment, .htmlCloseComment,
      .hashbang:
      return true
    default: return false
    }
  }

  /// Tokens that start or continue a template literal.
  public var isTemplate: Bool {
    switch self {
    case .noSubstitutionTemplate, .templateHead, .templateMiddle,
      .templateTail:
      return true
    default: return false
    }
  }
}
