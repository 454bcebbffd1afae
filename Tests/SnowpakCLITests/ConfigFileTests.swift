import Foundation
import Testing

/// `snowpak.json`: options from a file, overridden by the command line.
@Suite("snowpak.json")
struct ConfigFileTests {
  @Test("reads options from snowpak.json in the working directory")
  func readsConfigFile() throws {
    let directory = try TemporaryDirectory()
    try directory.write("""
      { "collector": "sp.example.com", "out": "static", "gzip": true,
        "hash-length": 12, "manifest": ["django"] }
      """, to: "snowpak.json")
    let result = try Snowpak.run(["build"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    let files = directory.files(in: "static")
    #expect(files.contains { $0.wholeMatch(of: /sp-[0-9a-f]{12}\.js\.gz/) != nil })
    #expect(files.contains("staticfiles.json"))
  }

  @Test("lets the command line override the file")
  func commandLineOverrides() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      #"{ "collector": "a.example.com", "out": "static" }"#,
      to: "snowpak.json")
    let result = try Snowpak.run(
      ["build", "--collector", "b.example.com", "--json"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")
    let report = try JSONSerialization.jsonObject(
      with: Data(result.output.utf8)) as? [String: Any]
    let script = try #require(report?["script"] as? [String: Any])
    let file = try #require(script["file"] as? String)
    let code = String(
      decoding: try directory.read("static/\(file)"), as: UTF8.self)
    #expect(code.contains("b.example.com"))
    #expect(!code.contains("a.example.com"))
  }

  @Test("reads --config from elsewhere and refuses a missing one")
  func explicitConfig() throws {
    let directory = try TemporaryDirectory()
    try directory.write(#"{ "cloudfront": "d111111abcdef8" }"#, to: "c/x.json")
    #expect(
      try Snowpak.run(["build", "--config", "c/x.json"], in: directory.url)
        .status == 0)
    let missing = try Snowpak.run(
      ["build", "--config", "nope.json"], in: directory.url)
    #expect(missing.status == 66)
    #expect(missing.error.contains("'nope.json'"))
  }

  @Test(
    "refuses a file that is not what it should be",
    arguments: [
      ("{ \"collector\": \"a.com\",\n  \"gzip\": tru }",
       "snowpak: error: The configuration file 'snowpak.json' is not valid "
         + "JSON (at line 2", 65),
      ("[1]", "must hold a JSON object of options", 65),
      (#"{ "colector": "a.com" }"#,
       "snowpak: error: Unknown key 'colector' in 'snowpak.json'. Did you "
         + "mean 'collector'?", 64),
      (#"{ "collector": "a.com", "gzip": "yes" }"#,
       "The key 'gzip' in 'snowpak.json' must be true or false.", 64),
      (#"{ "collector": true }"#,
       "The key 'collector' in 'snowpak.json' must be a string or a "
         + "number.", 64),
      (#"{ "collector": "a.com'" }"#, "could end the tracker's string", 64),
    ])
  func refusesBadFiles(
    _ text: String, _ message: String, _ status: Int32
  ) throws {
    let directory = try TemporaryDirectory()
    try directory.write(text, to: "snowpak.json")
    let result = try Snowpak.run(["build"], in: directory.url)
    #expect(result.status == status)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(directory.files() == ["snowpak.json"])
  }
}
