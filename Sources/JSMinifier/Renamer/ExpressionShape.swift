import JSLexer

/// What the parentheses around an expression depend on: how loosely its
/// outermost operator binds, and which token it starts with.
///
/// `ScopeParser` computes one for every expression it reads, so that a
/// parenthesized expression can lose its parentheses where the operator
/// next to it binds less tightly than anything inside:
///
///     x = (a * b) + c     ⇒ x=a*b+c
///     while ((n = n.next)) ⇒ while(n=n.next)
///     (a + b) * c         stays
struct ExpressionShape {
  /// The loosest operator outside any kept parentheses.
  var precedence: Precedence
  /// Position (in the parser's significant tokens) of the first token
  /// that will be written: inside an unwrapped group, its first token.
  var first: Int32
  var flags: Flags = []

  struct Flags: OptionSet {
    let rawValue: UInt8
    /// An `in` operator: never unwrapped, for `for (x = (a in b);;)`.
    static let hasIn = Flags(rawValue: 1)
    /// `||` or `&&`, which may not be mixed with `??` without parentheses.
    static let hasLogical = Flags(rawValue: 2)
    static let hasCoalesce = Flags(rawValue: 4)
    /// A compound assignment (`+=`, `||=`...) at the top level.
    static let hasCompoundAssignment = Flags(rawValue: 8)
  }
}

/// How tightly an expression binds (ECMA-262 §13, loosest first). A
/// parenthesized expression may stand without its parentheses where its
/// precedence is at least what its place requires.
struct Precedence: Comparable {
  let rank: UInt8

  static let sequence = Precedence(rank: 0)
  /// `=` and friends, arrows, `yield`, spread.
  static let assignment = Precedence(rank: 1)
  static let conditional = Precedence(rank: 2)
  /// `||` and `??`.
  static let logicalOr = Precedence(rank: 3)
  static let logicalAnd = Precedence(rank: 4)
  static let bitwiseOr = Precedence(rank: 5)
  static let bitwiseXor = Precedence(rank: 6)
  static let bitwiseAnd = Precedence(rank: 7)
  static let equality = Precedence(rank: 8)
  static let relational = Precedence(rank: 9)
  static let shift = Precedence(rank: 10)
  static let additive = Precedence(rank: 11)
  static let multiplicative = Precedence(rank: 12)
  static let exponent = Precedence(rank: 13)
  static let unary = Precedence(rank: 14)
  static let postfix = Precedence(rank: 15)
  /// `new a` without arguments, or an optional chain `a?.b`: these may
  /// not be the object of a member access or call without parentheses.
  static let newOrOptionalChain = Precedence(rank: 16)
  /// A member access or call: `a.b`, `a()`, `` a`t` ``.
  static let call = Precedence(rank: 17)
  static let primary = Precedence(rank: 18)

  static func < (left: Precedence, right: Precedence) -> Bool {
    left.rank < right.rank
  }
}

/// A binary, assignment or conditional operator between two operands.
struct BinaryOperator {
  let precedence: Precedence
  let kind: Kind

  enum Kind {
    case leftAssociative
    /// `**`: `a ** b ** c` is `a ** (b ** c)`, and a unary operand on its
    /// left needs parentheses: `(-a) ** b`.
    case exponent
    /// Needs a reference on its left: `(a) = 1`, never `(a + b) = 1`.
    case assignment
    /// `?`: the test on its left; `(a ? b : c) ? d : e` keeps its
    /// parentheses.
    case conditionalTest
    /// `:`: its right is any assignment expression.
    case conditionalAlternative
    case logical
    case coalesce
    /// `in`, left-associative; see `ExpressionShape.Flags.hasIn`.
    case `in`
  }

  var isRightAssociative: Bool {
    switch kind {
    case .exponent, .assignment, .conditionalTest, .conditionalAlternative:
      return true
    default:
      return false
    }
  }

  static let conditionalTest = BinaryOperator(
    precedence: .conditional, kind: .conditionalTest)
  static let conditionalAlternative = BinaryOperator(
    precedence: .assignment, kind: .conditionalAlternative)

  /// The operator a token spells, if it is a binary or assignment one.
  /// (`in` and `instanceof` are keywords: see `relational`.)
  init?(_ punctuator: Punctuator) {
    switch punctuator {
    case .barBar: self.init(precedence: .logicalOr, kind: .logical)
    case .questionQuestion: self.init(precedence: .logicalOr, kind: .coalesce)
    case .ampersandAmpersand: self.init(precedence: .logicalAnd, kind: .logical)
    case .bar: self.init(precedence: .bitwiseOr, kind: .leftAssociative)
    case .caret: self.init(precedence: .bitwiseXor, kind: .leftAssociative)
    case .ampersand: self.init(precedence: .bitwiseAnd, kind: .leftAssociative)
    case .equalEqual, .notEqual, .equalEqualEqual, .notEqualEqual:
      self.init(precedence: .equality, kind: .leftAssociative)
    case .less, .greater, .lessEqual, .greaterEqual:
      self.init(precedence: .relational, kind: .leftAssociative)
    case .shiftLeft, .shiftRight, .shiftRightUnsigned:
      self.init(precedence: .shift, kind: .leftAssociative)
    case .plus, .minus:
      self.init(precedence: .additive, kind: .leftAssociative)
    case .star, .slash, .percent:
      self.init(precedence: .multiplicative, kind: .leftAssociative)
    case .starStar: self.init(precedence: .exponent, kind: .exponent)
    case .equal, .plusEqual, .minusEqual, .starEqual, .percentEqual,
      .starStarEqual, .shiftLeftEqual, .shiftRightEqual,
      .shiftRightUnsignedEqual, .ampersandEqual, .barEqual, .caretEqual,
      .ampersandAmpersandEqual, .barBarEqual, .questionQuestionEqual,
      .slashEqual:
      self.init(precedence: .assignment, kind: .assignment)
    default:
      return nil
    }
  }

  init(precedence: Precedence, kind: Kind) {
    self.precedence = precedence
    self.kind = kind
  }

  /// `instanceof`, and `in`.
  static let relational = BinaryOperator(
    precedence: .relational, kind: .leftAssociative)
  static let relationalIn = BinaryOperator(precedence: .relational, kind: .in)

  /// Can an operand of this shape stand on the operator's right without
  /// parentheses? `a - (b - c)` cannot, `a = (b = c)` can.
  func acceptsOnRight(_ operand: ExpressionShape) -> Bool {
    if operand.precedence < precedence { return false }
    if operand.precedence == precedence, !isRightAssociative { return false }
    return mixes(with: operand)
  }

  /// Can an operand of this shape stand on the operator's left without
  /// parentheses? `(a * b) + c` can, `(a = b) + c` cannot.
  func acceptsOnLeft(_ operand: ExpressionShape) -> Bool {
    switch kind {
    case .assignment:
      return operand.precedence >= .call
    case .exponent:
      if operand.precedence < .postfix { return false }
    default:
      break
    }
    if operand.precedence < precedence { return false }
    if operand.precedence == precedence, isRightAssociative { return false }
    return mixes(with: operand)
  }

  /// `??` may not meet `||` or `&&` without parentheses (§13.13).
  private func mixes(with operand: ExpressionShape) -> Bool {
    switch kind {
    case .coalesce: return !operand.flags.contains(.hasLogical)
    case .logical: return !operand.flags.contains(.hasCoalesce)
    default: return true
    }
  }

  /// What this operator adds to the shape of the expression it is in.
  var flags: ExpressionShape.Flags {
    switch kind {
    case .logical: return .hasLogical
    case .coalesce: return .hasCoalesce
    case .in: return .hasIn
    default: return []
    }
  }
}
