import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `snowpak verify DIR`: every manifest entry exists and its digests
/// match, so a deploy step can refuse a tampered or half-copied directory.
enum VerifyCommand: Command {
  static let name = "verify"
  static let summary =
    "Check that every manifest entry exists and matches its digests."
  static let usage = "snowpak verify [options] [DIR]"
  static let discussion = """
    DIR defaults to the `out` of snowpak.json, else public/assets.
    Exits with status 1 and lists every problem when anything does not
    match, 0 when all is well.
    """

  static let options: [OptionSpec] = [
    .value("manifest", "PATH", "snowpak's manifest, relative to DIR "
      + "(snowpak-manifest.json)."),
    .flag("quiet", short: "q", "Print nothing but problems."),
  ]

  static func run(
    _ options: ParsedOptions, context: CommandContext
  ) throws -> ExitCode {
    guard options.operands.count <= 1 else {
      throw UsageError(
        "Expected one directory, got \(options.operands.count).",
        command: name)
    }
    // The directory: as given, else the build's `out` in snowpak.json.
    let configured = try ConfigFile.load(
      path: nil, context: context, specs: BuildCommand.options)
    let shown = options.operands.first ?? configured.value("out")
      ?? "public/assets"
    let url = BuildCommand.resolve(shown, context: context)
    var isDirectory = false
    guard FileManager.default.fileExists(
      atPath: url.path, isDirectory: &isDirectory), isDirectory
    else {
      throw InputError(description: "No directory '\(shown)' to verify.")
    }

    let directory = OutputDirectory(path: url.path)
    let problems = directory.verify(
      snowpakManifest: options.value("manifest")
        ?? ManifestFormat.snowpak.defaultPath)
    for problem in problems {
      context.console.diagnostic(
        "snowpak: error: " + problem.description.replacing(
          url.path + "/", with: shown.hasSuffix("/") ? shown : shown + "/"))
    }
    if problems.isEmpty {
      if !options.flag("quiet") {
        context.console.progress("Verified \(shown): every entry matches.")
      }
      return .success
    }
    context.console.diagnostic(
      "\(problems.count) problem(s) found in \(shown).")
    return .failure
  }
}
