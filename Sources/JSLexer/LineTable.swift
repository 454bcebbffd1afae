/// Where every line of a `SourceText` starts, and which of those lines
/// begins each file.
///
/// Only diagnostics and source maps need lines, so the table is built on
/// demand (`SourceText.lineTable()`), not with every source text: a
/// minification without a source map never scans for line terminators.
public struct LineTable: Sendable {
  /// Byte offset in `SourceText.bytes` of the start of every line (all
  /// files).
  let lineStarts: [Int]
  /// Index into `lineStarts` of the first line of each file.
  let firstLineOfFile: [Int]

  init(of source: SourceText) {
    let lines = SourceText.lineStarts(of: source.bytes)
    lineStarts = lines
    firstLineOfFile = source.fileStarts.map { start in
      SourceText.lastIndex(in: lines, notAfter: start)
    }
  }
}
