/// One token: what it is and where it is, as byte offsets into
/// `SourceText.bytes`. Tokens carry no text: slice the source for it.
public struct Token: Sendable, Equatable {
  /// Facts the lexer learned while deciding regex versus division, kept
  /// for the minifier's newline and semicolon decisions.
  public struct Flags: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A line terminator (possibly inside a comment) precedes the token.
    public static let newlineBefore = Flags(rawValue: 1)
    /// An expression could start where this token stands: for `++`/`--`
    /// this means prefix, for `/` it meant a regular expression.
    public static let expressionAllowedBefore = Flags(rawValue: 2)
    /// An expression (and so a regular expression) may follow the token.
    public static let expressionAllowedAfter = Flags(rawValue: 4)
    /// A `}` closing a statement-level block (a block, a function or class
    /// declaration body, `if`/`for`/`try`... bodies) or a `)` closing the
    /// head of `if`/`for`/`while`/`with`: a statement follows, so no
    /// automatic semicolon can be inserted after it.
    public static let isFollowedByStatement = Flags(rawValue: 8)
    /// The token stands directly inside a class body.
    public static let inClassBody = Flags(rawValue: 16)
    /// A word written with `\u` escapes, or a template with an invalid
    /// escape (allowed only when tagged).
    public static let hasEscape = Flags(rawValue: 32)
    /// A property name: the word after `.` or `?.`.
    public static let isPropertyName = Flags(rawValue: 64)
    /// A template piece of a tagged template: the tag sees its raw text.
    public static let isTagged = Flags(rawValue: 128)
  }

  public var kind: TokenKind
  /// Which punctuator, for `.punctuator` tokens.
  public var punctuator: Punctuator
  /// Which reserved or contextual word, for words.
  public var keyword: Keyword
  public var flags: Flags
  // Offsets are stored in 32 bits, so a token takes 12 bytes, not 24: the
  // token array of a 3 MB input is 4 MB smaller (the lexer refuses input
  // of 4 GiB or more).
  private var storedStart: UInt32
  private var storedEnd: UInt32

  /// Byte offset of the first byte.
  public var start: Int {
    get { Int(storedStart) }
    set { storedStart = UInt32(newValue) }
  }

  /// Byte offset just past the last byte.
  public var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = UInt32(newValue) }
  }

  public init(
    kind: TokenKind, start: Int, end: Int, punctuator: Punctuator = .none,
    keyword: Keyword = .none, flags: Flags = []
  ) {
    self.kind = kind
    self.punctuator = punctuator
    self.keyword = keyword
    self.flags = flags
    self.storedStart = UInt32(start)
    self.storedEnd = UInt32(end)
  }

  public var hasNewlineBefore: Bool { flags.contains(.newlineBefore) }

  /// True for identifiers and keywords: IdentifierName tokens.
  public var isWord: Bool { kind == .identifier || kind == .keyword }

  /// The token's bytes.
  public func text(in source: SourceText) -> String {
    String(decoding: source.bytes[start..<end], as: UTF8.self)
  }
}
