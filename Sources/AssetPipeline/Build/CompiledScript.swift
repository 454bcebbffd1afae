import JSLexer
import JSMinifier

/// The tracker's JavaScript after the source stages of the build: read,
/// stripped of debug regions, literals rewritten, minified.
///
/// This is the first half of `snowpak build`; the second half fingerprints
/// the bytes and writes them out.
public struct CompiledScript: Sendable {
  /// The script as served, without a `sourceMappingURL` line.
  public var code: [UInt8]
  /// The version 3 source map, when one was asked for.
  public var sourceMap: SourceMap?
  /// The source the script was compiled from, for messages.
  public var source: SourceText
  /// How many literals each rewrite changed, by purpose.
  public var rewriteCounts: [String: Int]
  /// How many debug regions were removed.
  public var debugRegionCount: Int

  /// What the source stages do.
  public struct Options: Sendable {
    public var keepDebug = false
    public var rewrites: [LiteralRewrite] = []
    /// False for `--no-minify`: the readable combined file.
    public var minify = true
    public var minifier = MinifyOptions()

    public init() {}
  }

  /// Runs the source stages over `source`.
  ///
  /// - Throws: `SourceDiagnostic` for a syntax error or an unpaired debug
  ///   marker, `RewriteError` when a required rewrite finds no literal.
  public static func compile(
    _ source: SourceText, options: Options
  ) throws -> CompiledScript {
    do {
      return try compileStages(source, options: options)
    } catch let error as LexerError {
      throw SourceDiagnostic(error.diagnostic, in: source)
    } catch let diagnostic as Diagnostic {
      throw SourceDiagnostic(diagnostic, in: source)
    }
  }

  private static func compileStages(
    _ source: SourceText, options: Options
  ) throws -> CompiledScript {
    // Lexing once finds the debug markers and the literals to rewrite.
    let original = source
    var source = source
    var tokens = try Lexer.tokenize(source, goal: options.minifier.goal)

    // Debug regions become blanks, so every offset stays where it was.
    var regionRanges: [Range<Int>] = []
    if !options.keepDebug {
      let regions = try DebugRegions(in: source, tokens: tokens)
      regionRanges = regions.ranges
      if !regionRanges.isEmpty {
        source = regions.blanked(source)
        tokens = try Lexer.tokenize(source, goal: options.minifier.goal)
      }
    }

    // Rewritten literals are handed to the minifier by offset.
    let rewriter = try LiteralRewriter(
      rewrites: options.rewrites, source: source, tokens: tokens,
      preferring: options.minify ? UInt8(ascii: "\"") : nil)

    // The readable combined file, or the minified one.
    var code: [UInt8]
    var sourceMap: SourceMap?
    if options.minify {
      let output = try Minifier.minify(
        source, options: options.minifier,
        replacements: rewriter.replacements, lexedTokens: tokens)
      code = output.code
      sourceMap = output.sourceMap
    } else {
      code = Self.readable(
        original, cutting: regionRanges, rewriter: rewriter)
    }
    return CompiledScript(
      code: code, sourceMap: sourceMap, source: source,
      rewriteCounts: rewriter.counts,
      debugRegionCount: regionRanges.count)
  }

  /// The combined source with the debug regions cut out (with their
  /// lines, where a region fills them) and the rewritten literals in
  /// place: for reading, not for serving.
  ///
  ///     f();                              f();
  ///     /*<DEBUG>*/                 ⇒     g();
  ///     log(x);
  ///     /*</DEBUG>*/
  ///     g();
  static func readable(
    _ source: SourceText, cutting regions: [Range<Int>],
    rewriter: LiteralRewriter
  ) -> [UInt8] {
    let bytes = source.bytes
    let cuts = regions.map { wholeLines(around: $0, in: bytes) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)

    var index = 0
    var nextCut = 0
    while index < bytes.count {
      if nextCut < cuts.count && cuts[nextCut].lowerBound == index {
        index = cuts[nextCut].upperBound
        nextCut += 1
      } else if let (end, literal) = rewriter.replaced(at: index) {
        out += literal.utf8
        index = end
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }

  /// `range` widened to the whole lines it covers, when only spaces and
  /// tabs stand beside it on its first and last line.
  private static func wholeLines(
    around range: Range<Int>, in bytes: [UInt8]
  ) -> Range<Int> {
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    var start = range.lowerBound
    while start > 0 && isBlank(bytes[start - 1]) { start -= 1 }
    var end = range.upperBound
    while end < bytes.count && isBlank(bytes[end]) { end += 1 }
    if end < bytes.count && bytes[end] == 0x0D { end += 1 }
    let startsLine = start == 0 || bytes[start - 1] == 0x0A
    let endsLine = end == bytes.count || bytes[end] == 0x0A
    guard startsLine && endsLine else { return range }
    return start..<min(end + 1, bytes.count)
  }
}
