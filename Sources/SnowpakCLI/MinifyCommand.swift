import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import JSLexer
import JSMinifier

/// `snowpak minify`: the minifier alone, files or standard input to
/// standard output.
enum MinifyCommand: Command {
  static let name = "minify"
  static let summary = "Minify JavaScript files, or standard input."
  static let usage = "snowpak minify [options] [FILE... | -]"
  static let discussion = """
    Files are concatenated in the order given; with no file, or '-',
    standard input is read. The result goes to standard output, or to
    --output. On a syntax error nothing is written.
    """

  static let options: [OptionSpec] = [
    .value("output", "FILE", short: "o", "Write to FILE instead of "
      + "standard output."),
    .value("source-map", "FILE", "Write a version 3 source map to FILE "
      + "and link it from the output."),
    .flag("sources-content", "Embed the original sources in the map."),
    .flag("module", "Read the input as ES modules, not scripts."),
    .flag(
      "no-mangle",
      "Drop only whitespace and comments: keep names, parentheses, braces."),
    .value("comments", "MODE", "Which comments to keep: none, license "
      + "(default) or all."),
  ]

  static func run(
    _ options: ParsedOptions, context: CommandContext
  ) throws -> ExitCode {
    var minifyOptions = MinifyOptions()
    minifyOptions.goal = options.flag("module") ? .module : .script
    minifyOptions.mangle = !options.flag("no-mangle")
    minifyOptions.comments = try commentPolicy(options.value("comments"))
    let mapPath = options.value("source-map")
    minifyOptions.sourceMap = mapPath != nil

    // The input: files in order, or standard input.
    let source = try readInput(options.operands, context: context)

    // The work; a syntax error stops here, before anything is written.
    let output: MinifiedOutput
    do {
      output = try Minifier.minify(source, options: minifyOptions)
    } catch let error as LexerError {
      throw SourceDiagnostic(error.diagnostic, in: source)
    } catch let diagnostic as Diagnostic {
      throw SourceDiagnostic(diagnostic, in: source)
    }

    // The map first, so that the code never links a map that is missing.
    var code = output.code
    if let mapPath, let map = output.sourceMap {
      let outputName = options.value("output").map {
        URL(fileURLWithPath: $0).lastPathComponent
      } ?? "stdout.js"
      let json = map.json(
        file: outputName,
        includeSourcesContent: options.flag("sources-content"))
      try write(json, to: mapPath, context: context)
      let mapName = URL(fileURLWithPath: mapPath).lastPathComponent
      if code.last != 0x0A { code.append(0x0A) }
      code += Array("//# sourceMappingURL=\(mapName)\n".utf8)
    }

    if let outputPath = options.value("output") {
      try write(code, to: outputPath, context: context)
    } else {
      context.console.result(String(decoding: code, as: UTF8.self))
    }
    return .success
  }

  static func commentPolicy(
    _ value: String?
  ) throws -> CommentPolicy {
    switch value {
    case nil, "license": return .license
    case "none": return .none
    case "all": return .all
    case let other?:
      throw UsageError(
        "Invalid --comments '\(other)'; expected none, license or all.")
    }
  }

  /// The files named by `operands`, or standard input, as one source.
  static func readInput(
    _ operands: [String], context: CommandContext
  ) throws -> SourceText {
    if operands.isEmpty || operands == ["-"] {
      return SourceText(files: [
        SourceFile(name: "<stdin>", text: context.readStandardInput())
      ])
    }
    var files: [SourceFile] = []
    for path in operands {
      if path == "-" {
        throw UsageError(
          "'-' (standard input) cannot be combined with files.",
          command: name)
      }
      let url = URL(
        fileURLWithPath: path,
        relativeTo: URL(fileURLWithPath: context.workingDirectory))
      guard let text = try? FileBytes.contents(ofPath: url.path) else {
        throw InputError(
          description: "Cannot read '\(path)': no such readable file.")
      }
      files.append(SourceFile(name: path, text: text))
    }
    return SourceText(files: files)
  }

  /// Writes `bytes` to `path` through a temporary file and a rename.
  static func write(
    _ bytes: [UInt8], to path: String, context: CommandContext
  ) throws {
    let url = URL(
      fileURLWithPath: path,
      relativeTo: URL(fileURLWithPath: context.workingDirectory))
    var isDirectory = false
    if FileManager.default.fileExists(
      atPath: url.path, isDirectory: &isDirectory), isDirectory
    {
      throw InputError(
        description: "Cannot write '\(path)': it is a directory; name a "
          + "file.", exitCode: .cannotCreate)
    }
    do {
      try FileBytes.replace(url.path, with: bytes)
    } catch {
      throw InputError(
        description: "Cannot write '\(path)': \(error.reason).",
        exitCode: .cannotCreate)
    }
  }
}
