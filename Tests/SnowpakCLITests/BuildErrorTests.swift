import Foundation
import Testing

/// What `snowpak build` does with bad input: a clear message, the right
/// exit status, and nothing changed on disk.
@Suite("snowpak build refuses bad input")
struct BuildErrorTests {
  static let dangerousCollectors = [
    "sp.example.com'+alert(1)+'",
    "sp.example.com\"",
    "sp.example.com\\",
    "sp.example.com\nalert(1)",
    "sp.example.com/</script><script>alert(1)</script>",
    "sp.example.com`",
    "sp.example.com\u{2028}",
  ]

  @Test(
    "refuses a collector that could end its string",
    arguments: dangerousCollectors)
  func refusesDangerousCollector(_ collector: String) throws {
    let directory = try TemporaryDirectory()
    try directory.write("old", to: "out/existing.txt")
    let before = directory.snapshot()

    let result = try Snowpak.run(
      ["build", "--collector", collector, "-o", "out"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.error.hasPrefix("snowpak: error: The collector '"))
    #expect(result.error.contains("could end the tracker's string"))
    #expect(directory.snapshot() == before)
  }

  @Test(
    "refuses collectors that are not a host, port and path",
    arguments: [
      ("ftp://sp.example.com", "uses the scheme 'ftp'"),
      ("user:pw@sp.example.com", "contains user information"),
      ("sp.example.com:70000", "has an invalid port '70000'"),
      ("sp_example.com", "has an invalid host 'sp_example.com'"),
      ("-sp.example.com", "has an invalid host '-sp.example.com'"),
      ("sp.example.com/a b", "has ' ' in its path"),
      ("", "The collector is empty"),
    ])
  func refusesInvalidCollector(_ collector: String, _ message: String) throws
  {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["build", "--collector", collector, "-o", "out"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(directory.files().isEmpty)
  }

  @Test("asks for a collector when none is given")
  func requiresACollector() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(["build"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.error == """
      snowpak: error: Missing --collector HOST (or --cloudfront ID): the \
      tracker needs a collector to send events to.
      Run 'snowpak build --help' for usage.

      """)
  }

  @Test("reports an unterminated string with its position; writes nothing")
  func reportsUnterminatedString() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "var collector = 'collector.snowpak.invalid';\nvar a = 'abc\n",
      to: "bad.js")
    try directory.write("old", to: "out/existing.txt")
    let before = directory.snapshot()

    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "--source", "bad.js",
       "-o", "out"],
      in: directory.url)
    #expect(result.status == 65)
    #expect(result.error == """
      bad.js:2:13: error: Unterminated string literal
      var a = 'abc
                  ^
      bad.js:2:9: note: The string literal began here
      var a = 'abc
              ^

      """)
    #expect(directory.snapshot() == before)
  }

  @Test("reports an unterminated comment where it began; writes nothing")
  func reportsUnterminatedComment() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order.txt\n", to: "src/ignored")
    try directory.write("a.js\nb.js\n", to: "src/order.txt")
    try directory.write(
      "var c = 'collector.snowpak.invalid';\n", to: "src/a.js")
    try directory.write("f();\n  /* never closed\n", to: "src/b.js")
    let before = directory.snapshot()

    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "--source", "src",
       "-o", "out"],
      in: directory.url)
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("src/b.js:3:1: error: "))
    #expect(result.error.contains("src/b.js:2:3: note: "), "\(result.error)")
    #expect(directory.snapshot() == before)
  }

  @Test("fails when no literal names the default collector")
  func failsWhenNothingIsRewritten() throws {
    let directory = try TemporaryDirectory()
    try directory.write("var c = 'elsewhere.example';\n", to: "t.js")
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "--source", "t.js",
       "-o", "out"],
      in: directory.url)
    #expect(result.status == 65)
    #expect(result.error.contains(
      "No string literal in the source contains the default collector "
        + "'collector.snowpak.invalid'"))
    #expect(directory.files() == ["t.js"])
  }

  @Test("finds the collector only in string literals, never in comments")
  func rewritesOnlyStringLiterals() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      """
      // collector.snowpak.invalid in a comment
      var re = /collector.snowpak.invalid/;
      var c = "collector\\x2esnowpak.invalid";

      """, to: "t.js")
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "--source", "t.js",
       "-o", "out", "--no-minify", "--comments", "all"],
      in: directory.url)
    try #require(result.status == 0, "\(result.error)")
    let name = try #require(directory.files(in: "out").first {
      $0.hasSuffix(".js")
    })
    let code = String(decoding: try directory.read("out/\(name)"), as: UTF8.self)
    #expect(code.contains("// collector.snowpak.invalid in a comment"))
    #expect(code.contains("/collector.snowpak.invalid/"))
    #expect(code.contains("\"sp.example.com\""))
  }

  @Test("names a missing order-file entry with its position")
  func reportsMissingListedFile() throws {
    let directory = try TemporaryDirectory()
    try directory.write("# files\n  gone.js\n", to: "src/order.txt")
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "--source", "src"],
      in: directory.url)
    #expect(result.status == 66)
    #expect(result.error.hasPrefix(
      "src/order.txt:2:3: error: The file 'gone.js' is listed but does "
        + "not exist."), "\(result.error)")
  }

  @Test(
    "refuses option values that cannot be used",
    arguments: [
      (["--post-path", "/x'"], "Invalid --post-path '/x''"),
      (["--global-name", "__proto__"], "Invalid --global-name '__proto__'"),
      (["--global-name", "1x"], "Invalid --global-name '1x'"),
      (["-o", ""], "The output directory (--out) is empty"),
      (["--keep", "-1"], "Invalid --keep '-1'"),
      (["--manifest", "rails"], "Unknown manifest format 'rails'"),
      (["--comments", "some"], "Invalid --comments 'some'"),
    ])
  func refusesOptionValues(_ arguments: [String], _ message: String) throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com"] + arguments,
      in: directory.url)
    #expect(result.status == 64)
    #expect(
      result.error.hasPrefix("snowpak: error: \(message)"), "\(result.error)")
    #expect(directory.files().isEmpty)
  }

  @Test("suggests the option a typo meant")
  func suggestsMisspeltOption() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["build", "--colector", "x"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.error.hasPrefix(
      "snowpak: error: Unknown option '--colector'. Did you mean "
        + "'--collector'?"))
  }
}
