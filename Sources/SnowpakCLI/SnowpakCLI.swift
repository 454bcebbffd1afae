#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import JSLexer

/// The `snowpak` command line: finds the subcommand, parses its options,
/// runs it, and turns every error into a message and a sysexits status.
///
/// This is the only module that prints; the stages below it return
/// results and diagnostics.
public enum SnowpakCLI {
  public static let version = "0.1.0"

  static var commands: [any Command.Type] {
    [
      BuildCommand.self,
      MinifyCommand.self,
      VerifyCommand.self,
      PixelCommand.self,
      ServeCommand.self,
    ]
  }

  /// Runs `snowpak` with `arguments` (without the program name) and
  /// returns the exit status.
  public static func main(
    arguments: [String] = Array(CommandLine.arguments.dropFirst()),
    console: Console = .standard(),
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) -> Int32 {
    let context = CommandContext(
      console: console, workingDirectory: workingDirectory,
      readStandardInput: { StandardStream.readInput() })
    return run(arguments, context: context).rawValue
  }

  static func run(
    _ arguments: [String], context: CommandContext
  ) -> ExitCode {
    let console = context.console

    // `snowpak`, `snowpak --help`, `snowpak --version`.
    guard let first = arguments.first else {
      console.diagnostic(overview)
      return .usage
    }
    if first == "--help" || first == "-h" || first == "help" {
      console.result(overview)
      return .success
    }
    if first == "--version" {
      console.result("snowpak \(version)\n")
      return .success
    }

    // The subcommand, with a guess for a misspelt one.
    guard let command = commands.first(where: { $0.name == first }) else {
      var message = "Unknown command '\(first)'."
      if let guess = UsageError.closestName(
        to: first, in: commands.map { $0.name })
      {
        message += " Did you mean '\(guess)'?"
      }
      report(UsageError(message), console: console)
      return .usage
    }

    // Its options, then the work.
    let rest = Array(arguments.dropFirst())
    do {
      let specs = command.options + [command.helpOption]
      let options = try OptionParser.parse(
        rest, specs: specs, command: command.name)
      if options.flag("help") {
        console.result(command.help)
        return .success
      }
      return try command.run(options, context: context)
    } catch {
      return report(error, console: console)
    }
  }

  /// Prints `error` and returns the status it exits with.
  @discardableResult
  static func report(_ error: any Error, console: Console) -> ExitCode {
    let failure = Failure(error)
    console.diagnostic(failure.message)
    if let command = (error as? UsageError)?.command {
      console.diagnostic("Run 'snowpak \(command) --help' for usage.")
    }
    return failure.exitCode
  }

  static var overview: String {
    var text = """
      usage: snowpak COMMAND [options]

      Builds a self-hosted, fingerprinted Snowplow-style tracker for a
      website's asset pipeline.

      commands:

      """
    let width = (commands.map { $0.name.count }.max() ?? 0) + 4
    for command in commands {
      let padding = String(
        repeating: " ", count: width - command.name.count)
      text += "  \(command.name)\(padding)\(command.summary)\n"
    }
    text += """

      Run 'snowpak COMMAND --help' for a command's options.
      'snowpak --version' prints the version.

      """
    return text
  }
}
