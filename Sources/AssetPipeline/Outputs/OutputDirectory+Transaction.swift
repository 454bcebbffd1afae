#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension OutputDirectory {
  /// The undo log of one commit: directories created and temporaries
  /// staged, so a failure can put everything back.
  struct Transaction {
    let directory: OutputDirectory
    private var createdDirectories: [String] = []
    private var staged: [(temporary: String, target: String, relative: String)] = []
    private static let processID = getpid()
    private static let counter = Counter()

    init(directory: OutputDirectory) {
      self.directory = directory
    }

    /// Creates `path` and missing parents, remembering which were new.
    mutating func createDirectory(_ path: String) throws(OutputError) {
      var info = stat()
      if stat(path, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw .cannotCreate(path: path, reason: "it exists and is not a directory")
        }
        return
      }
      let parent = parentPath(path)
      if parent != path, !parent.isEmpty { try createDirectory(parent) }
      guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
        throw .cannotCreate(path: path, reason: Self.lastError())
      }
      createdDirectories.append(path)
    }

    /// Writes `bytes` to a fresh temporary next to `target`.
    mutating func stage(
      _ bytes: [UInt8], for target: String, relative: String
    ) throws(OutputError) {
      try createDirectory(parentPath(target))

      // Keep an existing file's permissions; new files get 0644. Only a
      // regular file may be replaced.
      var info = stat()
      let exists = stat(target, &info) == 0
      if exists, info.st_mode & S_IFMT != S_IFREG {
        throw .cannotCreate(path: directory.join(relative),
          reason: "it exists and is not a regular file")
      }
      let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644

      let temporary = parentPath(target) + "/." + baseName(target)
        + ".snowpak-\(Self.processID)-\(Self.counter.next()).tmp"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
      guard descriptor >= 0 else {
        throw .cannotCreate(path: directory.join(relative), reason: Self.lastError())
      }
      staged.append((temporary, target, relative))
      defer { close(descriptor) }

      // Write it all, then make it durable before it can be renamed.
      var written = 0
      while written < bytes.count {
        let result = bytes.withUnsafeBytes { raw in
          write(descriptor, raw.baseAddress! + written, raw.count - written)
        }
        if result < 0 && errno == EINTR { continue }
        guard result > 0 else {
          throw .inputOutput(path: directory.join(relative), reason: Self.lastError())
        }
        written += result
      }
      guard fsync(descriptor) == 0 else {
        throw .inputOutput(path: directory.join(relative), reason: Self.lastError())
      }
      _ = fchmod(descriptor, mode)
    }

    /// Renames every staged file into place, in staging order.
    mutating func renameAll() throws(OutputError) {
      while !staged.isEmpty {
        let next = staged[0]
        guard rename(next.temporary, next.target) == 0 else {
          throw .inputOutput(path: directory.join(next.relative), reason: Self.lastError())
        }
        staged.removeFirst()
      }
      createdDirectories.removeAll()
    }

    /// Removes staged temporaries and the directories this commit created.
    mutating func rollBack() {
      for file in staged { unlink(file.temporary) }
      staged.removeAll()
      for created in createdDirectories.reversed() { rmdir(created) }
      createdDirectories.removeAll()
    }

    private func parentPath(_ path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "." }
      if slash == path.startIndex { return "/" }
      return String(path[..<slash])
    }

    private func baseName(_ path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return path }
      return String(path[path.index(after: slash)...])
    }

    private static func lastError() -> String {
      String(cString: strerror(errno))
    }

    /// A process-wide counter for unique temporary names.
    private final class Counter: @unchecked Sendable {
      private var value = 0
      private let lock = Lock()

      func next() -> Int {
        lock.withLock {
          value += 1
          return value
        }
      }
    }
  }
}
