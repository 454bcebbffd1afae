#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole files in and out with plain system calls: one `read` of the
/// size `fstat` gives, one `write`, no `Data` in between. The minifier
/// spends a few milliseconds in all, so copies of the input count.
enum FileBytes {
  /// Why a file could not be read or written: the system's wording.
  struct Failure: Error {
    let reason: String

    init(errno code: Int32) {
      reason = String(cString: strerror(code))
    }
  }

  /// The bytes of the file at `path` (a directory is an error).
  static func contents(ofPath path: String) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(errno: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure(errno: errno) }

    // The size it has now, plus one byte to see the end in the same read;
    // a file that grew, or a pipe, is read on in chunks.
    let expected = max(0, Int(status.st_size)) + 1
    var code: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: expected) {
      buffer, count in
      count = 0
      while count < expected {
        let result = read(
          descriptor, buffer.baseAddress! + count, expected - count)
        if result < 0 && errno == EINTR { continue }
        if result < 0 { code = errno }
        if result <= 0 { break }
        count += result
      }
    }
    guard code == 0 else { throw Failure(errno: code) }
    guard bytes.count == expected else { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let result = chunk.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress!, $0.count)
      }
      if result < 0 && errno == EINTR { continue }
      if result < 0 { throw Failure(errno: errno) }
      if result == 0 { return bytes }
      bytes += chunk[..<result]
    }
  }

  /// Writes `bytes` to a new file beside `path`, then renames it to
  /// `path`: a reader sees the old file or the new one, never a part.
  static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path

    // A name nobody else uses; mode 0666 less the umask, like any new file.
    var temporary = ""
    var descriptor: Int32 = -1
    while descriptor < 0 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
      temporary = "\(directory).\(name).\(suffix).tmp"
      descriptor = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor < 0 && errno != EEXIST && errno != EINTR {
        throw Failure(errno: errno)
      }
    }

    var code: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let result = write(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 && errno == EINTR { continue }
        if result < 0 {
          code = errno
          return
        }
        written += result
      }
    }
    if close(descriptor) != 0 && code == 0 { code = errno }
    if code == 0 && rename(temporary, path) != 0 { code = errno }
    if code != 0 {
      unlink(temporary)
      throw Failure(errno: code)
    }
  }
}
