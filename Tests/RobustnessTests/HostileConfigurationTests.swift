import Foundation
import Testing

/// Configuration written by someone else — a template, a pull request, a
/// compromised CI variable — must never become code in the tracker, a
/// file outside `--out`, or markup in the snippet. Each attempt is refused
/// with exit status 64 and a message naming the value, and nothing is
/// written.
@Suite("Hostile configuration is refused")
struct HostileConfigurationTests {
  /// Options after `build -o out` (and `--collector sp.example.com` if
  /// they name no collector), and a part of the message expected.
  static let hostileOptions: [([String], String)] = [
    // Code in the tracker.
    (["--collector", "sp.example.com'+alert(1)+'"], "contains a quote"),
    (["--collector", "sp.example.com\\u0027"], "backslash"),
    (["--collector", "sp.example.com/</script>"], "'<'"),
    (["--collector", "javascript:alert(1)"], "javascript:alert(1)"),
    (["--cloudfront", "d1'+alert(1)+'"], "'"),
    (["--global-name", "snowplow;alert(1)"], "expected an identifier"),
    (["--global-name", "constructor\u{2028}x"], "expected an identifier"),
    (["--post-path", "/x'+alert(1)+'"], "quote"),
    (["--post-path", "/x\nalert(1)"], "/x"),
    // Files outside --out.
    (["--name", "../evil.js"], "give a file name, not a path"),
    (["--name", "/tmp/evil.js"], "give a file name, not a path"),
    (["--name", ".."], "Invalid file name \"..\""),
    (["--pattern", "../[name]-[hash][ext]"], "give a file name, not a path"),
    (["--pattern", "[name]-[hash]/../../x.js"], "not a path"),
    (["--pattern", "[name].js"], "has no [hash]"),
    (["--snippet", "../evil.html"], "would leave the output directory"),
    (["--snippet", "/tmp/evil.html"], "it is absolute"),
    (["--snippet", "a/../../evil.html"], "would leave the output directory"),
    (["--manifest", "sprockets=../evil.json"],
     "would leave the output directory"),
    (["--manifest", "django=/tmp/evil.json"], "it is absolute"),
    (["--manifest", "webpack=a/../../evil.json"],
     "would leave the output directory"),
    (["--manifest", "evil"], "evil"),
    // Markup in the snippet: names are file names, nothing more.
    (["--name", "\"><script>alert(1)</script>.js", "--snippet", "s.html"],
     "Invalid file name"),
    (["--name", "sp.js\u{1}x"], "control character"),
    // Numbers out of range.
    (["--hash-length", "0"], "between 8 and 64"),
    (["--hash-length", "99999999999999999999999"], "whole number"),
    (["--keep", "-1"], "whole number"),
  ]

  @Test(
    "a hostile option is refused with status 64, nothing written",
    arguments: hostileOptions)
  func refusesOption(_ options: [String], _ message: String) throws {
    let scratch = try Scratch()
    try scratch.write(Data("old".utf8), to: "out/existing.txt")
    let before = scratch.snapshot()

    let collector = options.contains { $0 == "--collector" || $0 == "--cloudfront" }
      ? [] : ["--collector", "sp.example.com"]
    let result = try Snowpak.run(
      ["build", "-o", "out"] + collector + options, in: scratch.url)
    #expect(result.status == 64, "\(options): \(result.error)")
    #expect(result.error.hasPrefix("snowpak: error: "), "\(result.error)")
    #expect(result.error.contains(message), "\(options): \(result.error)")
    #expect(result.output.isEmpty)
    #expect(scratch.snapshot() == before)
  }

  /// snowpak.json contents, and a part of the message expected.
  static let hostileFiles: [(String, String)] = [
    (#"{"collector": "sp.example.com'+alert(1)+'"}"#, "contains a quote"),
    (#"{"collector": "sp.example.com", "global-name": "a=alert(1)"}"#,
     "expected an identifier"),
    (#"{"collector": "sp.example.com", "name": "../../evil.js"}"#,
     "not a path"),
    (#"{"collector": "sp.example.com", "snippet": "/etc/evil.html"}"#,
     "it is absolute"),
    (#"{"collector": "sp.example.com", "manifest": ["vite=../x.json"]}"#,
     "would leave the output directory"),
    (#"{"collector": ["a.example.com", "b.example.com"]}"#,
     "The key 'collector' in 'snowpak.json' must be"),
    (#"{"collector": {"toString": "alert(1)"}}"#,
     "The key 'collector' in 'snowpak.json' must be"),
    (#"{"collector": "sp.example.com", "config": "other.json"}"#,
     "Unknown key 'config'"),
    (#"{"collector": "sp.example.com", "__proto__": {"out": "/"}}"#,
     "Unknown key '__proto__'"),
  ]

  @Test(
    "a hostile snowpak.json is refused with status 64, nothing written",
    arguments: hostileFiles)
  func refusesConfigFile(_ json: String, _ message: String) throws {
    let scratch = try Scratch()
    try scratch.write(Data(json.utf8), to: "snowpak.json")
    let before = scratch.snapshot()

    let result = try Snowpak.run(["build", "-o", "out"], in: scratch.url)
    #expect(result.status == 64, "\(json): \(result.error)")
    #expect(result.error.contains(message), "\(json): \(result.error)")
    #expect(scratch.snapshot() == before)
  }

  @Test("a snowpak.json that is not JSON is bad input data (65)")
  func refusesInvalidConfigFile() throws {
    let scratch = try Scratch()
    try scratch.write(Data("{\"collector\": ".utf8), to: "snowpak.json")
    let result = try Snowpak.run(["build", "-o", "out"], in: scratch.url)
    #expect(result.status == 65)
    #expect(result.error.contains("is not valid JSON"), "\(result.error)")
    #expect(scratch.files(in: ".") == ["snowpak.json"])
  }

  @Test(
    "a symbolic link planted in --out never leads a write outside",
    arguments: [
      (["--snippet", "sub/s.html"], "sub/s.html"),
      (["--manifest", "sprockets=sub/m.json"], "sub/m.json"),
      ([], "snowpak-manifest.json"),
      (["--snippet", "s.html"], "s.html"),
    ])
  func refusesPlantedLink(_ options: [String], _ written: String) throws {
    let scratch = try Scratch()
    try scratch.write(Data("secret".utf8), to: "outside/victim")
    try FileManager.default.createDirectory(
      atPath: scratch.path("out"), withIntermediateDirectories: true)
    let first = written.split(separator: "/").first.map(String.init)!
    let target = written.contains("/")
      ? scratch.path("outside") : scratch.path("outside/victim")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("out/\(first)"), withDestinationPath: target)
    let before = scratch.snapshot()

    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out"] + options,
      in: scratch.url)
    #expect(result.status == 64, "\(result.error)")
    #expect(result.error.contains("symbolic link leading out of the output "
      + "directory"), "\(result.error)")
    #expect(scratch.snapshot() == before)
  }

  @Test(
    "markup in --public-path is escaped in the snippet, never executed",
    arguments: [
      "\"><script>alert(1)</script>",
      "/a' onload='alert(1)",
      "/</script><script>alert(1)//",
    ])
  func escapesPublicPath(_ publicPath: String) throws {
    let scratch = try Scratch()
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out",
       "--public-path", publicPath, "--snippet", "s.html"],
      in: scratch.url)
    #expect(result.status == 0, "\(result.error)")
    let html = String(decoding: try Data(
      contentsOf: scratch.url.appending(path: "out/s.html")), as: UTF8.self)
    #expect(html.components(separatedBy: "<").count == 3, "\(html)")
    #expect(html.components(separatedBy: "\"").count == 7, "\(html)")
    #expect(!html.contains("'"), "\(html)")
  }
}

extension Scratch {
  /// The names in `name`, sorted.
  func files(in name: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: path(name))) ?? []).sorted()
  }
}
