import Foundation

/// Runs Tests/Oracle/acorn-oracle.js under node with acorn (Debian's
/// node-acorn): the reference parser the lexer and the minifier are
/// checked against. Shared by their test targets.
public enum AcornOracle {
  public static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Oracle/acorn-oracle.js").path

  /// The node executable on PATH, if any.
  public static let node: String? = {
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
  public static let isAvailable: Bool = {
    guard let node else { return false }
    let probe = "try{require('acorn')}catch(e){require('/usr/share/nodejs/acorn')}"
    return (try? run(node, ["-e", probe])) != nil
  }()

  /// Runs the oracle in `mode` on `input` (written as JSON to a file).
  public static func run<Input: Encodable, Output: Decodable>(
    _ mode: String, _ input: Input, as output: Output.Type
  ) throws -> Output {
    try run(mode, json: try JSONEncoder().encode(input), as: output)
  }

  /// Runs the oracle in `mode` on input already encoded as JSON.
  public static func run<Output: Decodable>(
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
  public static func run(_ executable: String, _ arguments: [String]) throws -> Data {
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

  public struct OracleFailure: Error {
    public var message: String
  }

  /// An original file and our output for it, for the `compare` mode
  /// (same syntax tree) and the `v8` mode (both compile).
  public struct Pair: Encodable {
    public var original: String
    public var minified: String
    /// "script" or "module".
    public var goal: String

    public init(original: String, minified: String, goal: String) {
      self.original = original
      self.minified = minified
      self.goal = goal
    }
  }

  /// A pair the oracle found wrong: the original's path and what differs.
  public struct Problem: Decodable {
    public var path: String
    public var problem: String?
  }

  /// Writes each pair of texts to files and runs the oracle in `mode`
  /// ("compare" or "v8") on them: what it found wrong, by the pair's
  /// index in `texts`.
  public static func check(
    _ mode: String,
    _ texts: [(original: String, minified: String, goal: String)]
  ) throws -> [(index: Int, problem: String)] {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("acorn-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    var pairs: [Pair] = []
    for (index, text) in texts.enumerated() {
      let original = directory.appendingPathComponent("\(index).in.js")
      let minified = directory.appendingPathComponent("\(index).out.js")
      try Data(text.original.utf8).write(to: original)
      try Data(text.minified.utf8).write(to: minified)
      pairs.append(
        Pair(original: original.path, minified: minified.path, goal: text.goal))
    }
    return try run(mode, pairs, as: [Problem].self).map { problem in
      let name = problem.path.split(separator: "/").last ?? ""
      let index = Int(name.split(separator: ".")[0]) ?? 0
      return (index, problem.problem ?? "")
    }
  }
}
