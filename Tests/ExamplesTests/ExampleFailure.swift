/// Why an example could not be run, with what the command printed.
enum ExampleFailure: Error, CustomStringConvertible {
  case missingTool(String)
  case missingExample(String)
  case command(String, Command.Result)
  case collector(String)

  var description: String {
    switch self {
    case .missingTool(let name):
      "'\(name)' is not installed."
    case .missingExample(let name):
      "No files in examples/\(name)."
    case .command(let line, let result):
      "'\(line)' failed with status \(result.status):\n"
        + result.output + result.error
    case .collector(let problem):
      "The collector failed: \(problem)"
    }
  }
}
