// Compiles the files of tracker-src/ into the EmbeddedTracker module, so
// that `snowpak build` needs no file beside the binary: it works from any
// directory and after the binary is copied elsewhere.

import Foundation
import PackagePlugin

@main
struct EmbedTrackerPlugin: BuildToolPlugin {
  func createBuildCommands(
    context: PluginContext,
    target: Target
  ) throws -> [Command] {
    let trackerDirectory = context.package.directoryURL
      .appending(path: "tracker-src")
    let output = context.pluginWorkDirectoryURL
      .appending(path: "EmbeddedTrackerFiles.swift")

    // Every regular file is an input, so editing one rebuilds the module.
    let names = try FileManager.default
      .contentsOfDirectory(atPath: trackerDirectory.path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
    let inputs = names.map { trackerDirectory.appending(path: $0) }

    return [
      .buildCommand(
        displayName: "Embedding tracker-src (\(names.count) files)",
        executable: try context.tool(named: "embed-tracker").url,
        arguments: [trackerDirectory.path, output.path],
        inputFiles: inputs,
        outputFiles: [output]
      ),
    ]
  }
}
