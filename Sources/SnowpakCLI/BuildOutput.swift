import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import JSMinifier

/// The output half of `snowpak build`: options to an output plan, the plan
/// committed to `--out`, and one line per file.
///
///     Wrote public/assets/sp-5d8c0a9e1b2f3a4c.js (9214 bytes, 3702 gzipped)
///     Wrote public/assets/snowpak-manifest.json (771 bytes)
enum BuildOutput {
  static func write(
    _ script: CompiledScript, options: ParsedOptions,
    context: CommandContext
  ) throws -> ExitCode {
    let console = context.console
    let outputOptions = try outputOptions(options)
    let outPath = options.value("out") ?? "public/assets"
    guard !outPath.isEmpty else {
      throw UsageError(
        "The output directory (--out) is empty; name a directory such as "
          + "'public/assets'.", command: BuildCommand.name)
    }
    let directory = OutputDirectory(
      path: BuildCommand.resolve(outPath, context: context).path)

    // One build at a time per directory, from reading the manifests to
    // writing them.
    let lock = DirectoryLock(path: directory.path)
    defer { withExtendedLifetime(lock) {} }

    // Everything is decided in memory first; a failure here writes nothing.
    let includeSources = options.flag("sources-content")
    let map = script.sourceMap.map { map in
      { (fileName: String) in
        map.json(file: fileName, includeSourcesContent: includeSources)
      }
    }
    let plan = try AssetOutputs.plan(
      script: script.code, sourceMapNamed: map, options: outputOptions,
      in: directory)
    let report = try directory.commit(plan)

    // The report: one line a file, or JSON.
    let shown = outPath.hasSuffix("/") ? outPath : outPath + "/"
    if options.flag("json") {
      console.result(json(report, plan: plan, shownDirectory: shown))
    } else {
      for entry in report.entries {
        let line = describe(entry, in: shown)
        entry.status == .unchanged
          ? console.detail(line) : console.progress(line)
      }
      if report.paths(.written).isEmpty {
        console.progress("Nothing changed in \(shown); \(plan.script.file) "
          + "is up to date.")
      }
    }
    for warning in report.warnings { console.warning(warning) }
    return .success
  }

  static func outputOptions(
    _ options: ParsedOptions
  ) throws -> OutputOptions {
    var output = OutputOptions()
    if let name = options.value("name") { output.logicalName = name }
    if let pattern = options.value("pattern") { output.pattern = pattern }
    if let length = options.value("hash-length") {
      output.hashLength = try integer(length, for: "hash-length")
    }
    output.gzip = options.flag("gzip")
    output.snippetPath = options.value("snippet")
    if let publicPath = options.value("public-path") {
      output.publicPath = publicPath
    }
    if options.flag("pixel") { output.pixel = .gif }
    if let keep = options.value("keep") {
      output.keep = try integer(keep, for: "keep")
    }
    output.manifests = try options.list("manifest").map { argument in
      guard let request = ManifestRequest(argument: argument) else {
        let formats = ManifestFormat.allCases.map(\.rawValue)
        throw UsageError(
          "Unknown manifest format '\(argument)'; expected one of "
            + formats.joined(separator: ", ") + ", optionally =PATH.",
          command: BuildCommand.name)
      }
      return request
    }
    return output
  }

  static func integer(_ text: String, for option: String) throws -> Int {
    guard let value = Int(text), value >= 0 else {
      throw UsageError(
        "Invalid --\(option) '\(text)'; expected a whole number.",
        command: BuildCommand.name)
    }
    return value
  }

  /// `Wrote out/sp-….js (9214 bytes, 3702 gzipped)`.
  static func describe(
    _ entry: OutputReport.Entry, in directory: String
  ) -> String {
    let path = directory + entry.path
    switch entry.status {
    case .removed:
      return "Removed \(path)"
    case .written, .unchanged:
      let verb = entry.status == .written ? "Wrote" : "Unchanged"
      let gzip = entry.gzipSize.map { ", \($0) gzipped" } ?? ""
      return "\(verb) \(path) (\(entry.size) bytes\(gzip))"
    }
  }

  /// The report for machines: `--json`.
  static func json(
    _ report: OutputReport, plan: OutputPlan, shownDirectory: String
  ) -> String {
    let files = report.entries.map { entry in
      var file: [String: JSONValue] = [
        "path": .string(shownDirectory + entry.path),
        "status": .string(entry.status.rawValue),
        "size": .integer(entry.size),
      ]
      if let gzipSize = entry.gzipSize { file["gzipSize"] = .integer(gzipSize) }
      return JSONValue.object(file)
    }
    let object: JSONValue = .object([
      "script": .object([
        "logicalName": .string(plan.script.logicalName),
        "file": .string(plan.script.file),
        "sha256": .string(plan.script.sha256),
        "integrity": .string(plan.script.integrity),
        "size": .integer(plan.script.size),
        "gzipSize": .integer(plan.script.gzipSize),
      ]),
      "snippet": .string(plan.snippet),
      "files": .array(files),
      "warnings": .array(report.warnings.map(JSONValue.string)),
    ])
    return String(decoding: object.serialized(), as: UTF8.self)
  }
}
