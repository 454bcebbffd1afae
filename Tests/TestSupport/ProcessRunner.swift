import Foundation

/// Runs programs for the tests that drive executables (snowpak itself,
/// node, make, curl…): one implementation, shared by the test targets.
public enum ProcessRunner {
  /// What a finished program left behind.
  public struct Outcome: Sendable {
    public var status: Int32
    public var output: String
    public var error: String
    /// Killed by a signal (a crash or a stack overflow), not exited.
    public var crashed: Bool
  }

  /// Runs `executable` in `directory` with `input` on standard input and
  /// the test's environment, overridden by `environment`.
  public static func run(
    _ executable: URL, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:], input: Data = Data()
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment
      .merging(environment) { _, new in new }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()

    // Drain both pipes while the process runs, so neither fills up.
    let group = DispatchGroup()
    nonisolated(unsafe) var output = Data(), error = Data()
    DispatchQueue.global().async(group: group) {
      output = stdout.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      error = stderr.fileHandleForReading.readDataToEndOfFile()
    }
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self),
      crashed: process.terminationReason == .uncaughtSignal)
  }

  /// The full path of `name` on PATH (or `name` itself when it is an
  /// executable absolute path), if it is installed.
  public static func find(_ name: String) -> URL? {
    if name.hasPrefix("/") {
      return FileManager.default.isExecutableFile(atPath: name)
        ? URL(fileURLWithPath: name) : nil
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory))
        .appending(path: name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
      }
    }
    return nil
  }

  /// The built `snowpak` beside the running test bundle, in the same build
  /// folder; else `.build/debug/snowpak` under `packageRoot`.
  public static func snowpakExecutable(packageRoot: URL) -> URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0])
      .deletingLastPathComponent()
    while !directory.path.isEmpty && directory.path != "/" {
      let candidate = directory.appending(path: "snowpak")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(
        atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      directory = directory.deletingLastPathComponent()
    }
    return packageRoot.appending(path: ".build/debug/snowpak")
  }
}
