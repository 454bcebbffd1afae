/// Why a tracker test could not get as far as checking anything.
enum TrackerTestError: Error, CustomStringConvertible {
  case missingSource(String)
  case buildFailed(Int32, String)
  case noBuiltTracker([String])
  case harnessFailed(Int32, String)

  var description: String {
    switch self {
    case .missingSource(let name): "tracker-src has no file '\(name)'"
    case .buildFailed(let status, let errors):
      "snowpak build exited with \(status): \(errors.suffix(2000))"
    case .noBuiltTracker(let names):
      "snowpak build wrote no sp-*.js (wrote \(names))"
    case .harnessFailed(let status, let errors):
      "harness.py exited with \(status): \(errors.suffix(2000))"
    }
  }
}
