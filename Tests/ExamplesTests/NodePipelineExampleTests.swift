import Foundation
import Testing

/// examples/node-pipeline: `npm run build` runs snowpak with the Vite and
/// webpack manifests, and a node script fills the page from the Vite one.
@Suite(
  "The node-pipeline example",
  .enabled(if: Examples.tool("npm") != nil, "npm is not installed"),
  .enabled(if: Examples.tool("node") != nil, "node is not installed"),
  .enabled(if: Examples.tool("python3") != nil, "python3 is not installed"))
struct NodePipelineExampleTests {
  @Test("npm run build writes the page from the Vite manifest")
  func buildFillsThePage() throws {
    let scratch = try Examples.copy("node-pipeline")
    let example = scratch.url.appending(path: "node-pipeline")
    let result = try npmRunBuild(in: example)
    #expect(result.status == 0, "\(result.error)")

    // The page names what snowpak's own manifest names.
    let assets = example.appending(path: "dist/assets")
    let tracker = try TrackerEntry.snowpak(
      assets.appending(path: "snowpak-manifest.json"))
    let page = try scratch.text("node-pipeline/dist/index.html")
    #expect(page.contains(tracker.scriptTag(prefix: "/assets/")))
    #expect(!page.contains("<!-- tracker -->"))

    // The bytes match the name and integrity, as hashlib computes them.
    let digests = try Examples.digests(
      of: assets.appending(path: tracker.file))
    #expect(tracker.file == "sp-\(digests.sha256.prefix(16)).js")
    #expect(tracker.integrity == digests.sri)

    // webpack-manifest-plugin's shape: logical name to public URL.
    let webpack = try JSONSerialization.jsonObject(
      with: Data(contentsOf: assets.appending(path: "manifest.json")))
    #expect(
      (webpack as? [String: String]) == ["sp.js": "/assets/\(tracker.file)"])
  }

  @Test("npm run build fails with snowpak's error and status")
  func buildFailsOnABadCollector() throws {
    let scratch = try Examples.copy("node-pipeline")
    let example = scratch.url.appending(path: "node-pipeline")
    let result = try npmRunBuild(in: example, collector: "sp.example.com:0")
    #expect(result.status == 64)
    #expect(result.error.contains(
      "snowpak: error: The collector 'sp.example.com:0' has an invalid port"))
    #expect(!scratch.files(in: "node-pipeline").contains("dist"))
  }

  /// `npm run build` as the README says, offline, with a private cache.
  private func npmRunBuild(
    in example: URL, collector: String = "sp.example.com"
  ) throws -> Command.Result {
    try Command.run(
      "npm", ["run", "build", "--offline"], in: example,
      environment: [
        "SNOWPAK": Examples.snowpak.path, "COLLECTOR": collector,
        "npm_config_cache": example.appending(path: ".npm-cache").path,
        "npm_config_update_notifier": "false",
      ])
  }
}
