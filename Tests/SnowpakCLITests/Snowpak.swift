import Foundation
import Testing
import TestSupport

/// Runs the built `snowpak` executable, the way a build script would.
struct Snowpak {
  typealias Result = ProcessRunner.Outcome

  /// The executable beside the test bundle, in the same build folder.
  static let executable = ProcessRunner.snowpakExecutable(
    packageRoot: packageRoot)

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
    try ProcessRunner.run(executable, arguments, in: directory, input: input)
  }

  /// The full path of `name` on PATH, if it is installed.
  static func find(_ name: String) -> URL? {
    ProcessRunner.find(name)
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
