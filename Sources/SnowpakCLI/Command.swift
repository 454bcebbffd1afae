#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
    let width = min(28, (options.map(\.synopsis.count).max() ?? 0) + 2)
    let indent = String(repeating: " ", count: width + 2)
    for spec in options + [helpOption] {
      // The synopsis, then the help wrapped to 80 columns beside it:
      //   --out DIR      Where to write the assets. Default:
      //                  public/assets.
      let synopsis = "  " + spec.synopsis
      let lines = wrap(spec.help, width: 80 - indent.count)
      if synopsis.count + 2 > indent.count {
        text += synopsis + "\n" + indent
      } else {
        text += synopsis
          + String(repeating: " ", count: indent.count - synopsis.count)
      }
      text += lines.joined(separator: "\n" + indent) + "\n"
    }
    return text
  }

  /// `text` broken into lines of at most `width` characters, at spaces.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  static var helpOption: OptionSpec {
    .flag("help", short: "h", "Show this help.")
  }
}
