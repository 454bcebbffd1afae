/// The new text of renamed tokens, by token index: a dense table the
/// printer reads with one array access per token, no hashing and no
/// `String` per token.
struct RenamedTokens {
  /// Per token: an index into `texts`, or -1 when it keeps its text.
  private(set) var textIndex: [Int32]
  /// The distinct new texts, as UTF-8.
  private(set) var texts: [[UInt8]] = []

  init(tokenCount: Int) {
    textIndex = Array(repeating: -1, count: tokenCount)
  }

  /// From the public form: new text keyed by token index.
  init(tokenCount: Int, _ dictionary: [Int: String]) {
    self.init(tokenCount: tokenCount)
    for (token, text) in dictionary where token >= 0 && token < tokenCount {
      textIndex[token] = add(Array(text.utf8))
    }
  }

  var isEmpty: Bool { texts.isEmpty }

  /// Stores a new text and returns its index for `setText`.
  mutating func add(_ text: [UInt8]) -> Int32 {
    texts.append(text)
    return Int32(texts.count - 1)
  }

  mutating func setText(_ textIndex: Int32, forToken token: Int) {
    self.textIndex[token] = textIndex
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
