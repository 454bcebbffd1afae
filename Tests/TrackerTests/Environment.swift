import Foundation

/// Where the browser tests find the tracker, their pages, their helper
/// scripts, the Iglu schemas and the tools they drive.
enum Environment {
  /// The package root, three levels above this file.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let support = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appending(path: "Support")

  static let pages = repository.appending(path: "examples/tracker-pages")

  /// The Iglu schemas of the `shared` folder beside the clone (CI has it
  /// there) or beside one of its parent folders (a worktree's case).
  static let iglu: URL = {
    var directory = repository.deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appending(path: "shared/iglu")
      if FileManager.default.fileExists(atPath: candidate.path) {
        return candidate
      }
      directory = directory.deletingLastPathComponent()
    }
    return repository.deletingLastPathComponent().appending(path: "shared/iglu")
  }()

  /// The directory of the test binary, where SwiftPM also puts `snowpak`.
  static let products = URL(fileURLWithPath: CommandLine.arguments[0])
    .deletingLastPathComponent()

  static var hasBrowserTools: Bool {
    toolPath("chromium") != nil && toolPath("python3") != nil
  }

  static var hasSchemas: Bool {
    FileManager.default.fileExists(atPath: iglu.path)
  }

  /// The absolute path of `name` on PATH, if there is one.
  static func toolPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
      }
    }
    return nil
  }

  /// Runs `tool` (a path, or a name on PATH) with `input` on its standard
  /// input; returns its exit status, standard output and standard error.
  static func run(
    _ tool: String, _ arguments: [String], input: Data? = nil
  ) throws -> (status: Int32, output: Data, errors: String) {
    let process = Process()
    process.executableURL = URL(
      fileURLWithPath: tool.hasPrefix("/") ? tool : toolPath(tool) ?? tool)
    process.arguments = arguments

    // Standard error goes to a file, so neither pipe can fill up and block.
    let errorFile = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    defer { try? errorHandle.close() }

    let output = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = errorHandle
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(input)
      try stdin.fileHandleForWriting.close()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    return (process.terminationStatus, data, errors)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory(_ label: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
    return directory
  }
}
