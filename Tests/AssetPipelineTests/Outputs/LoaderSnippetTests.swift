@testable import AssetPipeline
import Testing

@Suite("The loader snippet is an async script tag with integrity")
struct LoaderSnippetTests {
  @Test("the tag carries src, integrity and crossorigin")
  func tag() {
    #expect(LoaderSnippet.html(publicPath: "/assets/", fileName: "sp-0123456789abcdef.js",
      integrity: "sha384-abc+/=")
      == "<script async src=\"/assets/sp-0123456789abcdef.js\" "
        + "integrity=\"sha384-abc+/=\" crossorigin=\"anonymous\"></script>\n")
  }

  @Test("public paths join with exactly one slash")
  func joining() {
    #expect(LoaderSnippet.joinURL("https://cdn.example.com/t", "sp.js")
      == "https://cdn.example.com/t/sp.js")
    #expect(LoaderSnippet.joinURL("/a/", "sp.js") == "/a/sp.js")
    #expect(LoaderSnippet.joinURL("", "sp.js") == "sp.js")
  }

  @Test("attribute values are escaped")
  func escaping() {
    #expect(LoaderSnippet.escapeAttribute("a\"b&c<d>e'f") == "a&quot;b&amp;c&lt;d&gt;e&#39;f")
    #expect(LoaderSnippet.html(publicPath: "/x?a=1&b=\"2\"", fileName: "sp.js",
      integrity: "i")
      == "<script async src=\"/x?a=1&amp;b=&quot;2&quot;/sp.js\" integrity=\"i\" "
        + "crossorigin=\"anonymous\"></script>\n")
  }
}
