/// Reserved words (ECMA-262 §12.7.2) and the contextual words the lexer
/// and minifier care about. `Token.kind` tells which of them are reserved.
public enum Keyword: UInt8, Sendable, CaseIterable {
  case none
  // Reserved words: always `.keyword` tokens (unless escaped).
  case `break`, `case`, `catch`, `class`, `const`, `continue`, `debugger`
  case `default`, `delete`, `do`, `else`, `enum`, `export`, `extends`
  case `false`, `finally`, `for`, `function`, `if`, `import`, `in`
  case `instanceof`, `new`, `null`, `return`, `super`, `switch`, `this`
  case `throw`, `true`, `try`, `typeof`, `var`, `void`, `while`, `with`
  // Contextual words: `.identifier` tokens.
  case `as`, `async`, `await`, `from`, `get`, `let`, `of`, `set`, `static`
  case `yield`, `implements`, `interface`, `package`, `private`
  case `protected`, `public`

  /// True for words that are `.keyword` tokens. `enum` and the strict-mode
  /// reserved words are left as identifiers, like acorn's tokenizer does.
  public var isReserved: Bool {
    rawValue >= Keyword.break.rawValue && rawValue <= Keyword.with.rawValue
      && self != .enum
  }

  /// The word as written.
  public var text: String { Keyword.spellings[Int(rawValue)] }

  /// Every case's spelling, by raw value (no reflection at start-up).
  private static let spellings: [String] = [
    "",
    "break", "case", "catch", "class", "const", "continue", "debugger",
    "default", "delete", "do", "else", "enum", "export", "extends",
    "false", "finally", "for", "function", "if", "import", "in",
    "instanceof", "new", "null", "return", "super", "switch", "this",
    "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "as", "async", "await", "from", "get", "let", "of", "set", "static",
    "yield", "implements", "interface", "package", "private",
    "protected", "public",
  ]

  /// Reserved words after which an expression may start (acorn's
  /// `beforeExpr`): `return /re/`, `typeof /re/`, `case /re/:`.
  var isFollowedByExpression: Bool {
    switch self {
    case .case, .default, .do, .else, .return, .throw, .new, .in,
      .instanceof, .typeof, .void, .delete, .extends:
      return true
    default: return false
    }
  }

  // Lookup: each word packed little-endian into 64 + 16 bits (words are
  // at most 10 bytes, and no identifier holds a zero byte, so the packing
  // is unambiguous), in an open-addressing table of 256 slots hashed on
  // the first 8 bytes. Most words are not keywords and stop at an empty
  // slot after one probe.
  private struct Slot {
    var low: UInt64 = 0
    var high: UInt16 = 0
    var word: Keyword = .none
  }

  private static let slots: [Slot] = {
    var table = [Slot](repeating: Slot(), count: 256)
    for word in Keyword.allCases where word != .none {
      let bytes = Array(word.text.utf8)
      var low: UInt64 = 0
      var high: UInt16 = 0
      for (index, byte) in bytes.enumerated() {
        if index < 8 {
          low |= UInt64(byte) << (8 * index)
        } else {
          high |= UInt16(byte) << (8 * (index - 8))
        }
      }
      var index = slot(of: low)
      while table[index].word != .none { index = (index + 1) & 255 }
      table[index] = Slot(low: low, high: high, word: word)
    }
    return table
  }()

  @inline(__always)
  private static func slot(of low: UInt64) -> Int {
    Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) >> 56)
  }

  /// The word spelled by `bytes[start..<end]`, or `.none`.
  static func lookup(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Keyword {
    let length = end - start
    guard length >= 2, length <= 10 else { return .none }
    let first = bytes[start]
    guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "y") else {
      return .none
    }

    // The first 8 bytes in one load where the buffer allows it.
    var low: UInt64 = 0
    if start + 8 <= bytes.count {
      low = UInt64(
        littleEndian: UnsafeRawPointer(bytes.baseAddress! + start)
          .loadUnaligned(as: UInt64.self))
      if length < 8 { low &= (1 << (8 * UInt64(length))) - 1 }
    } else {
      for index in 0..<min(length, 8) {
        low |= UInt64(bytes[start + index]) << (8 * index)
      }
    }
    var high: UInt16 = 0
    for index in 8..<max(length, 8) {
      high |= UInt16(bytes[start + index]) << (8 * (index - 8))
    }

    var index = slot(of: low)
    while true {
      let slot = slots[index]
      if slot.word == .none { return .none }
      if slot.low == low, slot.high == high { return slot.word }
      index = (index + 1) & 255
    }
  }
}
