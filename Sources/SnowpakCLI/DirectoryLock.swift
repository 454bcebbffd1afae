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

/// An exclusive advisory lock (flock(2)) held while a build reads, merges
/// and writes the manifests of one output directory, so that two builds
/// into the same `--out` cannot interleave: without it each could merge
/// into the manifest the other had not written yet, and the manifests of
/// different formats could end up naming different builds.
///
/// The lock is taken on the directory that holds `--out`, not on `--out`
/// itself, which the first build may create while others wait: a build
/// starting after that would lock the new directory while the first still
/// writes, and one manifest entry would be lost. When the parent does not
/// exist either, its nearest existing ancestor stands in (builds creating
/// several levels at once can still meet). Nothing is written to lock.
final class DirectoryLock {
  private let descriptor: Int32

  /// Blocks until the lock for the output directory `path` is ours; nil
  /// when no ancestor can be opened (the build then reports its own error
  /// about the directory).
  init?(path: String) {
    var url = URL(fileURLWithPath: path).standardizedFileURL
      .deletingLastPathComponent()
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
