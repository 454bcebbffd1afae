@testable import AssetPipeline
import Foundation
import Testing

/// A fresh directory under the system temporary directory, removed by
/// `remove()`; tests call it in a `defer`.
struct TemporaryDirectory {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-outputs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true)
  }

  func remove() {
    // Read-only directories from tests must be writable to be removed.
    let manager = FileManager.default
    if let items = manager.enumerator(atPath: path) {
      for case let item as String in items {
        _ = chmod(path + "/" + item, 0o755)
      }
    }
    _ = chmod(path, 0o755)
    try? manager.removeItem(atPath: path)
  }

  /// `relative` under the directory.
  func file(_ relative: String) -> String { path + "/" + relative }

  func write(_ relative: String, _ text: String) throws {
    try write(relative, Array(text.utf8))
  }

  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let full = file(relative)
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
  }

  func read(_ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: file(relative)).map(Array.init)
  }

  func text(_ relative: String) -> String? {
    read(relative).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Sets a file's modification time `seconds` before `reference`.
  func age(_ relative: String, by seconds: TimeInterval, from reference: Date) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: reference.addingTimeInterval(-seconds)],
      ofItemAtPath: file(relative))
  }
}

/// Every file under `path` with its bytes, mode and modification time, to
/// prove a failed commit changed nothing.
struct DirectorySnapshot: Equatable {
  struct Item: Equatable {
    let bytes: [UInt8]?
    let mode: Int
    let modified: Date?
  }

  let items: [String: Item]

  init(_ path: String) {
    var items: [String: Item] = [:]
    let manager = FileManager.default
    let entries = (manager.enumerator(atPath: path)?.allObjects as? [String]) ?? []
    for entry in entries {
      let full = path + "/" + entry
      let attributes = try? manager.attributesOfItem(atPath: full)
      let isFile = attributes?[.type] as? FileAttributeType == .typeRegular
      items[entry] = Item(
        bytes: isFile ? manager.contents(atPath: full).map(Array.init) : nil,
        mode: (attributes?[.posixPermissions] as? Int) ?? 0,
        modified: attributes?[.modificationDate] as? Date)
    }
    self.items = items
  }
}

/// Runs a tool on PATH; nil when absent or failing.
@discardableResult
func runTool(
  _ name: String, _ arguments: [String], input: [UInt8]? = nil,
  environment: [String: String]? = nil
) -> (status: Int32, output: [UInt8], error: String)? {
  guard let path = toolPath(name) else { return nil }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  if let environment {
    process.environment = ProcessInfo.processInfo.environment
      .merging(environment) { $1 }
  }
  let output = Pipe()
  let error = Pipe()
  let stdin = Pipe()
  process.standardOutput = output
  process.standardError = error
  process.standardInput = stdin
  do { try process.run() } catch { return nil }
  if let input { stdin.fileHandleForWriting.write(Data(input)) }
  try? stdin.fileHandleForWriting.close()
  let outData = output.fileHandleForReading.readDataToEndOfFile()
  let errData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, Array(outData),
    String(decoding: errData, as: UTF8.self))
}

/// The absolute path of `name` on PATH, or of an absolute `name`.
func toolPath(_ name: String) -> String? {
  if name.hasPrefix("/") {
    return FileManager.default.isExecutableFile(atPath: name) ? name : nil
  }
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for directory in path.split(separator: ":") {
    let candidate = "\(directory)/\(name)"
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return nil
}

/// Making a directory read-only: chmod 555, or for root (whom permissions
/// do not stop) the immutable attribute, `chattr +i`, where the file
/// system and capabilities allow it.
enum ReadOnlyDirectory {
  static let isRoot = getuid() == 0

  /// Whether `make` can work here, probed once on a scratch directory.
  static let isPossible: Bool = {
    guard isRoot else { return true }
    guard let probe = try? TemporaryDirectory() else { return false }
    defer { release(probe.path); probe.remove() }
    guard make(probe.path) else { return false }
    return !FileManager.default.createFile(atPath: probe.file("x"), contents: nil)
  }()

  static func make(_ path: String) -> Bool {
    guard isRoot else { return chmod(path, 0o555) == 0 }
    return runTool("chattr", ["+i", path])?.status == 0
  }

  static func release(_ path: String) {
    if isRoot { runTool("chattr", ["-i", path]) } else { chmod(path, 0o755) }
  }
}

/// A small script and its plan/commit into `directory` in one call.
func build(
  _ script: String, map: String? = nil, into directory: TemporaryDirectory,
  _ configure: (inout OutputOptions) -> Void = { _ in }
) throws -> (OutputPlan, OutputReport) {
  var options = OutputOptions()
  options.buildTime = Date(timeIntervalSince1970: 1_790_000_000)
  configure(&options)
  let output = OutputDirectory(path: directory.path)
  let plan = try AssetOutputs.plan(script: Array(script.utf8),
    sourceMap: map.map { Array($0.utf8) }, options: options, in: output)
  return (plan, try output.commit(plan))
}

/// The error a throwing call raised, as `OutputError`.
func outputError(_ body: () throws -> Void) -> OutputError? {
  do {
    try body()
    return nil
  } catch let error as OutputError {
    return error
  } catch {
    return nil
  }
}
