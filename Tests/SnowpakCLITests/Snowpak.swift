import Foundation
import Testing

/// Runs the built `snowpak` executable, the way a build script would.
struct Snowpak {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The executable beside the test bundle, in the same build folder.
  static let executable: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
    var directory = testBinary.deletingLastPathComponent()
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
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Runs `snowpak arguments…` in `directory`, with `input` on standard
  /// input.
  @discardableResult
  static func run(
    _ arguments: [String], in directory: URL, input: String = ""
  ) throws -> Result {
    try Command.run(
      executable, arguments, in: directory, input: Data(input.utf8))
  }
}

/// Runs any program and collects its output.
enum Command {
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL,
    input: Data = Data()
  ) throws -> Snowpak.Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
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
    return Snowpak.Result(
      status: process.terminationStatus,
      output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }

  /// The full path of `name` on PATH, if it is installed.
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

/// A fresh, empty directory for one test, removed when it ends.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  func write(_ text: String, to name: String) throws {
    let file = url.appending(path: name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(),
      withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func read(_ name: String) throws -> Data {
    try Data(contentsOf: url.appending(path: name))
  }

  func files(in name: String = ".") -> [String] {
    let directory = url.appending(path: name)
    return ((try? FileManager.default.contentsOfDirectory(
      atPath: directory.path)) ?? []).sorted()
  }

  /// Every file below the directory with its bytes, to compare a whole
  /// tree before and after a command.
  func snapshot() -> [String: Data] {
    var result: [String: Data] = [:]
    let base = url.resolvingSymlinksInPath().path
    let enumerator = FileManager.default.enumerator(atPath: base)
    while let relative = enumerator?.nextObject() as? String {
      let path = base + "/" + relative
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: path, isDirectory: &isDirectory)
      result[relative] = isDirectory.boolValue
        ? Data("<dir>".utf8) : FileManager.default.contents(atPath: path)
    }
    return result
  }
}
