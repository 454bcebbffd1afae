import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a client process printed and how it exited.
struct ProcessResult {
  var status: Int32
  var output: Data
  var error: String
  var text: String { String(decoding: output, as: UTF8.self) }
}

/// The path of a tool on PATH, nil when absent (tests then skip).
func tool(_ name: String) -> String? {
  let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":")
  return directories.map { "\($0)/\(name)" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a program to completion, capturing its output.
func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> ProcessResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  if let input {
    let pipe = Pipe()
    process.standardInput = pipe
    try process.run()
    pipe.fileHandleForWriting.write(input)
    try pipe.fileHandleForWriting.close()
  } else {
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus, output: outputData,
    error: String(decoding: errorData, as: UTF8.self))
}

/// curl with `arguments`, silent, with a bound on its run time.
func curl(_ arguments: [String]) throws -> ProcessResult {
  try run(tool("curl")!, ["--silent", "--show-error", "--max-time", "20"] + arguments)
}

/// A curl response split into status, header fields and body.
struct CurlResponse {
  var status: Int
  var headers: [(String, String)]
  var body: Data

  func header(_ name: String) -> String? {
    headers.first { $0.0.lowercased() == name.lowercased() }?.1
  }

  /// Runs curl with `--include` and parses what it printed.
  init(_ arguments: [String]) throws {
    let result = try curl(["--include"] + arguments)
    var data = result.output
    // Skip interim 1xx responses, then split head and body.
    var headText = ""
    while true {
      guard let range = data.range(of: Data("\r\n\r\n".utf8)) else {
        headText = String(decoding: data, as: UTF8.self)
        data = Data()
        break
      }
      headText = String(decoding: data[..<range.lowerBound], as: UTF8.self)
      data = data[range.upperBound...]
      if !headText.hasPrefix("HTTP/1.1 1") { break }
    }
    let lines = headText.components(separatedBy: "\r\n")
    status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
    headers = lines.dropFirst().compactMap { line in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (
        String(line[..<colon]),
        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      )
    }
    body = Data(data)
  }
}

/// A raw TCP client on 127.0.0.1 for what curl will not send.
final class RawClient {
  let descriptor: Int32

  init(port: UInt16) throws {
    #if canImport(Glibc)
      descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }

    // Reads give up after 10 s rather than hang a test.
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(
      descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(descriptor) }

  func send(_ text: String) { send(Array(text.utf8)) }

  func send(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes {
        Glibc_send(descriptor, $0.baseAddress! + offset, bytes.count - offset)
      }
      if count <= 0 { return }
      offset += count
    }
  }

  /// Whether the server has sent something (or closed) already.
  var hasAnswer: Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) > 0
  }

  /// Everything until the server closes the connection (or 10 s pass).
  func readToEnd() -> String {
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count <= 0 { break }
      data += chunk[0..<count]
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// The status line of what the server answered before closing.
  func statusLine() -> String {
    readToEnd().components(separatedBy: "\r\n").first ?? ""
  }
}

private func Glibc_send(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
  #else
    Darwin.send(descriptor, bytes, count, 0)
  #endif
}
