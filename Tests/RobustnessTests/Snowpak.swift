import Foundation
import TestSupport

/// Runs the built `snowpak` executable, as a site's build script would.
enum Snowpak {
  typealias Result = ProcessRunner.Outcome

  /// The executable in the build folder of the test bundle.
  static let executable = ProcessRunner.snowpakExecutable(
    packageRoot: packageRoot)

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
    // A crash (a stack overflow) ends at once, without a long backtrace.
    try ProcessRunner.run(
      executable, arguments, in: directory,
      environment: ["SWIFT_BACKTRACE": "enable=no"], input: input)
  }

  /// The full path of `name` on PATH, if installed.
  static func find(_ name: String) -> URL? {
    ProcessRunner.find(name)
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
