import Foundation

/// Runs the built `snowpak` executable, as a site's build script would.
enum Snowpak {
  struct Result {
    var status: Int32
    var output: String
    var error: String
    /// Killed by a signal (a crash or a stack overflow), not exited.
    var crashed = false
  }

  /// The executable in the build folder of the test bundle.
  static let executable: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0])
      .deletingLastPathComponent()
    while directory.path != "/" {
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
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Runs `snowpak arguments…` in `directory`.
  @discardableResult
  static func run(
    _ arguments: [String], in directory: URL, input: Data = Data()
  ) throws -> Result {
    try Program.run(executable, arguments, in: directory, input: input)
  }
}

/// Runs any program and collects its output.
enum Program {
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL,
    input: Data = Data()
  ) throws -> Snowpak.Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    // A crash (a stack overflow) ends at once, without a long backtrace.
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
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
    return Snowpak.Result(
      status: process.terminationStatus,
      output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self),
      crashed: process.terminationReason == .uncaughtSignal)
  }

  /// The full path of `name` on PATH, if installed.
  static func find(_ name: String) -> URL? {
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
}

/// A fresh directory for one test, removed when it ends.
final class Scratch: Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-robust-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  func path(_ name: String) -> String { url.appending(path: name).path }

  func write(_ bytes: some DataProtocol, to name: String) throws {
    let file = url.appending(path: name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(),
      withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
  }

  /// Every entry below the directory (symbolic links not followed) with
  /// its bytes, to compare a tree before and after a command.
  func snapshot(of name: String = ".") -> [String: Data] {
    var result: [String: Data] = [:]
    let base = url.appending(path: name).resolvingSymlinksInPath().path
    let enumerator = FileManager.default.enumerator(atPath: base)
    while let relative = enumerator?.nextObject() as? String {
      let path = base + "/" + relative
      if let target = try? FileManager.default
        .destinationOfSymbolicLink(atPath: path)
      {
        result[relative] = Data("-> \(target)".utf8)
        continue
      }
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: path, isDirectory: &isDirectory)
      result[relative] = isDirectory.boolValue
        ? Data("<dir>".utf8) : FileManager.default.contents(atPath: path)
    }
    return result
  }
}
