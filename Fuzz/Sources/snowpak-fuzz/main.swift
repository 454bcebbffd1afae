// The libFuzzer harness: every input must satisfy MinifierProperty (a
// positioned error, or output that minifies to itself). A violation
// traps, so libFuzzer saves the input as a crash file. The arguments are
// libFuzzer's own (corpus directories, -max_total_time=N, ...).

import Glibc
import LibFuzzer

/// One input, as libFuzzer hands it over.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) }
    ?? []
  if let problem = MinifierProperty.violation(of: bytes) {
    fatalError("Property violated: \(problem)")
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? =
  CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { testOneInput($0, $1) })
