/// Words a new name must never be: reserved words, the strict-mode
/// reserved words, and words with special meaning as binding names
/// (ECMA-262 §12.7.2, §13.1.1).
enum ReservedWords {
  static let all: Set<String> = [
    "await", "break", "case", "catch", "class", "const", "continue",
    "debugger", "default", "delete", "do", "else", "enum", "export",
    "extends", "false", "finally", "for", "function", "if", "import", "in",
    "instanceof", "new", "null", "return", "super", "switch", "this",
    "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield", "let", "static", "implements", "interface", "package",
    "private", "protected", "public", "arguments", "eval", "async", "of",
    "get", "set", "as", "from", "undefined", "NaN", "Infinity",
  ]

  static func contains(_ name: String) -> Bool { all.contains(name) }
}
