#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where the command line writes: progress to standard output, warnings and
/// errors to standard error. The library modules never print; only the
/// commands do, through this type, so tests can capture both streams.
public final class Console: @unchecked Sendable {
  /// How much the commands say on standard output.
  public enum Verbosity: Sendable, Comparable {
    case quiet, normal, verbose
  }

  public var verbosity: Verbosity = .normal
  private let writeOutput: (String) -> Void
  private let writeError: (String) -> Void

  public init(
    output: @escaping (String) -> Void,
    error: @escaping (String) -> Void
  ) {
    self.writeOutput = output
    self.writeError = error
  }

  /// The process's own standard output and standard error.
  public static func standard() -> Console {
    Console(
      output: { StandardStream.output.write($0.utf8) },
      error: { StandardStream.error.write($0.utf8) }
    )
  }

  /// A line of progress, shown unless `--quiet`.
  public func progress(_ line: String) {
    if verbosity >= .normal { writeOutput(line + "\n") }
  }

  /// A line of detail, shown with `--verbose`.
  public func detail(_ line: String) {
    if verbosity >= .verbose { writeOutput(line + "\n") }
  }

  /// The command's result itself (minified code, JSON): always written.
  public func result(_ text: String) {
    writeOutput(text)
  }

  /// A diagnostic, always written to standard error. `text` is complete,
  /// including its `error:` or `warning:` label.
  public func diagnostic(_ text: String) {
    writeError(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// An error without a source position: `snowpak: error: message`.
  public func error(_ message: String) {
    diagnostic("snowpak: error: \(message)")
  }

  /// A warning without a source position.
  public func warning(_ message: String) {
    diagnostic("snowpak: warning: \(message)")
  }
}
