import JSLexer

/// A value the build bakes into the tracker by rewriting the string
/// literals that name its default: the collector, the POST path, the
/// global function name.
///
/// Only string literal tokens are looked at, and their cooked value is
/// compared, so `'collector.snowpak.invalid'` and
/// `"collector\x2esnowpak.invalid"` are both found while the same text in
/// a comment, a regular expression or an identifier is not. The new
/// literal is written by the lexer's own quoting, in the literal's quote
/// style:
///
///     'https://collector.snowpak.invalid/i'
///     ⇒ 'https://sp.example.com/i'              (--collector sp.example.com)
public struct LiteralRewrite: Sendable, Equatable {
  /// How a literal's value must relate to `original` to be rewritten.
  public enum Match: Sendable, Equatable {
    /// The value contains `original`; each occurrence is replaced. For
    /// distinctive values such as the default collector host.
    case substring
    /// The value is exactly `original`. For short values such as a global
    /// name, which may appear inside unrelated strings.
    case whole
  }

  /// What the rewrite is for, as messages name it: "collector".
  public var purpose: String
  public var original: String
  public var replacement: String
  public var match: Match
  /// Whether a build that finds no literal to rewrite fails.
  public var isRequired: Bool

  public init(
    purpose: String, original: String, replacement: String,
    match: Match, isRequired: Bool = true
  ) {
    self.purpose = purpose
    self.original = original
    self.replacement = replacement
    self.match = match
    self.isRequired = isRequired
  }

  /// The new value of a literal whose value is `value`, or nil when the
  /// rewrite does not apply to it.
  func rewritten(_ value: String) -> String? {
    switch match {
    case .whole:
      return value == original ? replacement : nil
    case .substring:
      guard value.contains(original) else { return nil }
      return value.replacing(original, with: replacement)
    }
  }
}

/// The literals of one source that a set of rewrites changes.
public struct LiteralRewriter: Sendable {
  /// New literal source text, by the byte offset of the token it replaces:
  /// the form `Minifier.minify(_:options:replacements:)` takes.
  public private(set) var replacements: [Int: String] = [:]
  /// Where each replaced token ends, by its start.
  private var tokenEnds: [Int: Int] = [:]
  /// How many literals each rewrite changed, by purpose.
  public private(set) var counts: [String: Int] = [:]

  /// The end of the token starting at `offset` and its new text, if the
  /// rewrites replace it.
  func replaced(at offset: Int) -> (end: Int, literal: String)? {
    guard let literal = replacements[offset], let end = tokenEnds[offset]
    else { return nil }
    return (end, literal)
  }

  /// - Parameter quote: the quote new literals prefer; nil keeps each
  ///   literal's own (for readable output), `"` matches what the minifier
  ///   writes elsewhere.
  public init(
    rewrites: [LiteralRewrite], source: SourceText, tokens: [Token],
    preferring quote: UInt8? = nil
  ) throws(RewriteError) {
    for rewrite in rewrites { counts[rewrite.purpose] = 0 }

    for token in tokens where token.kind == .string {
      guard var value = Lexer.stringValue(of: token, in: source) else {
        continue
      }
      var changed = false
      for rewrite in rewrites {
        if let newValue = rewrite.rewritten(value) {
          value = newValue
          changed = true
          counts[rewrite.purpose, default: 0] += 1
        }
      }
      if changed {
        replacements[token.start] = Lexer.quotedLiteral(
          value, preferring: quote ?? source.bytes[token.start])
        tokenEnds[token.start] = token.end
      }
    }

    // A build that rewrites nothing would ship a tracker that reports to
    // nobody: that is an error, never a silent success.
    for rewrite in rewrites where rewrite.isRequired {
      if counts[rewrite.purpose] == 0 {
        throw RewriteError(rewrite: rewrite)
      }
    }
  }
}

/// A required rewrite found no literal to change.
public struct RewriteError: Error, Sendable, Equatable, CustomStringConvertible
{
  public var rewrite: LiteralRewrite

  public var description: String {
    let quoted = "'\(EndpointError.printable(rewrite.original))'"
    let how = rewrite.match == .whole ? "is" : "contains"
    return "No string literal in the source \(how) the default "
      + "\(rewrite.purpose) \(quoted), so the \(rewrite.purpose) cannot "
      + "be rewritten; name the source's default with "
      + "'--default-\(rewrite.purpose)'."
  }
}
