import Foundation
import Testing

/// examples/swift-package: a package that depends on snowpak by path and
/// runs it through the command plugin.
///
/// The first run compiles snowpak a second time, for the example package
/// (about three minutes on two cores), so these tests run in CI (where
/// `CI` is set) or when SNOWPAK_TEST_PLUGIN=1, and skip otherwise. The
/// package is copied to .build/examples/swift-package, kept between runs,
/// so later runs only rebuild what changed.
@Suite(
  "The swift-package example",
  .serialized,
  .enabled(if: ExamplePackage.isWanted,
    "set SNOWPAK_TEST_PLUGIN=1 to build the example package (minutes)"),
  .enabled(if: Examples.tool("swift") != nil, "swift is not on PATH"),
  .enabled(if: Examples.tool("python3") != nil, "python3 is not installed"))
struct SwiftPackageExampleTests {
  @Test("The plugin builds the tracker into the package's own directory")
  func pluginWritesIntoThePackage() throws {
    let assets = try freshAssets()

    // Run from elsewhere: the package's snowpak.json and folder are used.
    let result = try plugin(
      ["--allow-writing-to-package-directory",
       "snowpak", "build", "--collector", "sp.example.com"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Wrote Public/assets/sp-"))

    // The files snowpak.json asks for, consistent with their bytes.
    let tracker = try TrackerEntry.snowpak(
      assets.appending(path: "snowpak-manifest.json"))
    let digests = try Examples.digests(
      of: assets.appending(path: tracker.file))
    #expect(tracker.file == "sp-\(digests.sha256.prefix(16)).js")
    #expect(tracker.integrity == digests.sri)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: assets.path)
    #expect(
      files.sorted() == [tracker.file, tracker.file + ".gz",
        "snowpak-manifest.json"].sorted())

    // The package's own program reads the manifest.
    let site = try Command.succeed(
      "swift", ["run", "--quiet", "site"], in: ExamplePackage.directory)
    #expect(site.output.contains(tracker.scriptTag(prefix: "/assets/")))
  }

  @Test("snowpak's errors show through the plugin, which then fails")
  func pluginPassesErrorsThrough() throws {
    let assets = try freshAssets()
    let direct = try Command.run(
      Examples.snowpak.path, ["build", "--collector", "sp..example"],
      in: ExamplePackage.directory)
    let throughPlugin = try plugin(
      ["--allow-writing-to-package-directory",
       "snowpak", "build", "--collector", "sp..example"])

    // The same message as the tool's own, then SwiftPM's failure. SwiftPM
    // forwards all of a plugin's output to its standard output.
    #expect(direct.status == 64)
    let message = try #require(direct.error.split(separator: "\n").first)
    #expect(message.hasPrefix("snowpak: error: The collector 'sp..example'"))
    #expect(throughPlugin.status != 0)
    #expect(throughPlugin.output.contains(message + "\n"))
    #expect(throughPlugin.error.contains("exit code 64"))
    #expect(!FileManager.default.fileExists(atPath: assets.path))
  }

  @Test("Without --allow-writing-to-package-directory nothing is written")
  func pluginNeedsThePermission() throws {
    let assets = try freshAssets()
    let result = try plugin(
      ["snowpak", "build", "--collector", "sp.example.com"])
    #expect(result.status != 0)
    #expect(result.error.contains("--allow-writing-to-package-directory"))
    #expect(!FileManager.default.fileExists(atPath: assets.path))
  }

  /// `swift package --package-path … ARGUMENTS` from the repository root.
  private func plugin(_ arguments: [String]) throws -> Command.Result {
    try Command.run(
      "swift", ["package", "--package-path", ExamplePackage.directory.path] + arguments,
      in: Examples.repository)
  }

  /// Public/assets of the package, removed so each test starts clean.
  private func freshAssets() throws -> URL {
    let assets = ExamplePackage.directory.appending(path: "Public/assets")
    try? FileManager.default.removeItem(at: assets)
    return assets
  }
}
