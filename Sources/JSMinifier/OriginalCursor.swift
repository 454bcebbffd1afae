import JSLexer

/// Walks forward through the source, turning increasing byte offsets into
/// (file, line, UTF-16 column) without rescanning long lines: minified
/// input can be one 100 KB line.
struct OriginalCursor {
  var offset = 0
  var lineStart = 0
  var line = 0
  var column = 0
  var file = 0
  /// The source's lines, found at the first position asked for.
  var lines: LineTable?

  mutating func position(of target: Int, in source: SourceText)
    -> (file: Int, line: Int, column: Int)
  {
    let lines = self.lines ?? source.lineTable()
    self.lines = lines
    let (targetLine, targetLineStart) = source.lineIndex(at: target, in: lines)
    let targetFile = source.fileIndex(at: target)
    if targetLineStart != lineStart || target < offset || targetFile != file {
      // A new line: measure from its start.
      lineStart = targetLineStart
      offset = targetLineStart
      column = 0
    }
    column += SourceText.utf16Count(source.bytes, from: offset, to: target)
    offset = target
    line = targetLine
    file = targetFile
    return (file, line, column)
  }
}
