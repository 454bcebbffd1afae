/// Exit statuses, following BSD sysexits(3) so that build scripts can tell
/// a mistake in the command from bad input and from a failing disk.
public enum ExitCode: Int32, Sendable {
  case success = 0
  /// A check (`snowpak verify`) found problems.
  case failure = 1
  /// EX_USAGE: the command was used incorrectly (unknown option, invalid
  /// option value such as a collector that could end its string).
  case usage = 64
  /// EX_DATAERR: the input data was incorrect (a JavaScript syntax error,
  /// an existing manifest that is not valid JSON).
  case dataError = 65
  /// EX_NOINPUT: an input file did not exist or was not readable.
  case noInput = 66
  /// EX_UNAVAILABLE: a service is unavailable (`serve` cannot bind its
  /// port).
  case unavailable = 69
  /// EX_SOFTWARE: an internal error; a bug in snowpak.
  case software = 70
  /// EX_CANTCREAT: an output file or directory cannot be created.
  case cannotCreate = 73
  /// EX_IOERR: an error occurred while doing I/O on some file.
  case ioError = 74
}
