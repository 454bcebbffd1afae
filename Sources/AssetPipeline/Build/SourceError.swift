/// Why the tracker's source files could not be read.
public enum SourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A place in an order file, for messages that point into it.
  public struct Position: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var lineText: String
  }

  case missing(String)
  case unreadable(String, reason: String)
  case notUTF8(String)
  case noOrderFile(directory: String)
  case emptyOrderFile(String)
  case listedFileMissing(String, at: Position)
  case listedPathEscapes(String, at: Position)
  case listedOrderFile(String, at: Position)
  case listedDirectory(String)

  /// Where the problem is, when it is inside an order file.
  public var position: Position? {
    switch self {
    case .listedFileMissing(_, let position),
      .listedPathEscapes(_, let position),
      .listedOrderFile(_, let position):
      position
    default: nil
    }
  }

  public var description: String {
    switch self {
    case .missing(let path):
      "The source '\(path)' does not exist."
    case .unreadable(let path, let reason):
      "Cannot read '\(path)': \(reason)"
    case .notUTF8(let path):
      "The file '\(path)' is not valid UTF-8."
    case .noOrderFile(let directory):
      "The directory '\(directory)' has no order file; list its files, "
        + "in order, in 'order.txt' (or 'dependencies.txt')."
    case .emptyOrderFile(let path):
      "The order file '\(path)' lists no files."
    case .listedFileMissing(let name, _):
      "The file '\(name)' is listed but does not exist."
    case .listedOrderFile(let name, _):
      "The order file lists itself ('\(name)'); list the JavaScript files."
    case .listedDirectory(let path):
      "'\(path)' is a directory; the order file lists files, one a line."
    case .listedPathEscapes(let name, _):
      "The path '\(name)' leaves the source directory; list files "
        + "inside it."
    }
  }
}
