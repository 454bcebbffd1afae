import Foundation

/// Runs Tests/Oracle/acorn-oracle.js under node with acorn (Debian's
/// node-acorn): the reference parser the minifier is checked against.
enum AcornOracle {
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Oracle/acorn-oracle.js").path

  /// The node executable on PATH, if any.
  static let node: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/node"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
      }
    }
    return nil
  }()

  /// node is installed and can load acorn.
  static let isAvailable: Bool = {
    guard let node else { return false }
    let probe = "try{require('acorn')}catch(e){require('/usr/share/nodejs/acorn')}"
    return (try? run(node, ["-e", probe])) != nil
  }()

  /// Runs the oracle in `mode` on `input` (written as JSON to a file).
  static func run<Input: Encodable, Output: Decodable>(
    _ mode: String, _ input: Input, as output: Output.Type
  ) throws -> Output {
    try run(mode, json: try JSONEncoder().encode(input), as: output)
  }

  /// Runs the oracle in `mode` on input already encoded as JSON.
  static func run<Output: Decodable>(
    _ mode: String, json: Data, as output: Output.Type
  ) throws -> Output {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("acorn-oracle-\(UUID().uuidString).json")
    try json.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let data = try run(node!, [script, mode, file.path])
    return try JSONDecoder().decode(Output.self, from: data)
  }

  /// Runs a program and returns its standard output; throws on failure.
  static func run(_ executable: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw OracleFailure(message: "\(executable) exited with \(process.terminationStatus)")
    }
    return data
  }

  struct OracleFailure: Error {
    var message: String
  }
}
