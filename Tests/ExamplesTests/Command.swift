import Foundation
import TestSupport

/// Runs a program the way a user's shell would, and collects its output.
enum Command {
  typealias Result = ProcessRunner.Outcome

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
    return try ProcessRunner.run(
      executable, arguments, in: directory, environment: environment,
      input: input)
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
