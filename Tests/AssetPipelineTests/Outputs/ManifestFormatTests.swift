@testable import AssetPipeline
import Digest
import Foundation
import Testing

private let script = "var a=1;"
private let map = "{\"version\":3,\"sources\":[],\"names\":[],\"mappings\":\"\"}"

/// Builds `script` with `map` and `format`, over `existing` manifest text
/// if given, and returns the plan and the written manifest.
private func buildManifest(
  _ format: ManifestFormat, existing: String? = nil, path: String? = nil,
  in directory: TemporaryDirectory? = nil,
  _ configure: (inout OutputOptions) -> Void = { _ in }
) throws -> (OutputPlan, JSONValue) {
  let owned = directory == nil ? try TemporaryDirectory() : nil
  defer { owned?.remove() }
  let directory = try directory ?? #require(owned)
  let manifestPath = path ?? format.defaultPath
  if let existing { try directory.write(manifestPath, existing) }
  let (plan, _) = try build(script, map: map, into: directory) { options in
    options.manifests = [ManifestRequest(format, path: path)]
    configure(&options)
  }
  let written = try JSONParser.parse(try #require(directory.read(manifestPath)))
  return (plan, written)
}

/// Parses JSON text written in a test.
private func json(_ text: String) -> JSONValue {
  try! JSONParser.parse(Array(text.utf8))
}

@Suite("Each manifest format has its documented fields and merges")
struct ManifestFormatTests {
  @Test("snowpak: file, digests, sizes, map, gzip and history")
  func snowpak() throws {
    let (plan, manifest) = try buildManifest(.snowpak) { $0.gzip = true }
    let script = plan.script
    #expect(manifest == json("""
      {"assets": {"sp.js": {
         "file": "\(script.file)", "gzip": "\(script.file).gz",
         "gzipSize": \(script.gzipSize), "integrity": "\(script.integrity)",
         "map": "\(script.file).map", "sha256": "\(script.sha256)",
         "size": \(script.size)}},
       "history": {"sp.js": [{"file": "\(script.file)", "outputs":
         ["\(script.file)", "\(script.file).map", "\(script.file).gz"]}]},
       "version": 1}
      """))
  }

  @Test("Sprockets: files with logical_path, mtime, size, digest, integrity; assets")
  func sprockets() throws {
    let (plan, manifest) = try buildManifest(.sprockets)
    let js = plan.script
    let jsMap = try #require(plan.map)
    #expect(manifest == json("""
      {"assets": {"sp.js": "\(js.file)", "sp.js.map": "\(jsMap.file)"},
       "files": {
         "\(js.file)": {"digest": "\(js.sha256)",
           "integrity": "\(Integrity.sha256(of: js.bytes))",
           "logical_path": "sp.js", "mtime": "2026-09-21T14:13:20Z",
           "size": \(js.size)},
         "\(jsMap.file)": {"digest": "\(jsMap.sha256)",
           "integrity": "\(Integrity.sha256(of: jsMap.bytes))",
           "logical_path": "sp.js.map", "mtime": "2026-09-21T14:13:20Z",
           "size": \(jsMap.size)}}}
      """))
    #expect(ManifestFormat.isSprocketsManifestName(ManifestFormat.sprocketsDefaultName))
  }

  @Test("Sprockets: an existing .sprockets-manifest-*.json is found and merged")
  func sprocketsExisting() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let name = ".sprockets-manifest-0123456789abcdef0123456789abcdef.json"
    let site = #"{"assets": {"app.css": "app-1.css"}, "files": {"app-1.css": "#
      + #"{"logical_path": "app.css", "mtime": "2020-01-01T00:00:00+01:00", "#
      + #""size": 1, "digest": "d"}}}"#
    try directory.write(name, site)
    _ = try build(script, into: directory) { $0.manifests = [ManifestRequest(.sprockets)] }

    let manifest = try JSONParser.parse(try #require(directory.read(name)))
    #expect(manifest["assets"]?["app.css"] == .string("app-1.css"))
    #expect(manifest["files"]?["app-1.css"] == json(site)["files"]?["app-1.css"])
    #expect(manifest["assets"]?["sp.js"] != nil)
    #expect(!FileManager.default.fileExists(
      atPath: directory.file(ManifestFormat.sprocketsDefaultName)))
  }

  @Test("Propshaft: digested_path and integrity; flat manifests stay flat")
  func propshaft() throws {
    let (plan, manifest) = try buildManifest(.propshaft,
      existing: #"{"app.css": {"digested_path": "app-1.css", "integrity": null}}"#)
    #expect(manifest == json("""
      {"app.css": {"digested_path": "app-1.css", "integrity": null},
       "sp.js": {"digested_path": "\(plan.script.file)",
         "integrity": "\(plan.script.integrity)"},
       "sp.js.map": {"digested_path": "\(plan.map!.file)",
         "integrity": "\(plan.map!.integrity)"}}
      """))

    let (flatPlan, flat) = try buildManifest(.propshaft,
      existing: #"{"app.css": "app-1.css"}"#)
    #expect(flat == json("""
      {"app.css": "app-1.css", "sp.js": "\(flatPlan.script.file)",
       "sp.js.map": "\(flatPlan.map!.file)"}
      """))
  }

  @Test("webpack-manifest-plugin: logical name to public URL")
  func webpack() throws {
    let (plan, manifest) = try buildManifest(.webpack,
      existing: #"{"main.js": "/assets/main.1.js"}"#) { $0.publicPath = "/assets" }
    #expect(manifest == json("""
      {"main.js": "/assets/main.1.js", "sp.js": "/assets/\(plan.script.file)",
       "sp.js.map": "/assets/\(plan.map!.file)"}
      """))
  }

  @Test("Vite: file, src, name, isEntry, integrity; other chunks kept")
  func vite() throws {
    let site = #"{"src/main.ts": {"file": "assets/main-1.js", "src": "src/main.ts", "#
      + #""isEntry": true, "css": ["assets/main-1.css"]}}"#
    let (plan, manifest) = try buildManifest(.vite, existing: site)
    #expect(manifest == json("""
      {"sp.js": {"file": "\(plan.script.file)", "integrity": "\(plan.script.integrity)",
         "isEntry": true, "name": "sp", "src": "sp.js"},
       "src/main.ts": {"css": ["assets/main-1.css"], "file": "assets/main-1.js",
         "isEntry": true, "src": "src/main.ts"}}
      """))

    let (_, dotted) = try buildManifest(.vite) { $0.logicalName = "sp.min.js" }
    #expect(dotted["sp.min.js"]?["name"] == .string("sp.min"))
  }

  @Test("Phoenix: latest, version 1, digests with Gregorian-second mtime, MD5 and SHA-512")
  func phoenix() throws {
    let site = #"{"latest": {"app.css": "app-1.css"}, "version": 1, "digests": "#
      + #"{"app-1.css": {"logical_path": "app.css", "mtime": 63000000000, "#
      + #""size": 1, "digest": "d", "sha512": "s"}}}"#
    let (plan, manifest) = try buildManifest(.phoenix, existing: site)
    let js = plan.script
    // 1_790_000_000 s after 1970 plus 719_528 days from year 0.
    #expect(manifest["digests"]?[js.file] == json("""
      {"digest": "\(Hex.lowercase(MD5.hash(js.bytes)))", "logical_path": "sp.js",
       "mtime": 63957219200, "sha512": "\(Base64.encode(SHA512.hash(js.bytes)))",
       "size": \(js.size)}
      """))
    #expect(manifest["latest"] == json("""
      {"app.css": "app-1.css", "sp.js": "\(js.file)", "sp.js.map": "\(plan.map!.file)"}
      """))
    #expect(manifest["version"] == .number("1"))
    #expect(manifest["digests"]?["app-1.css"] == json(site)["digests"]?["app-1.css"])
  }

  @Test("Django: paths, version kept or 1.0, hash over all paths")
  func django() throws {
    let (plan, manifest) = try buildManifest(.django,
      existing: #"{"paths": {"css/é.css": "css/é.1.css"}, "version": "1.1", "hash": "x"}"#)
    #expect(manifest["paths"] == json("""
      {"css/é.css": "css/é.1.css", "sp.js": "\(plan.script.file)",
       "sp.js.map": "\(plan.map!.file)"}
      """))
    #expect(manifest["version"] == .string("1.1"))

    let (_, fresh) = try buildManifest(.django)
    #expect(fresh["version"] == .string("1.0"))
    #expect(fresh["hash"]?.stringValue?.count == 12)
  }

  @Test(
    "Django's hash is what Python computes from the same paths",
    .enabled(if: toolPath("python3") != nil, "python3 is not installed"))
  func djangoHashMatchesPython() throws {
    let (_, manifest) = try buildManifest(.django,
      existing: #"{"paths": {"b/é.css": "b/é.1.css", "a\"q😀.js": "x"}, "version": "1.0"}"#)
    let script = "import json,sys,hashlib; m=json.load(sys.stdin); "
      + "print(hashlib.md5(json.dumps(sorted(m['paths'].items())).encode())"
      + ".hexdigest()[:12])"
    let result = try #require(runTool("python3", ["-c", script],
      input: manifest.serialized()))
    #expect(String(decoding: result.output, as: UTF8.self)
      == (manifest["hash"]?.stringValue ?? "") + "\n")
  }

  @Test("a manifest of the wrong shape is refused with the reason")
  func wrongShapes() throws {
    let cases: [(ManifestFormat, String, String)] = [
      (.django, #"{"version": "2.0"}"#, "\"version\" is not \"1.0\" or \"1.1\""),
      (.django, #"{"paths": {"a": 1}}"#, "the path of \"a\" is not a string"),
      (.sprockets, #"{"files": []}"#, "\"files\" is not an object"),
      (.phoenix, #"{"version": 2}"#, "\"version\" is not 1"),
      (.webpack, #"["a"]"#, "the top level is not an object"),
      (.snowpak, #"{"history": {"sp.js": [{"file": "../x", "outputs": []}]}}"#,
        "the history names \"../x\", which is not a plain file name"),
    ]
    for (format, text, reason) in cases {
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let error = outputError {
        _ = try buildManifest(format, existing: text, in: directory)
      }
      #expect(error?.message == "\(directory.path)/\(format.defaultPath): existing "
        + "manifest has an unexpected shape: \(reason); nothing was written")
      #expect(error?.exitCode == 65)
    }
  }

  @Test("a manifest path can be chosen, inside the output directory")
  func customPath() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try buildManifest(.webpack, path: "meta/assets.json", in: directory)
    #expect(directory.read("meta/assets.json") != nil)
    #expect(ManifestRequest(argument: "vite=x/m.json")
      == ManifestRequest(.vite, path: "x/m.json"))
    #expect(ManifestRequest(argument: "Django") == ManifestRequest(.django))
    #expect(ManifestRequest(argument: "rollup") == nil)
  }
}
