import Foundation
import SnowpakCLI

// The work runs on a thread with a large stack. The renamer's parser
// descends once per nested bracket, so a program nested 100,000 levels
// deep needs far more than the 8 MB a main thread gets; the stack is only
// reserved address space, and pages are committed as they are touched.
let stackSize = 1 << 30

final class ExitStatus: @unchecked Sendable {
  var value: Int32 = 0
}

let status = ExitStatus()
let finished = DispatchSemaphore(value: 0)
let worker = Thread {
  status.value = SnowpakCLI.main()
  finished.signal()
}
worker.stackSize = stackSize
worker.start()
finished.wait()
exit(status.value)
