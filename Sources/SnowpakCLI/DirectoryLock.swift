#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import FoundationEssentials

/// An exclusive advisory lock (flock(2)) held while a build reads, merges
/// and writes the manifests of one output directory, so that two builds
/// into the same `--out` cannot interleave: without it each could merge
/// into the manifest the other had not written yet, and the manifests of
/// different formats could end up naming different builds.
///
/// The lock is taken on the nearest directory that already exists: `--out`
/// itself, or the parent it will be created in. Nothing is written to lock.
final class DirectoryLock {
  private let descriptor: Int32

  /// Blocks until the lock on `path` (or its nearest existing ancestor)
  /// is ours; nil when no ancestor can be opened (the build then reports
  /// its own error about the directory).
  init?(path: String) {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory = false
    while !(FileManager.default.fileExists(
      atPath: url.path, isDirectory: &isDirectory) && isDirectory)
    {
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
    descriptor = open(url.path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
