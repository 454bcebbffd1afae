import Foundation

/// Runs a tool found on PATH, returning stdout, or nil when it is absent
/// or fails. Used to cross-check against implementations we did not write.
func runTool(_ name: String, _ arguments: [String]) -> [UInt8]? {
  guard let path = toolPath(name) else { return nil }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return process.terminationStatus == 0 ? Array(data) : nil
}

/// The absolute path of `name` on PATH, if there is one.
func toolPath(_ name: String) -> String? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for directory in path.split(separator: ":") {
    let candidate = "\(directory)/\(name)"
    if FileManager.default.isExecutableFile(atPath: candidate) {
      return candidate
    }
  }
  return nil
}

/// Reproducible pseudo-random bytes (SplitMix64), so a failure can be rerun.
struct SeededBytes {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next(_ count: Int) -> [UInt8] {
    (0..<count).map { _ in
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
  }
}
