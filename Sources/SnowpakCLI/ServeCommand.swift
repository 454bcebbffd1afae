import CollectorServer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `snowpak serve`: the built site and a local collector on one port,
/// until Ctrl-C. Parses its own options; prints every hit, decoded, to
/// stdout and problems with the command to stderr. The server itself is
/// the CollectorServer library.
struct ServeCommand {
  static let usage = """
    usage: snowpak serve [--dir DIR] [--port N] [--host ADDRESS]
                         [--post-path PATH]... [--log FILE | --no-log] [--quiet]

    Serves DIR (default public) on http://127.0.0.1:8080 and collects
    tracker events: GET /i and /ice.png answer the pixel, POST
    /com.snowplowanalytics.snowplow/tp2 (and each --post-path) answers ok.
    Every hit is appended to FILE (default snowpak-access.log) in the
    CloudFront access-log format and printed decoded. --port 0 picks a
    free port. Ctrl-C stops.
    """

  /// Why the options cannot be used; the wording lives here.
  enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownOption(String)
    case missingValue(String)
    case invalidPort(String)

    var description: String {
      switch self {
      case .unknownOption(let option): "Unknown option \"\(option)\" for serve"
      case .missingValue(let option): "Option \"\(option)\" needs a value"
      case .invalidPort(let value): "Port \"\(value)\" is not a number from 0 to 65535"
      }
    }
  }

  /// sysexits(3) codes this command exits with.
  enum ExitCode {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let cannotCreate: Int32 = 73
  }

  var configuration = ServerConfiguration()
  var isQuiet = false
  var wantsHelp = false

  /// Reads `--dir`, `--port`, `--host`, `--post-path` (repeatable),
  /// `--log`, `--no-log`, `--quiet`, `--help`; `--opt=value` works too.
  init(arguments: [String]) throws(UsageError) {
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      // Split --name=value.
      var option = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        option = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      func value() throws(UsageError) -> String {
        if let inlineValue { return inlineValue }
        guard let next = remaining.popFirst() else { throw .missingValue(option) }
        return next
      }

      switch option {
      case "--dir": configuration.directory = try value()
      case "--host": configuration.host = try value()
      case "--port":
        let text = try value()
        guard let port = UInt16(text) else { throw .invalidPort(text) }
        configuration.port = port
      case "--post-path": configuration.postPaths.append(try value())
      case "--log": configuration.logPath = try value()
      case "--no-log": configuration.logPath = nil
      case "--quiet", "-q": isQuiet = true
      case "--help", "-h": wantsHelp = true
      default: throw .unknownOption(argument)
      }
    }
  }

  /// Parses, serves until SIGINT or SIGTERM, and returns the exit status.
  static func main(arguments: [String]) -> Int32 {
    let command: ServeCommand
    do {
      command = try ServeCommand(arguments: arguments)
    } catch {
      printError("error: \(error)\n\(usage)")
      return ExitCode.usage
    }
    if command.wantsHelp {
      printOutput(usage)
      return ExitCode.ok
    }
    return command.run()
  }

  func run() -> Int32 {
    // Start: the directory, the log, the socket.
    let quiet = isQuiet
    let server: Server
    let port: UInt16
    do {
      server = try Server(configuration: configuration) { hit in
        Self.report(hit, quiet: quiet)
      }
      port = try server.start()
    } catch {
      Self.printError("error: \(error)")
      return Self.exitCode(for: error)
    }

    // Say where, then serve until interrupted.
    let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
    let paths = (configuration.pixelPaths + configuration.postPaths).joined(separator: ", ")
    var banner = [
      "Serving \(configuration.directory) at http://\(host):\(port)/",
      "Collecting on \(paths)",
    ]
    if let log = configuration.logPath { banner.append("Logging hits to \(log)") }
    banner.append("Press Ctrl-C to stop.")
    Self.printOutput(banner.joined(separator: "\n"))
    server.stopOnSignals([SIGINT, SIGTERM])
    server.waitUntilStopped()
    Self.printOutput("Stopped.")
    return ExitCode.ok
  }

  /// One hit: its block to stdout; unless quiet, every hit, otherwise
  /// only those breaking the protocol.
  static func report(_ hit: Hit, quiet: Bool) {
    guard !quiet || HitFormatter.hasProblems(hit) else { return }
    printOutput(HitFormatter.lines(for: hit).joined(separator: "\n"))
  }

  static func exitCode(for error: ServerError) -> Int32 {
    switch error {
    case .directoryNotFound, .notADirectory: ExitCode.noInput
    case .invalidHost, .invalidPostPath: ExitCode.usage
    case .cannotListen: ExitCode.unavailable
    case .cannotOpenLog: ExitCode.cannotCreate
    }
  }

  /// Unbuffered, so a pipe reading the output sees each hit at once.
  private static func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  private static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
