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

  // Lookup: the words grouped by length, compared byte by byte.
  private static let byLength: [[(bytes: [UInt8], word: Keyword)]] = {
    var table = Array(repeating: [([UInt8], Keyword)](), count: 11)
    for word in Keyword.allCases where word != .none {
      let bytes = Array(word.text.utf8)
      table[bytes.count].append((bytes, word))
    }
    return table
  }()

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
    candidates: for (word, keyword) in byLength[length] where word[0] == first {
      for i in 1..<length where word[i] != bytes[start + i] {
        continue candidates
      }
      return keyword
    }
    return .none
  }
}
