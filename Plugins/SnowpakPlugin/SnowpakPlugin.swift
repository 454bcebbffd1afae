// `swift package --allow-writing-to-package-directory snowpak build …`
//
// Runs the snowpak executable in the directory of the package the command
// is run on, with the arguments as given, so that `public/assets` and
// `snowpak.json` are that package's own. snowpak's output and errors are
// passed through as they are (SwiftPM prints everything a plugin writes on
// its own standard output), and a failing status fails the plugin: SwiftPM
// then adds "error: Plugin ended with exit code N" and exits non-zero.
// Proved by Tests/ExamplesTests/SwiftPackageExampleTests.swift.

import Foundation
import PackagePlugin

@main
struct SnowpakPlugin: CommandPlugin {
  func performCommand(
    context: PluginContext,
    arguments: [String]
  ) async throws {
    let tool = try context.tool(named: "snowpak")

    let process = Process()
    process.executableURL = tool.url
    process.arguments = arguments
    process.currentDirectoryURL = context.package.directoryURL
    try process.run()
    process.waitUntilExit()

    // snowpak has already printed why; the status says that it failed.
    if process.terminationReason == .uncaughtSignal {
      Diagnostics.error(
        "snowpak was stopped by signal \(process.terminationStatus)")
    }
    if process.terminationStatus != 0 {
      exit(process.terminationStatus)
    }
  }
}
