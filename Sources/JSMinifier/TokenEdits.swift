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

  /// The token at `index` is not written.
  mutating func drop(token index: Int) {
    textIndex[index] = Self.drop
    hasDrops = true
  }

  @inline(__always)
  func isDropped(_ index: Int) -> Bool {
    hasDrops && index < textIndex.count && textIndex[index] == Self.drop
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
