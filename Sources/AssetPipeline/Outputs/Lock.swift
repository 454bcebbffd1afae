#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutual-exclusion lock over a pthread mutex, for the few places that
/// share state between threads (temporary-name counters, the collector's
/// connection table and access log).
///
/// Why not Foundation's NSLock: it lives in the full Foundation, which the
/// snowpak binary does not load (it starts twice as fast without it); and
/// Synchronization's Mutex needs macOS 15, newer than the package's floor.
public final class Lock: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  public init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  public func lock() {
    pthread_mutex_lock(mutex)
  }

  public func unlock() {
    pthread_mutex_unlock(mutex)
  }

  /// Runs `body` holding the lock.
  public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    lock()
    defer { unlock() }
    return try body()
  }
}
