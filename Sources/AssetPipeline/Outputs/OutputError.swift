/// Everything that can go wrong while naming, planning, writing, cleaning
/// or verifying outputs. All wording lives in `message`; `exitCode` gives
/// the sysexits(3) category the command line exits with.
public enum OutputError: Error, Equatable, Sendable {
  /// A `--pattern` that cannot name a file.
  case invalidPattern(pattern: String, reason: String)
  /// A logical name or a resulting file name that cannot be used.
  case invalidName(name: String, reason: String)
  /// A `--hash-length` outside the allowed range.
  case invalidHashLength(Int)
  /// An output path that would leave the output directory.
  case unsafePath(path: String, reason: String)
  /// Two planned outputs with the same path.
  case duplicateOutput(path: String)
  /// An existing manifest that is not JSON, with where it stops being JSON.
  case invalidManifestJSON(path: String, line: Int, column: Int, reason: String)
  /// An existing manifest that is JSON but not of the expected shape.
  case unexpectedManifest(path: String, reason: String)
  /// The directory or a file in it cannot be created.
  case cannotCreate(path: String, reason: String)
  /// Reading, writing, renaming or removing failed.
  case inputOutput(path: String, reason: String)
  /// zlib refused to compress.
  case compression(reason: String)

  /// The sysexits(3) exit status: 64 usage, 65 data, 70 software,
  /// 73 cannot create, 74 I/O.
  public var exitCode: Int32 {
    switch self {
    case .invalidPattern, .invalidName, .invalidHashLength, .unsafePath,
      .duplicateOutput:
      64
    case .invalidManifestJSON, .unexpectedManifest: 65
    case .compression: 70
    case .cannotCreate: 73
    case .inputOutput: 74
    }
  }

  /// The message, in sentence case, quoting the offending text. Errors in a
  /// file start with `path:line:column:` or `path:` so editors can jump.
  public var message: String {
    switch self {
    case .invalidPattern(let pattern, let reason):
      "Invalid file name pattern \"\(pattern)\": \(reason)"
    case .invalidName(let name, let reason):
      "Invalid file name \"\(name)\": \(reason)"
    case .invalidHashLength(let length):
      "Invalid hash length \(length): it must be between "
        + "\(FingerprintedName.hashLengths.lowerBound) and "
        + "\(FingerprintedName.hashLengths.upperBound)"
    case .unsafePath(let path, let reason):
      "Refusing to write \"\(path)\": \(reason)"
    case .duplicateOutput(let path):
      "Two outputs would be written to \"\(path)\""
    case .invalidManifestJSON(let path, let line, let column, let reason):
      "\(path):\(line):\(column): existing manifest is not valid JSON: "
        + "\(reason); nothing was written"
    case .unexpectedManifest(let path, let reason):
      "\(path): existing manifest has an unexpected shape: \(reason); "
        + "nothing was written"
    case .cannotCreate(let path, let reason):
      "Cannot create \"\(path)\": \(reason)"
    case .inputOutput(let path, let reason):
      "Input/output error on \"\(path)\": \(reason)"
    case .compression(let reason):
      "Gzip compression failed: \(reason)"
    }
  }
}

extension OutputError: CustomStringConvertible {
  public var description: String { message }
}
