/// One or more `SourceFile`s concatenated into a single byte buffer, with
/// the line accounting needed to point back into each original file.
///
/// Files are joined as they are, except that a `\n` is inserted between two
/// files when the first does not end in a line terminator, so that the last
/// line of one file never runs into the first line of the next:
///
///     a.js "x()"  +  b.js "y()\n"  ⇒  "x()\ny()\n"
public struct SourceText: Sendable {
  /// The concatenated UTF-8 bytes that tokens point into.
  public let bytes: [UInt8]
  /// The files, in order.
  public let files: [SourceFile]
  /// Byte offset in `bytes` where each file starts.
  public let fileStarts: [Int]

  public init(files: [SourceFile]) {
    self.files = files
    // One file is its own bytes, shared, not copied.
    if files.count == 1 {
      self.bytes = files[0].text
      self.fileStarts = [0]
      return
    }
    var bytes: [UInt8] = []
    var starts: [Int] = []
    bytes.reserveCapacity(files.reduce(0) { $0 + $1.text.count + 1 })
    for file in files {
      if !SourceText.endsInLineTerminator(bytes) {
        bytes.append(0x0A)
      }
      starts.append(bytes.count)
      bytes.append(contentsOf: file.text)
    }
    self.bytes = bytes
    self.fileStarts = starts
  }

  public init(name: String, contents: String) {
    self.init(files: [SourceFile(name: name, contents: contents)])
  }

  public init(name: String, text: [UInt8]) {
    self.init(files: [SourceFile(name: name, text: text)])
  }

  /// The index in `files` of the file holding `offset`.
  public func fileIndex(at offset: Int) -> Int {
    max(0, SourceText.lastIndex(in: fileStarts, notAfter: offset))
  }

  /// Where the lines start: scans the whole text, so keep the table when
  /// asking for many positions.
  public func lineTable() -> LineTable {
    LineTable(of: self)
  }

  /// The 0-based line (within its file) and the line's start offset.
  public func lineIndex(at offset: Int, in lines: LineTable)
    -> (line: Int, lineStart: Int)
  {
    let global = SourceText.lastIndex(in: lines.lineStarts, notAfter: offset)
    let file = fileIndex(at: offset)
    return (global - lines.firstLineOfFile[file], lines.lineStarts[global])
  }

  /// The file, line and column of a byte offset.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(0, offset), bytes.count)
    let file = files.isEmpty ? "" : files[fileIndex(at: clamped)].name
    let (line, lineStart) = lineIndex(at: clamped, in: lineTable())
    var lineEnd = lineStart
    while lineEnd < bytes.count,
      SourceText.lineTerminatorLength(bytes, at: lineEnd) == 0
    {
      lineEnd += 1
    }
    let column = SourceText.scalarCount(bytes, from: lineStart, to: clamped)
    let lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    return SourceLocation(
      file: file, line: line + 1, column: column + 1, offset: clamped,
      lineText: lineText)
  }

  /// `file:line:column: error: message`, the source line and a caret under
  /// the column; then the same for the note, if any.
  public func render(_ diagnostic: Diagnostic) -> String {
    var text = renderOne(diagnostic.offset, "error", diagnostic.message)
    if let note = diagnostic.note {
      text += renderOne(note.offset, "note", note.message)
    }
    return text
  }

  private func renderOne(_ offset: Int, _ level: String, _ message: String)
    -> String
  {
    let where_ = location(of: offset)
    // The caret line copies tabs so the caret lines up in a terminal.
    var caret = ""
    for character in where_.lineText.unicodeScalars.prefix(where_.column - 1) {
      caret += character == "\t" ? "\t" : " "
    }
    return "\(where_.file):\(where_.line):\(where_.column): \(level): "
      + "\(message)\n\(where_.lineText)\n\(caret)^\n"
  }

  // MARK: Line accounting helpers

  /// Length of the line terminator at `index` (LF, CR, CRLF, LS, PS), or 0.
  static func lineTerminatorLength(_ bytes: [UInt8], at index: Int) -> Int {
    switch bytes[index] {
    case 0x0A: return 1
    case 0x0D:
      return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xE2:
      // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
      if index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        return 3
      }
      return 0
    default: return 0
    }
  }

  static func endsInLineTerminator(_ bytes: [UInt8]) -> Bool {
    guard let last = bytes.last else { return true }
    if last == 0x0A || last == 0x0D { return true }
    let n = bytes.count
    return n >= 3 && bytes[n - 3] == 0xE2 && bytes[n - 2] == 0x80
      && (last == 0xA8 || last == 0xA9)
  }

  static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var index = 0
      while index < count {
        // Eight bytes at a time while none of them can start a terminator.
        while index + 8 <= count {
          let word = UnsafeRawPointer(buffer.baseAddress! + index)
            .loadUnaligned(as: UInt64.self)
          if mayStartTerminator(word) { break }
          index += 8
        }
        guard index < count else { break }
        // Only LF, CR and the lead byte of LS/PS can start a terminator.
        let byte = buffer[index]
        if byte != 0x0A && byte != 0x0D && byte != 0xE2 {
          index += 1
          continue
        }
        let length = lineTerminatorLength(bytes, at: index)
        if length > 0 {
          index += length
          starts.append(index)
        } else {
          index += 1
        }
      }
    }
    return starts
  }

  /// Does any byte of `word` equal LF, CR or 0xE2 (the lead byte of LS
  /// and PS)?
  @inline(__always)
  static func mayStartTerminator(_ word: UInt64) -> Bool {
    hasByte(word, 0x0A) || hasByte(word, 0x0D) || hasByte(word, 0xE2)
  }

  /// Does any byte of `word` equal `byte`? It does where `word ^ byte…`
  /// has a zero byte.
  @inline(__always)
  static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & (ones &* 0x80) != 0
  }

  /// The last index `i` with `sorted[i] <= value` (binary search), or -1.
  static func lastIndex(in sorted: [Int], notAfter value: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  /// Unicode scalars in `bytes[from..<to]` (counts non-continuation bytes).
  static func scalarCount(_ bytes: [UInt8], from: Int, to: Int) -> Int {
    var count = 0
    var index = from
    while index < to {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// UTF-16 code units in `bytes[from..<to]`, for source map columns.
  public static func utf16Count(_ bytes: [UInt8], from: Int, to: Int) -> Int {
    var count = 0
    var index = from
    while index < to {
      let byte = bytes[index]
      if byte & 0xC0 != 0x80 { count += byte >= 0xF0 ? 2 : 1 }
      index += 1
    }
    return count
  }
}
