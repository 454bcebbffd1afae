import CollectorServer
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `snowpak serve`: the built site and a local collector on one port,
/// until Ctrl-C. Every hit is logged in CloudFront's format and printed
/// decoded; the server itself is the CollectorServer library.
enum ServeCommand: Command {
  static let name = "serve"
  static let summary =
    "Serve the built site and collect its tracker's events locally."
  static let usage =
    "snowpak serve [--dir DIR] [--port N] [--host ADDRESS] [options]"
  static let discussion = """
    Serves DIR over HTTP/1.1 and acts as the collector: GET /i and
    /ice.png answer the 1x1 pixel, POST /com.snowplowanalytics.snowplow/tp2
    (and each --post-path) answers ok, with CORS for credentialed POSTs
    from any page. Every hit is appended to the log in the CloudFront
    access-log format (a POST of n events is n lines) and printed with
    its events decoded and protocol errors flagged. --port 0 picks a free
    port. Ctrl-C stops the server.
    """

  static let options: [OptionSpec] = [
    .value("dir", "DIR", "The directory to serve (public)."),
    .value("port", "N", "The port to listen on (8080); 0 picks one."),
    .value("host", "ADDRESS", "The address to bind (127.0.0.1)."),
    .repeated("post-path", "PATH", "Another path that accepts POSTed events."),
    .value("log", "FILE", "The access log (snowpak-access.log)."),
    .flag("no-log", "Keep no access log."),
    .flag("quiet", short: "q", "Print only hits that break the protocol."),
  ]

  static func run(
    _ options: ParsedOptions, context: CommandContext
  ) throws -> ExitCode {
    let configuration = try configuration(from: options, context: context)
    let console = context.console
    let quiet = options.flag("quiet")

    // Start: the directory, the log, the socket.
    let server: Server
    let port: UInt16
    do {
      server = try Server(configuration: configuration) { hit in
        report(hit, quiet: quiet, console: console)
      }
      port = try server.start()
    } catch {
      console.error(error.description)
      return exitCode(for: error)
    }

    // Say where, then serve until interrupted.
    let host = configuration.host.contains(":")
      ? "[\(configuration.host)]" : configuration.host
    let paths = (configuration.pixelPaths + configuration.postPaths)
      .joined(separator: ", ")
    console.progress(
      "Serving \(options.value("dir") ?? "public") at http://\(host):\(port)/")
    console.progress("Collecting on \(paths)")
    if configuration.logPath != nil {
      console.progress("Logging hits to \(options.value("log") ?? defaultLog)")
    }
    console.progress("Press Ctrl-C to stop.")
    server.stopOnSignals([SIGINT, SIGTERM])
    server.waitUntilStopped()
    console.progress("Stopped.")
    return .success
  }

  static let defaultLog = "snowpak-access.log"

  /// The server's configuration from the options; paths relative to the
  /// working directory.
  static func configuration(
    from options: ParsedOptions, context: CommandContext
  ) throws -> ServerConfiguration {
    guard options.operands.isEmpty else {
      throw UsageError(
        "Unexpected argument '\(options.operands[0])'.", command: name)
    }
    var configuration = ServerConfiguration()
    let base = URL(fileURLWithPath: context.workingDirectory)
    let resolve = { (path: String) in
      URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    configuration.directory = resolve(options.value("dir") ?? "public")
    if let host = options.value("host") { configuration.host = host }
    if let text = options.value("port") {
      guard let port = UInt16(text) else {
        throw UsageError(
          "The port '\(text)' is not a number from 0 to 65535.", command: name)
      }
      configuration.port = port
    }
    configuration.postPaths += options.list("post-path")
    configuration.logPath = options.flag("no-log")
      ? nil : resolve(options.value("log") ?? defaultLog)
    return configuration
  }

  /// One hit as a block of lines: every hit normally; with --quiet only
  /// those that break the protocol. Called on the server's hit queue, one
  /// hit at a time, so blocks never interleave.
  static func report(_ hit: Hit, quiet: Bool, console: Console) {
    let text = HitFormatter.lines(for: hit).joined(separator: "\n")
    if !quiet {
      console.progress(text)
    } else if HitFormatter.hasProblems(hit) {
      console.result(text + "\n")
    }
  }

  /// sysexits(3): a missing directory is missing input, a bad host or
  /// POST path a usage error, a port that cannot be bound an unavailable
  /// service (69), a log that cannot be opened an output not creatable.
  static func exitCode(for error: ServerError) -> ExitCode {
    switch error {
    case .directoryNotFound, .notADirectory: .noInput
    case .invalidHost, .invalidPostPath: .usage
    case .cannotListen: .unavailable
    case .cannotOpenLog: .cannotCreate
    }
  }
}
