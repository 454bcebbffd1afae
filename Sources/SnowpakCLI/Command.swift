/// A subcommand of `snowpak`: its name, its help and its option table, and
/// the work it does.
protocol Command {
  static var name: String { get }
  /// One line for the list of commands in `snowpak --help`.
  static var summary: String { get }
  /// `snowpak build [options]`, the first line of the command's help.
  static var usage: String { get }
  /// Paragraphs after the usage line, before the options.
  static var discussion: String { get }
  static var options: [OptionSpec] { get }

  /// Does the work; throws `UsageError` and the pipeline's own errors,
  /// which `SnowpakCLI` turns into messages and exit statuses.
  static func run(
    _ options: ParsedOptions, context: CommandContext
  ) throws -> ExitCode
}

/// What a command may use from the world around it.
struct CommandContext {
  var console: Console
  /// The directory relative paths are resolved against.
  var workingDirectory: String
  /// Standard input, read in full when a command asks for it.
  var readStandardInput: () -> [UInt8]
}

extension Command {
  static var discussion: String { "" }

  /// The command's `--help` text.
  static var help: String {
    var text = "usage: \(usage)\n\n\(summary)\n"
    if !discussion.isEmpty { text += "\n\(discussion)\n" }
    text += "\noptions:\n"
    let width = min(30, (options.map(\.synopsis.count).max() ?? 0) + 2)
    for spec in options + [helpOption] {
      let synopsis = spec.synopsis
      let padding = max(2, width - synopsis.count)
      let newline = synopsis.count + 2 > width ? "\n" : ""
      let indent = newline.isEmpty
        ? String(repeating: " ", count: padding)
        : "\n" + String(repeating: " ", count: width + 2)
      text += "  \(synopsis)\(indent)\(spec.help)\n"
    }
    return text
  }

  static var helpOption: OptionSpec {
    .flag("help", short: "h", "Show this help.")
  }
}
