import Foundation
import TestSupport

/// Where the examples, the built `snowpak` and the tools they call are.
enum Examples {
  /// The root of this repository, the package under test.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let support = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appending(path: "Support")

  /// The executable beside the test bundle, in the same build folder.
  static let snowpak = ProcessRunner.snowpakExecutable(
    packageRoot: repository)

  /// A fresh copy of `examples/name`, as a new user would check it out:
  /// the files git would commit, without what earlier runs built there.
  static func copy(_ name: String) throws -> ScratchDirectory {
    let scratch = try ScratchDirectory()
    let listing = try Command.succeed(
      "git",
      ["ls-files", "--cached", "--others", "--exclude-standard", "-z",
       "examples/\(name)"],
      in: repository)
    let files = listing.output.split(separator: "\0").map(String.init)
    guard !files.isEmpty else { throw ExampleFailure.missingExample(name) }
    for file in files {
      let target = scratch.url.appending(
        path: String(file.dropFirst("examples/".count)))
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: repository.appending(path: file), to: target)
    }
    return scratch
  }

  /// The full path of `name` on PATH, if it is installed.
  static func tool(_ name: String) -> URL? {
    ProcessRunner.find(name)
  }

  /// The SHA-256 (hex) and SHA-384 integrity of a file, computed by
  /// Python's hashlib rather than by our own Digest module.
  static func digests(of file: URL) throws -> (sha256: String, sri: String) {
    let script = """
      import base64, hashlib, sys
      data = open(sys.argv[1], 'rb').read()
      print(hashlib.sha256(data).hexdigest())
      print('sha384-' + base64.b64encode(hashlib.sha384(data).digest()).decode())
      """
    let result = try Command.run(
      "python3", ["-c", script, file.path], in: file.deletingLastPathComponent())
    let lines = result.output.split(separator: "\n").map(String.init)
    guard result.status == 0, lines.count == 2 else {
      throw ExampleFailure.command("python3 hashlib", result)
    }
    return (lines[0], lines[1])
  }
}
