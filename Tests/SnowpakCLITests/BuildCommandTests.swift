import Foundation
import Testing

/// `snowpak build` end to end, through the executable, on the bundled
/// tracker: the path a new user takes first.
@Suite("snowpak build")
struct BuildCommandTests {
  @Test("builds the bundled tracker from an empty directory")
  func buildsTheBundledTracker() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com"], in: directory.url)
    #expect(result.status == 0, "\(result.error)")

    let assets = directory.files(in: "public/assets")
    let scripts = assets.filter { $0.hasPrefix("sp-") && $0.hasSuffix(".js") }
    try #require(scripts.count == 1, "\(assets)")
    #expect(scripts[0].wholeMatch(of: /sp-[0-9a-f]{16}\.js/) != nil)
    #expect(assets.contains("snowpak-manifest.json"))
    #expect(result.output.contains(scripts[0]))
  }

  @Test("bakes in the collector and leaves out the debug regions")
  func bakesInTheCollector() throws {
    let directory = try TemporaryDirectory()
    let code = try buildScript(
      ["--collector", "sp.example.com:8443/t"], in: directory)
    #expect(code.contains("sp.example.com:8443/t"))
    #expect(!code.contains("collector.snowpak.invalid"))
    for literal in try debugOnlyLiterals() {
      #expect(
        !code.contains("'\(literal)'") && !code.contains("\"\(literal)\""),
        "debug text \(literal) survived")
    }

    let keptDirectory = try TemporaryDirectory()
    let kept = try buildScript(
      ["--collector", "sp.example.com", "--keep-debug", "--no-minify"],
      in: keptDirectory)
    for literal in try debugOnlyLiterals() {
      #expect(kept.contains("'\(literal)'"), "--keep-debug lost \(literal)")
    }
  }

  @Test("keeps the banner with the tracker's version")
  func keepsTheBanner() throws {
    let directory = try TemporaryDirectory()
    let code = try buildScript(
      ["--collector", "sp.example.com"], in: directory)
    #expect(code.hasPrefix("/*! snowpak tracker "))
  }

  @Test("names the file after the SHA-256 of its bytes")
  func namesTheFileAfterItsHash() throws {
    let directory = try TemporaryDirectory()
    try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out"],
      in: directory.url)
    let name = try #require(directory.files(in: "out").first {
      $0.hasSuffix(".js")
    })
    guard let sha256sum = Command.find("sha256sum") else {
      print("skipped: sha256sum is not installed")
      return
    }
    let digest = try Command.run(
      sha256sum, ["out/\(name)"], in: directory.url
    ).output.prefix(16)
    #expect(name == "sp-\(digest).js")
  }

  @Test("writes an integrity that openssl agrees with")
  func integrityMatchesOpenSSL() throws {
    let directory = try TemporaryDirectory()
    try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out"],
      in: directory.url)
    let manifest = try JSONSerialization.jsonObject(
      with: directory.read("out/snowpak-manifest.json")) as? [String: Any]
    let assets = try #require(manifest?["assets"] as? [String: Any])
    let entry = try #require(assets["sp.js"] as? [String: Any])
    let file = try #require(entry["file"] as? String)
    let integrity = try #require(entry["integrity"] as? String)

    guard Command.find("openssl") != nil else {
      print("skipped: openssl is not installed")
      return
    }
    let expected = try Command.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "openssl dgst -sha384 -binary out/\(file) | base64"],
      in: directory.url
    ).output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(integrity == "sha384-" + expected)
  }

  @Test("builds a tracker that node parses")
  func buildsAParsableTracker() throws {
    guard let node = Command.find("node") else {
      print("skipped: node is not installed")
      return
    }
    let directory = try TemporaryDirectory()
    for flags in [[], ["--no-minify"], ["--no-mangle"]] {
      let out = "out\(flags.joined())"
      try Snowpak.run(
        ["build", "--collector", "sp.example.com", "-o", out] + flags,
        in: directory.url)
      let script = try #require(directory.files(in: out).first {
        $0.hasSuffix(".js")
      })
      let check = try Command.run(
        node, ["--check", "\(out)/\(script)"], in: directory.url)
      #expect(check.status == 0, "\(flags): \(check.error)")
    }
  }

  @Test("builds the same bytes twice and rewrites nothing the second time")
  func isDeterministic() throws {
    let directory = try TemporaryDirectory()
    let arguments = ["build", "--collector", "sp.example.com", "-o", "out"]
    try Snowpak.run(arguments, in: directory.url)
    let first = directory.snapshot()
    let firstDates = try modificationDates(directory.url.appending(path: "out"))
    try Snowpak.run(arguments, in: directory.url)
    #expect(directory.snapshot() == first)
    #expect(
      try modificationDates(directory.url.appending(path: "out"))
        == firstDates)
  }

  @Test("--cloudfront builds the distribution's host name")
  func cloudFrontShorthand() throws {
    let directory = try TemporaryDirectory()
    let code = try buildScript(
      ["--cloudfront", "d3rkrsqld9gmqf"], in: directory)
    #expect(code.contains("d3rkrsqld9gmqf.cloudfront.net"))
  }

  @Test("links a source map that leads back to the tracker's own files")
  func sourceMapLeadsBack() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out",
       "--source-map"],
      in: directory.url)
    try #require(result.status == 0, "\(result.error)")
    let script = try #require(directory.files(in: "out").first {
      $0.hasSuffix(".js")
    })
    let code = String(
      decoding: try directory.read("out/\(script)"), as: UTF8.self)
    #expect(code.hasSuffix("\n//# sourceMappingURL=\(script).map\n"))
    let map = try JSONSerialization.jsonObject(
      with: try directory.read("out/\(script).map")) as? [String: Any]
    #expect(map?["file"] as? String == script)

    // node finds the rewritten collector literal in tracker-src/defaults.js.
    guard let node = Command.find("node") else {
      print("skipped: node is not installed")
      return
    }
    try directory.write("""
      const fs = require('fs');
      const { SourceMap } = require('module');
      const code = fs.readFileSync(process.argv[2], 'utf8');
      const map = new SourceMap(JSON.parse(
        fs.readFileSync(process.argv[2] + '.map', 'utf8')));
      const lines = code.split('\\n');
      const line = lines.findIndex(l => l.includes('"sp.example.com"'));
      const column = lines[line].indexOf('"sp.example.com"');
      const entry = map.findEntry(line, column);
      console.log(entry.originalSource + ':' + (entry.originalLine + 1));
      """, to: "find.js")
    let found = try Command.run(
      node, ["find.js", "out/\(script)"], in: directory.url)
    #expect(found.status == 0, "\(found.error)")
    let defaults = try String(
      contentsOf: Snowpak.packageRoot.appending(
        path: "tracker-src/defaults.js"), encoding: .utf8)
    let line = try #require(
      defaults.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0.contains("'collector.snowpak.invalid'") })
    #expect(found.output == "tracker-src/defaults.js:\(line + 1)\n")
  }

  // MARK: - Helpers

  /// Builds with `arguments` into `out/` and returns the script's text.
  private func buildScript(
    _ arguments: [String], in directory: TemporaryDirectory
  ) throws -> String {
    let result = try Snowpak.run(
      ["build", "-o", "out"] + arguments, in: directory.url)
    try #require(result.status == 0, "\(result.error)")
    let name = try #require(directory.files(in: "out").first {
      $0.hasPrefix("sp-") && $0.hasSuffix(".js")
    })
    return String(decoding: try directory.read("out/\(name)"), as: UTF8.self)
  }

  /// String literals of tracker-src/ that stand only inside its debug
  /// regions: text that must not survive a production build.
  private func debugOnlyLiterals() throws -> [String] {
    let folder = Snowpak.packageRoot.appending(path: "tracker-src")
    var inside: Set<String> = [], outside: Set<String> = []
    for name in try FileManager.default.contentsOfDirectory(
      atPath: folder.path) where name.hasSuffix(".js")
    {
      let text = try String(
        contentsOf: folder.appending(path: name), encoding: .utf8)
      var rest = Substring(text)
      while let open = rest.range(of: "/*<DEBUG>*/") {
        collectLiterals(rest[..<open.lowerBound], into: &outside)
        let close = rest.range(of: "/*</DEBUG>*/")!
        collectLiterals(rest[open.upperBound..<close.lowerBound], into: &inside)
        rest = rest[close.upperBound...]
      }
      collectLiterals(rest, into: &outside)
    }
    let debugOnly = inside.subtracting(outside).filter { $0.count >= 6 }
    #expect(!debugOnly.isEmpty, "tracker-src has no debug-only strings")
    return debugOnly.sorted()
  }

  private func collectLiterals(
    _ text: Substring, into set: inout Set<String>
  ) {
    for match in text.matches(of: /'([^'\\\n]*)'/) {
      set.insert(String(match.1))
    }
  }

  private func modificationDates(_ folder: URL) throws -> [String: Date] {
    var dates: [String: Date] = [:]
    for name in try FileManager.default.contentsOfDirectory(
      atPath: folder.path)
    {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: folder.appending(path: name).path)
      dates[name] = attributes[.modificationDate] as? Date
    }
    return dates
  }
}
