#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input, output and error with plain system calls (Foundation's
/// FileHandle is not in FoundationEssentials, the only Foundation snowpak
/// loads). Writes go out whole, retried after a partial write or EINTR; a
/// stream that refuses them (a closed pipe) is given up silently.
enum StandardStream {
  case output, error

  private var descriptor: Int32 {
    switch self {
    case .output: STDOUT_FILENO
    case .error: STDERR_FILENO
    }
  }

  /// Writes all of `bytes`, without a copy when they are contiguous.
  func write(_ bytes: some Sequence<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable {
      write(UnsafeRawBufferPointer($0))
    }
    if done == nil {
      Array(bytes).withUnsafeBytes { write($0) }
    }
  }

  private func write(_ buffer: UnsafeRawBufferPointer) {
    var written = 0
    while written < buffer.count {
      let result = systemWrite(
        descriptor, buffer.baseAddress! + written, buffer.count - written)
      if result < 0 && errno == EINTR { continue }
      if result <= 0 { return }
      written += result
    }
  }

  /// Everything on standard input up to its end.
  static func readInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let result = chunk.withUnsafeMutableBytes {
        read(STDIN_FILENO, $0.baseAddress!, $0.count)
      }
      if result < 0 && errno == EINTR { continue }
      if result <= 0 { return bytes }
      bytes += chunk[..<result]
    }
  }
}

/// write(2), under a name that a method called `write` does not shadow.
private func systemWrite(
  _ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int
) -> Int {
  write(descriptor, buffer, count)
}
