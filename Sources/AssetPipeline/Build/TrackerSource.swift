#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import JSLexer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the tracker's JavaScript comes from, and how it is read into one
/// `SourceText` with every file's lines accounted for.
///
/// A directory names its files in an order file, one per line, the way the
/// classic tracker's `dependencies.txt` did:
///
///     # tracker-src/order.txt
///     banner.js
///     core.js      ⇒ banner.js + "\n" + core.js, errors and maps per file
///
/// `order.txt` is looked for first, then `dependencies.txt`.
public enum TrackerSource: Sendable {
  /// Files given by name and contents: the tracker compiled into the
  /// binary. `label` is how messages name the folder (`tracker-src`).
  case files([(name: String, contents: String)], label: String)
  /// A `.js` file or a directory with an order file, on disk; `shownAs`
  /// is the path as the user wrote it, for messages and source maps.
  case path(URL, shownAs: String)

  static let orderFileNames = ["order.txt", "dependencies.txt"]

  /// Reads every file in order and concatenates them.
  public func load() throws(SourceError) -> SourceText {
    switch self {
    case .files(let files, let label):
      return try Self.loadListed(
        label: label,
        read: { name in files.first { $0.name == name }?.contents })
    case .path(let url, let shownName):
      return try Self.load(url, shownAs: shownName)
    }
  }

  private static func load(
    _ url: URL, shownAs shownName: String
  ) throws(SourceError) -> SourceText {
    var isDirectory = false
    guard FileManager.default.fileExists(
      atPath: url.path, isDirectory: &isDirectory)
    else { throw SourceError.missing(shownName) }

    if !isDirectory {
      return SourceText(files: [try readFile(url, shownAs: shownName)])
    }
    return try loadListed(label: shownName) { name throws(SourceError) in
      let file = url.appending(path: name)
      var isDirectory = false
      guard FileManager.default.fileExists(
        atPath: file.path, isDirectory: &isDirectory)
      else { return nil }
      if isDirectory {
        throw SourceError.listedDirectory(Self.label(shownName, name))
      }
      return try readText(file, shownAs: Self.label(shownName, name))
    }
  }

  /// Reads the order file through `read`, then each file it lists.
  private static func loadListed(
    label: String,
    read: (String) throws(SourceError) -> String?
  ) throws(SourceError) -> SourceText {
    var orderName: String?
    var orderText: String?
    for name in orderFileNames {
      if let text = try read(name) {
        (orderName, orderText) = (name, text)
        break
      }
    }
    guard let orderName, let orderText else {
      throw SourceError.noOrderFile(directory: label)
    }

    var files: [SourceFile] = []
    let orderLabel = Self.label(label, orderName)
    // Lines end in LF or CRLF ("\r\n" is one Character in Swift).
    for (number, line) in orderText.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).enumerated() {
      let name = Self.trimmingSpaces(line)
      if name.isEmpty || name.hasPrefix("#") { continue }
      let column = line.distance(
        from: line.startIndex,
        to: line.firstIndex { !$0.isWhitespace } ?? line.startIndex) + 1
      let position = SourceError.Position(
        file: orderLabel, line: number + 1, column: column,
        lineText: String(line))
      if name.hasPrefix("/") || name.split(separator: "/").contains("..") {
        throw SourceError.listedPathEscapes(name, at: position)
      }
      if orderFileNames.contains(name) {
        throw SourceError.listedOrderFile(name, at: position)
      }
      guard let contents = try read(name) else {
        throw SourceError.listedFileMissing(name, at: position)
      }
      files.append(
        SourceFile(name: Self.label(label, name), contents: contents))
    }
    guard !files.isEmpty else {
      throw SourceError.emptyOrderFile(orderLabel)
    }
    return SourceText(files: files)
  }

  /// `line` without the spaces and tabs around it (Unicode "Zs" spaces,
  /// as Foundation's `CharacterSet.whitespaces`).
  private static func trimmingSpaces(_ line: Substring) -> String {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = line.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
  }

  /// Why a file could not be read: the system's wording when there is one.
  private static func reason(_ error: any Error) -> String {
    guard let cocoa = error as? CocoaError,
      let posix = cocoa.underlying as? POSIXError
    else { return "\(error)" }
    return String(cString: strerror(posix.code.rawValue)) + "."
  }

  private static func label(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  private static func readFile(
    _ url: URL, shownAs name: String
  ) throws(SourceError) -> SourceFile {
    SourceFile(name: name, contents: try readText(url, shownAs: name))
  }

  private static func readText(
    _ url: URL, shownAs name: String
  ) throws(SourceError) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw SourceError.unreadable(name, reason: Self.reason(error))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw SourceError.notUTF8(name)
    }
    return text
  }
}
