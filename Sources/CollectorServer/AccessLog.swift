import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The access log file. Opened for appending; an empty file first gets
/// the `#Version`/`#Fields` header. Each hit's lines go out in one
/// write(2) under a lock, before the response is sent: once a client has
/// its answer, the line is in the file (no user-space buffer to flush).
final class AccessLog: @unchecked Sendable {
  deinit { close() }

  private let descriptor: Int32
  private let lock = Lock()
  private var isClosed = false

  init(path: String) throws(ServerError) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    guard descriptor >= 0 else {
      throw .cannotOpenLog(path, reason: String(cString: strerror(errno)))
    }
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_size == 0 {
      write(AccessLogRecord.header)
    }
  }

  /// Appends lines, each ended by a newline, in one write.
  func append(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    write(lines.map { $0 + "\n" }.joined())
  }

  func close() {
    lock.lock()
    defer { lock.unlock() }
    guard !isClosed else { return }
    isClosed = true
    _ = systemClose(descriptor)
  }

  private func write(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    guard !isClosed else { return }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      offset += count
    }
  }
}
