import JSLexer

/// What `ScopeParser` found to spell shorter around literals, as token
/// indices (ScopeParser+Literals.swift); `Renamer` writes it into the
/// token edits.
struct LiteralRewrites {
  /// `a["b"]` ⇒ `a.b`: the `[` (written as `.`, or dropped after `?.`),
  /// the string (written without quotes) and the `]` (dropped).
  var dottedMembers: [DottedMember] = []
  /// `"a" + "b"` ⇒ `"ab"`: each `+` and the string after it join the
  /// string `head`, which is written as the whole.
  var joinedStrings: [(head: Int32, plus: Int32, string: Int32)] = []
  /// `typeof a === "undefined"` ⇒ `typeof a > "u"`: the equality
  /// operator, the punctuator written for it, and the string (written
  /// as `"u"`).
  var undefinedTests:
    [(equality: Int32, written: Punctuator, string: Int32)] = []
  /// Uses of the name `undefined` read as a value (not assigned, not
  /// deleted, not called), by parser position: written `void 0` where
  /// the name is the global one, which only resolution can tell.
  var undefinedReads: [(position: Int32, scope: Int32)] = []

  struct DottedMember {
    var open: Int32
    var key: Int32
    var close: Int32
    var afterOptionalChain: Bool
  }
}
