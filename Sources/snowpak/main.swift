import SnowpakCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The work runs on a thread with a large stack. The renamer's parser
// descends once per nested bracket, so a program nested 100,000 levels
// deep needs far more than the 8 MB a main thread gets; the stack is only
// reserved address space, and pages are committed as they are touched.
// A plain pthread, not Foundation's Thread: the binary loads no Foundation
// but FoundationEssentials, and starts in half the time.
let stackSize = 1 << 30

final class ExitStatus: @unchecked Sendable {
  var value: Int32 = 0
}

/// The worker thread's body. A function, not a closure: a closure in
/// top-level code belongs to the main actor, and would trap when it checks
/// that it runs there.
nonisolated func runWorker(
  _ argument: UnsafeMutableRawPointer?
) -> UnsafeMutableRawPointer? {
  let status = Unmanaged<ExitStatus>.fromOpaque(argument!)
    .takeUnretainedValue()
  status.value = SnowpakCLI.main()
  return nil
}

let status = ExitStatus()
var attributes = pthread_attr_t()
pthread_attr_init(&attributes)
pthread_attr_setstacksize(&attributes, stackSize)
#if canImport(Glibc)
  var worker = pthread_t()
#else
  var worker: pthread_t?
#endif
let created = pthread_create(
  &worker, &attributes, runWorker,
  Unmanaged.passUnretained(status).toOpaque())
if created != 0 {
  // No room for the large stack (a tight address-space limit): run here.
  status.value = SnowpakCLI.main()
} else {
  #if canImport(Glibc)
    pthread_join(worker, nil)
  #else
    pthread_join(worker!, nil)
  #endif
}
exit(status.value)
