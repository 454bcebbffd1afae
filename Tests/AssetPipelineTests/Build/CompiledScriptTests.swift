import JSLexer
import Testing
@testable import AssetPipeline

/// The source stages together, in their readable (`--no-minify`) form.
@Suite("Compiled script")
struct CompiledScriptTests {
  @Test(
    "cuts debug regions with their lines and applies rewrites",
    arguments: [
      ("f();\n/*<DEBUG>*/\nlog(x);\n/*</DEBUG>*/\ng('collector.snowpak.invalid');\n",
       "f();\ng('sp.example.com');\n"),
      ("f(); /*<DEBUG>*/log(x);/*</DEBUG>*/ g('collector.snowpak.invalid');",
       "f();  g('sp.example.com');"),
      ("  /*<DEBUG>*/ log(x); /*</DEBUG>*/  \r\nh('collector.snowpak.invalid')",
       "h('sp.example.com')"),
    ])
  func readable(_ input: String, _ expected: String) throws {
    var options = CompiledScript.Options()
    options.minify = false
    options.rewrites = [LiteralRewriterTests.collector]
    let script = try CompiledScript.compile(
      SourceText(name: "t.js", contents: input), options: options)
    #expect(String(decoding: script.code, as: UTF8.self) == expected)
  }

  @Test("keeps debug regions when asked")
  func keepsDebug() throws {
    var options = CompiledScript.Options()
    options.minify = false
    options.keepDebug = true
    options.rewrites = [LiteralRewriterTests.collector]
    let input = "/*<DEBUG>*/log()/*</DEBUG>*/;c='collector.snowpak.invalid'"
    let script = try CompiledScript.compile(
      SourceText(name: "t.js", contents: input), options: options)
    #expect(
      String(decoding: script.code, as: UTF8.self)
        == "/*<DEBUG>*/log()/*</DEBUG>*/;c='sp.example.com'")
    #expect(script.debugRegionCount == 0)
  }
}
