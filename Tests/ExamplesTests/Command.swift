import Foundation

/// Runs a program the way a user's shell would, and collects its output.
enum Command {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// Runs `program` (a name on PATH or a full path) in `directory`, with
  /// `environment` added to the test's own.
  @discardableResult
  static func run(
    _ program: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:], input: Data = Data()
  ) throws -> Result {
    guard let executable = Examples.tool(program) else {
      throw ExampleFailure.missingTool(program)
    }
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

    // Read both pipes while the process runs, so neither fills up.
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
    return Result(
      status: process.terminationStatus,
      output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }

  /// Runs a command that must succeed, and returns its output.
  @discardableResult
  static func succeed(
    _ program: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:]
  ) throws -> Result {
    let result = try run(
      program, arguments, in: directory, environment: environment)
    guard result.status == 0 else {
      throw ExampleFailure.command(
        ([program] + arguments).joined(separator: " "), result)
    }
    return result
  }
}
