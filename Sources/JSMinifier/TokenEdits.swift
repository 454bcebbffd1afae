import JSLexer

/// What the renamer changes in the token stream: the new text of renamed
/// tokens, the tokens to leave out (parentheses and braces the program
/// does not need), and punctuators written as others (`}` as `;`, `var`
/// and `;` as `,`, `[` as `.`, `===` as `<`). A dense table by token
/// index: the printer reads it with one array access per token, no
/// hashing and no `String` per token.
struct TokenEdits {
  /// Per token: an index into `texts`, `keep`, `drop`, or the punctuator
  /// written instead (`firstPunctuator` minus its raw value).
  private(set) var textIndex: [Int32]
  /// The distinct new texts, as UTF-8.
  private(set) var texts: [[UInt8]] = []
  private(set) var hasDrops = false

  private static let keep: Int32 = -1
  private static let drop: Int32 = -2
  private static let firstPunctuator: Int32 = -3

  init(tokenCount: Int) {
    textIndex = Array(repeating: Self.keep, count: tokenCount)
  }

  /// From the public form: new text keyed by token index.
  init(tokenCount: Int, _ dictionary: [Int: String]) {
    self.init(tokenCount: tokenCount)
    for (token, text) in dictionary where token >= 0 && token < tokenCount {
      textIndex[token] = add(Array(text.utf8))
    }
  }

  var hasTexts: Bool { !texts.isEmpty }

  /// Stores a new text and returns its index for `setText`.
  mutating func add(_ text: [UInt8]) -> Int32 {
    texts.append(text)
    return Int32(texts.count - 1)
  }

  mutating func setText(_ textIndex: Int32, forToken token: Int) {
    self.textIndex[token] = textIndex
  }

  /// Function declarations written at their only use: by the use's
  /// token, the declaration's tokens.
  private(set) var inlined: [Int32: ClosedRange<Int>] = [:]
  /// Per token, once a declaration moves: the first token of the
  /// innermost moved declaration holding it, or -1.
  private(set) var movedWith: [Int32] = []
  /// Per token, once a declaration moves: a declaration is written here.
  private var isInlinedUse: [Bool] = []

  /// The token at `index` is not written.
  mutating func drop(token index: Int) {
    textIndex[index] = Self.drop
    hasDrops = true
  }

  /// The function declaration `declaration` is written in place of the
  /// name at `use` (and not where it stands).
  mutating func move(_ declaration: ClosedRange<Int>, toUse use: Int) {
    if movedWith.isEmpty {
      movedWith = Array(repeating: -1, count: textIndex.count)
      isInlinedUse = Array(repeating: false, count: textIndex.count)
    }
    let first = Int32(declaration.lowerBound)
    for index in declaration { movedWith[index] = max(movedWith[index], first) }
    inlined[Int32(use)] = declaration
    isInlinedUse[use] = true
    hasDrops = true
  }

  /// Is the token at `index` left out? Tokens of a moved declaration are,
  /// except while that declaration is written at its use (`printing`:
  /// its first token, or -1).
  @inline(__always)
  func isDropped(_ index: Int, printing declaration: Int32 = -1) -> Bool {
    guard hasDrops, index < textIndex.count else { return false }
    return textIndex[index] == Self.drop
      || isMoved(index, printing: declaration)
  }

  /// Does the token at `index` belong to a declaration written elsewhere
  /// than where the printer is (`printing`, as for `isDropped`)?
  @inline(__always)
  func isMoved(_ index: Int, printing declaration: Int32 = -1) -> Bool {
    !movedWith.isEmpty && movedWith[index] >= 0
      && movedWith[index] != declaration
  }

  /// The function declaration to write in place of the token at `index`.
  @inline(__always)
  func declaration(inlinedAt index: Int) -> ClosedRange<Int>? {
    guard !isInlinedUse.isEmpty, isInlinedUse[index] else { return nil }
    return inlined[Int32(index)]
  }

  /// The token at `index` is written as `punctuator`: a `}` that ended
  /// the statement inside dropped braces (`while(a){b()}c()` ⇒
  /// `while(a)b();c()`), a `var` joining the one before
  /// (`var a;var b` ⇒ `var a,b`), a `;` between expression statements
  /// of a body (`if(a){b();c()}` ⇒ `if(a)b(),c();`), the `[` of
  /// `a["b"]` ⇒ `a.b`, the `===` of `typeof a==="undefined"` ⇒
  /// `typeof a>"u"`.
  mutating func write(_ punctuator: Punctuator, forToken index: Int) {
    precondition(punctuator != .none)
    textIndex[index] = Self.firstPunctuator - Int32(punctuator.rawValue)
    hasDrops = true
  }

  /// The punctuator written instead of the token at `index`, if any.
  @inline(__always)
  func punctuator(writtenFor index: Int) -> Punctuator? {
    guard hasDrops, index < textIndex.count else { return nil }
    let slot = textIndex[index]
    guard slot <= Self.firstPunctuator else { return nil }
    return Punctuator(rawValue: UInt8(Self.firstPunctuator - slot))
  }

  /// The new text of the token at `index`, if it changes.
  @inline(__always)
  func text(ofToken index: Int) -> [UInt8]? {
    guard index < textIndex.count else { return nil }
    let slot = textIndex[index]
    return slot < 0 ? nil : texts[Int(slot)]
  }

  /// The public form: new text keyed by token index.
  var dictionary: [Int: String] {
    var result: [Int: String] = [:]
    for (token, slot) in textIndex.enumerated() where slot >= 0 {
      result[token] = String(decoding: texts[Int(slot)], as: UTF8.self)
    }
    return result
  }
}
