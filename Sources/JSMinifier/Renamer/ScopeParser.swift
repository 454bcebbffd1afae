import JSLexer

/// A recursive-descent pass over the tokens that learns only what
/// renaming needs: where scopes begin and end, which identifier tokens
/// declare a name, which use one, and which are property names.
///
/// It builds no syntax tree and checks little: it trusts that the lexer
/// accepted the source and that the source is a valid program, and reads
/// operators flat (every binary operator just joins two operands): roles
/// of identifiers do not depend on precedence. Precedence is needed only
/// to find parentheses the program can do without, which it learns from
/// the operators beside each group (ScopeParser+RedundantTokens.swift).
struct ScopeParser {
  let tokens: [Token]
  let bytes: UnsafeBufferPointer<UInt8>
  let goal: Goal
  /// Indices into `tokens` of the significant tokens (no comments), the
  /// end-of-file token last.
  let order: [Int32]
  /// For each position in `order` holding `(`, the position of its `)`.
  let closing: [Int32]

  var position = 0
  var tree = ScopeTree()
  var names: NameTable
  var scope: Int32 = 0
  var context = FunctionContext()
  /// Labels around the current statement: name and binding.
  var labels: [(name: Int32, binding: Int32)] = []
  /// Declarations of `export var/let/const/function/class` keep names.
  var isExportingDeclaration = false
  /// Token indices of parentheses the program does not need.
  var droppedTokens: [Int32] = []
  /// Token indices of braces around a body that can do without them
  /// (an `open` of -1: kept after all); `closeAsSemicolon` when the `}`
  /// is written as `;`.
  var droppedBraces:
    [(open: Int32, close: Int32, closeAsSemicolon: Bool)] = []
  /// Token indices of `var` keywords written as `,`: the statement
  /// joins the `var` statement before it.
  var joinedDeclarations: [Int32] = []
  /// Token indices of `;` written as `,`: the expression statements of
  /// a body join into one (ScopeParser+Braces.swift).
  var joinedStatements: [Int32] = []
  /// Scratch for `parseBlock`: the `;` between the expression
  /// statements of the blocks being read.
  var separators: [Int32] = []
  /// Where the statement of a statement list being read starts.
  var listItemPosition = -1
  /// Where the last statement of a list read ended, and whether it
  /// needed a `;` or line break to end (ScopeParser+Braces.swift).
  var lastListItem = (end: -1, needsTerminator: false)
  /// Token indices of string property keys to write without quotes.
  var unquotedKeys: [Int32] = []
  /// Token indices of `true` and `false` to write as `!0` and `!1`.
  var shortenedBooleans: [Int32] = []
  /// Shorter spellings of literals and their operators
  /// (ScopeParser+Literals.swift), as token indices.
  var literals = LiteralRewrites()
  /// Function declarations that may move to their only use
  /// (ScopeParser+Inlining.swift).
  var inlining = InliningCandidates()
  /// Name ids the parser tests for.
  let evalName: Int32
  let argumentsName: Int32

  /// What the enclosing function allows: `await` and `yield` operators.
  struct FunctionContext: Equatable {
    var isAsync = false
    var isGenerator = false
  }

  init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, goal: Goal) {
    self.tokens = tokens
    self.bytes = bytes
    self.goal = goal

    // Significant tokens, and the matching `)` of every `(`.
    var order: [Int32] = []
    order.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() where !token.kind.isComment {
      order.append(Int32(index))
    }
    if order.isEmpty || tokens[Int(order[order.count - 1])].kind != .endOfFile
    {
      order.append(Int32(tokens.count))
    }
    var closing = Array(repeating: Int32(-1), count: order.count)
    var open: [Int32] = []
    for position in order.indices where Int(order[position]) < tokens.count {
      let token = tokens[Int(order[position])]
      guard token.kind == .punctuator else { continue }
      if token.punctuator == .leftParen {
        open.append(Int32(position))
      } else if token.punctuator == .rightParen, let start = open.popLast() {
        closing[Int(start)] = Int32(position)
      }
    }
    self.order = order
    self.closing = closing

    var names = NameTable(expectedCount: tokens.count / 8)
    evalName = ScopeParser.intern("eval", in: &names)
    argumentsName = ScopeParser.intern("arguments", in: &names)
    self.names = names
  }

  /// Reads the whole program.
  mutating func parseProgram() throws {
    let isModule = goal == .module
    scope = tree.addScope(
      isModule ? .module : .global, parent: -1, strict: isModule)
    if isModule { context.isAsync = true }
    parseDirectives()
    var followsVar = false
    while current.kind != .endOfFile {
      _ = try parseListStatement(followsVar: &followsVar)
    }
  }

  // MARK: Tokens

  /// The end-of-file token stands in past the end of the array.
  static let endOfFile = Token(kind: .endOfFile, start: 0, end: 0)

  // The token helpers are inlined: called out of line from the mutating
  // parse methods, each call copied the whole parser first.
  @inline(__always)
  func token(at position: Int) -> Token {
    guard position < order.count else { return ScopeParser.endOfFile }
    let index = Int(order[position])
    return index < tokens.count ? tokens[index] : ScopeParser.endOfFile
  }

  var current: Token {
    @inline(__always) get { token(at: position) }
  }
  var next: Token {
    @inline(__always) get { token(at: position + 1) }
  }

  mutating func advance() { position += 1 }

  @inline(__always)
  func isPunctuator(_ punctuator: Punctuator, at position: Int) -> Bool {
    let token = token(at: position)
    return token.kind == .punctuator && token.punctuator == punctuator
  }

  @inline(__always)
  func isCurrent(_ punctuator: Punctuator) -> Bool {
    isPunctuator(punctuator, at: position)
  }

  /// True for the reserved word `keyword` (not an escaped spelling).
  @inline(__always)
  func isKeyword(_ keyword: Keyword, at position: Int) -> Bool {
    let token = token(at: position)
    return token.keyword == keyword && !token.flags.contains(.hasEscape)
  }

  @inline(__always)
  func isCurrent(_ keyword: Keyword) -> Bool {
    isKeyword(keyword, at: position)
  }

  mutating func eat(_ punctuator: Punctuator) -> Bool {
    guard isCurrent(punctuator) else { return false }
    position += 1
    return true
  }

  mutating func expect(_ punctuator: Punctuator) throws {
    guard eat(punctuator) else {
      throw RenamerError(
        .expected(punctuator.text, found: text(of: current)),
        at: current.start)
    }
  }

  func text(of token: Token) -> String {
    guard token.kind != .endOfFile else { return "" }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]),
      as: UTF8.self)
  }

  func unexpected() -> RenamerError {
    RenamerError(.unexpected(text(of: current)), at: current.start)
  }

  /// `(`...`)` at `position` is followed by `=>`: arrow parameters.
  func isArrowParameters(at position: Int) -> Bool {
    let end = closing[position]
    return end >= 0 && isPunctuator(.arrow, at: Int(end) + 1)
  }

  /// Tokens that can begin an expression (for `yield` without operand).
  func canStartExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .numeric, .string, .regularExpression,
      .noSubstitutionTemplate, .templateHead, .privateName:
      return true
    case .keyword:
      switch token.keyword {
      case .this, .function, .class, .new, .typeof, .void, .delete, .null,
        .true, .false, .super, .import:
        return true
      default: return false
      }
    case .punctuator:
      switch token.punctuator {
      case .leftParen, .leftBracket, .leftBrace, .plus, .minus, .bang,
        .tilde, .plusPlus, .minusMinus:
        return true
      default: return false
      }
    default: return false
    }
  }

  // MARK: Names

  /// The name id of the identifier token at `position`.
  mutating func nameID(at position: Int) -> Int32 {
    let token = current(at: position)
    if token.flags.contains(.hasEscape) {
      return ScopeParser.intern(
        IdentifierEscapes.decode(text(of: token)), in: &names)
    }
    return names.id(
      of: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
  }

  private func current(at position: Int) -> Token { token(at: position) }

  static func intern(_ name: String, in names: inout NameTable) -> Int32 {
    var utf8 = Array(name.utf8)
    return utf8.withUnsafeMutableBufferPointer { names.id(of: .init($0)) }
  }

  // MARK: Scopes

  mutating func pushScope(_ kind: Scope.Kind, strict: Bool? = nil) {
    let isStrict = strict ?? tree.scopes[Int(scope)].isStrict
    scope = tree.addScope(kind, parent: scope, strict: isStrict)
  }

  mutating func popScope() {
    scope = tree.scopes[Int(scope)].parent
  }

  var isStrict: Bool { tree.scopes[Int(scope)].isStrict }

  /// Reads a directive prologue; `"use strict"` makes the scope strict.
  mutating func parseDirectives() {
    var lookahead = position
    while token(at: lookahead).kind == .string {
      let text = text(of: token(at: lookahead))
      if text == "'use strict'" || text == "\"use strict\"" {
        tree.scopes[Int(scope)].isStrict = true
      }
      lookahead += 1
      let after = token(at: lookahead)
      if after.kind == .punctuator, after.punctuator == .semicolon {
        lookahead += 1
      } else if !(after.hasNewlineBefore
        || (after.kind == .punctuator && after.punctuator == .rightBrace)
        || after.kind == .endOfFile)
      {
        return
      }
    }
  }

  // MARK: Recording names

  /// How a binding token declares its name.
  enum DeclarationKind {
    case `var`, lexical, parameter, catchParameter, function
  }

  /// The identifier at `position` declares a name in the current scope.
  mutating func declare(
    at position: Int, _ kind: DeclarationKind,
    form: Binding.Form = .plain
  ) {
    let name = nameID(at: position)
    let binding: Int32
    switch kind {
    case .var:
      binding = tree.declareVar(name, from: scope)
    case .lexical:
      binding = tree.declare(name, in: scope, lexical: true)
    case .parameter, .catchParameter:
      binding = tree.declare(name, in: scope, lexical: false)
    case .function:
      if tree.scopes[Int(scope)].isVarTarget {
        binding = tree.declareVar(name, from: scope)
      } else {
        binding = tree.declareBlockFunction(name, in: scope)
      }
    }
    record(binding, at: position, form: form)
  }

  mutating func record(
    _ binding: Int32, at position: Int, form: Binding.Form
  ) {
    if isExportingDeclaration, tree.representative(of: binding) >= 0,
      tree.scopes[Int(tree.bindings[Int(binding)].scope)].kind == .module
    {
      tree.bindings[Int(binding)].isFixed = true
    }
    tree.occurrences.append(
      Occurrence(
        token: order[position], binding: binding, scope: scope, form: form))
  }

  /// The identifier at `position` uses a name.
  mutating func reference(at position: Int, form: Binding.Form = .plain) {
    let name = nameID(at: position)
    if name == evalName, isPunctuator(.leftParen, at: position + 1) {
      tree.scopes[Int(scope)].hasDirectEval = true
    }
    tree.references.append(
      Reference(token: order[position], name: name, scope: scope, form: form))
    noteInliningContext(ofUseAt: position)
  }
}
