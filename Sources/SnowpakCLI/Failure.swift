import AssetPipeline
import JSLexer

/// An error as the command line reports it: the message, worded by the
/// stage that failed, and the sysexits status it exits with.
///
///     tracker-src/core.js:12:9: error: Unterminated string literal
///       var a = 'abc
///               ^                                  exit 65
///     snowpak: error: The collector 'a"b' contains …   exit 64
struct Failure {
  var message: String
  var exitCode: ExitCode

  init(_ error: any Error) {
    switch error {
    case let error as UsageError:
      self.init("snowpak: error: \(error.message)", .usage)
    case let error as EndpointError:
      self.init("snowpak: error: \(error)", .usage)
    case let error as SourceDiagnostic:
      self.init(error.rendered, .dataError)
    case let error as SourceError:
      self.init(Self.render(error), Self.exitCode(for: error))
    case let error as RewriteError:
      self.init("snowpak: error: \(error)", .dataError)
    case let error as InputError:
      self.init("snowpak: error: \(error)", error.exitCode)
    case let error as OutputError:
      self.init(
        "snowpak: error: \(error.message)",
        ExitCode(rawValue: error.exitCode) ?? .software)
    default:
      self.init("snowpak: error: \(error)", .software)
    }
  }

  init(_ message: String, _ exitCode: ExitCode) {
    self.message = message
    self.exitCode = exitCode
  }

  /// `order.txt:3:1: error: …` with the line and a caret, when the
  /// problem is inside an order file.
  private static func render(_ error: SourceError) -> String {
    guard let position = error.position else {
      return "snowpak: error: \(error)"
    }
    let caret = String(repeating: " ", count: position.column - 1) + "^"
    return "\(position.file):\(position.line):\(position.column): "
      + "error: \(error)\n\(position.lineText)\n\(caret)"
  }

  private static func exitCode(for error: SourceError) -> ExitCode {
    switch error {
    case .notUTF8, .listedPathEscapes, .emptyOrderFile, .listedOrderFile,
      .listedDirectory:
      .dataError
    case .missing, .unreadable, .noOrderFile, .listedFileMissing: .noInput
    }
  }
}

/// A problem with a file a command was asked to read.
struct InputError: Error, CustomStringConvertible {
  var description: String
  var exitCode: ExitCode = .noInput
}
