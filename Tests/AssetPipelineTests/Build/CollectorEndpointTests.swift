import Testing
@testable import AssetPipeline

/// `--collector` values: what is accepted and how it is written back, and
/// what is refused before it can reach a string literal.
@Suite("Collector endpoints")
struct CollectorEndpointTests {
  @Test(
    "accepts a host, port and path, and normalizes them",
    arguments: [
      ("sp.example.com", "sp.example.com"),
      ("SP.Example.COM", "sp.example.com"),
      ("sp.example.com/", "sp.example.com"),
      ("sp.example.com:8080", "sp.example.com:8080"),
      ("https://sp.example.com/t/", "https://sp.example.com/t"),
      ("HTTP://127.0.0.1:9090", "http://127.0.0.1:9090"),
      ("[::1]:8080", "[::1]:8080"),
      ("localhost/a-b_c.d~e/f%20g", "localhost/a-b_c.d~e/f%20g"),
      ("d3rkrsqld9gmqf.cloudfront.net", "d3rkrsqld9gmqf.cloudfront.net"),
    ])
  func accepts(_ value: String, _ normalized: String) throws {
    #expect(try CollectorEndpoint(parsing: value).description == normalized)
  }

  @Test(
    "refuses values that are not an endpoint",
    arguments: [
      ("a'b", EndpointError.Problem.forbiddenCharacter("'")),
      ("a\"b", .forbiddenCharacter("\"")),
      ("a\\b", .forbiddenCharacter("\\")),
      ("a\nb", .forbiddenCharacter("\n")),
      ("a\rb", .forbiddenCharacter("\r")),
      ("a<b", .forbiddenCharacter("<")),
      ("a`b", .forbiddenCharacter("`")),
      ("a\u{2028}b", .forbiddenCharacter("\u{2028}")),
      ("", .empty),
      ("javascript://x", .unsupportedScheme("javascript")),
      ("u@host", .userInfo),
      ("host:0", .invalidPort("0")),
      ("host:65536", .invalidPort("65536")),
      ("host:80a", .invalidPort("80a")),
      ("host:", .invalidPort("")),
      ("ho st", .invalidHost("ho st")),
      ("a..b", .invalidHost("a..b")),
      ("a-.b", .invalidHost("a-.b")),
      ("[zz]", .invalidHost("[zz]")),
      ("host/a b", .invalidPathCharacter(" ")),
      ("host/a?b", .invalidPathCharacter("?")),
      ("host/a#b", .invalidPathCharacter("#")),
      ("hôst", .invalidHost("hôst")),
    ])
  func refuses(_ value: String, _ problem: EndpointError.Problem) {
    #expect(throws: EndpointError(value: value, problem: problem)) {
      try CollectorEndpoint(parsing: value)
    }
  }

  @Test("builds a CloudFront host from a distribution id")
  func cloudFront() throws {
    let endpoint = try CollectorEndpoint(
      cloudFrontDistribution: "d111111abcdef8")
    #expect(endpoint.description == "d111111abcdef8.cloudfront.net")
    #expect(throws: EndpointError.self) {
      try CollectorEndpoint(cloudFrontDistribution: "D1.x")
    }
  }

  @Test("words a refused quote as a danger to the string")
  func messageForQuote() {
    let error = EndpointError(
      value: "a'b", problem: .forbiddenCharacter("'"))
    #expect(error.description == """
      The collector 'a'b' contains a quote ('), which could end the \
      tracker's string or script; use a host name, an optional port and a \
      path.
      """)
  }

  @Test("shows control characters in a message as escapes")
  func messageForNewline() {
    let error = EndpointError(
      value: "a\nb", problem: .forbiddenCharacter("\n"))
    #expect(error.description.hasPrefix(
      "The collector 'a\\u{a}b' contains a line feed (U+000A)"))
  }
}
