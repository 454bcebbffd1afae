import JSLexer
import Testing
@testable import AssetPipeline

/// Rewriting the default collector and its siblings inside string literal
/// tokens, and only there.
@Suite("Literal rewriting")
struct LiteralRewriterTests {
  static let collector = LiteralRewrite(
    purpose: "collector", original: "collector.snowpak.invalid",
    replacement: "sp.example.com", match: .substring)

  @Test(
    "rewrites string literals by their value, in their quote style",
    arguments: [
      ("x = 'collector.snowpak.invalid'", "'sp.example.com'"),
      ("x = \"https://collector.snowpak.invalid/i\"",
       "\"https://sp.example.com/i\""),
      ("x = 'collector\\x2esnowpak\\u002einvalid'", "'sp.example.com'"),
      ("x = 'a collector.snowpak.invalid b collector.snowpak.invalid'",
       "'a sp.example.com b sp.example.com'"),
    ])
  func rewrites(_ input: String, _ literal: String) throws {
    let source = SourceText(name: "t.js", contents: input)
    let rewriter = try LiteralRewriter(
      rewrites: [Self.collector], source: source,
      tokens: try Lexer.tokenize(source, goal: .script))
    #expect(rewriter.replacements == [4: literal])
    #expect(rewriter.counts == ["collector": 1])
  }

  @Test(
    "leaves comments, regular expressions, templates and names alone",
    arguments: [
      "// collector.snowpak.invalid\nx = 1",
      "/* collector.snowpak.invalid */ x = 1",
      "x = /collector.snowpak.invalid/",
      "collector.snowpak.invalid = 1",
    ])
  func ignoresOtherTokens(_ input: String) throws {
    let source = SourceText(name: "t.js", contents: input)
    #expect(throws: RewriteError(rewrite: Self.collector)) {
      try LiteralRewriter(
        rewrites: [Self.collector], source: source,
        tokens: try Lexer.tokenize(source, goal: .script))
    }
  }

  @Test("matches short values only as whole literals")
  func wholeMatch() throws {
    let name = LiteralRewrite(
      purpose: "global-name", original: "snowplow", replacement: "sp1",
      match: .whole)
    let input = "g = 'snowplow'; s = 'iglu:com.snowplowanalytics.snowplow/x'"
    let source = SourceText(name: "t.js", contents: input)
    let rewriter = try LiteralRewriter(
      rewrites: [name], source: source,
      tokens: try Lexer.tokenize(source, goal: .script))
    #expect(rewriter.replacements == [4: "'sp1'"])
  }

  @Test("escapes what the new value needs in the literal's quotes")
  func escapes() throws {
    let rewrite = LiteralRewrite(
      purpose: "collector", original: "X", replacement: "it's \"</script",
      match: .substring)
    let source = SourceText(name: "t.js", contents: "a = 'X'")
    let rewriter = try LiteralRewriter(
      rewrites: [rewrite], source: source,
      tokens: try Lexer.tokenize(source, goal: .script))
    let literal = try #require(rewriter.replacements[4])
    let relexed = SourceText(name: "r.js", contents: literal)
    let token = try #require(
      try Lexer.tokenize(relexed, goal: .script).first)
    #expect(token.kind == .string)
    #expect(Lexer.stringValue(of: token, in: relexed) == "it's \"</script")
    #expect(!literal.contains("</script"))
  }
}
