import JSLexer

/// The `/*<DEBUG>*/ … /*</DEBUG>*/` regions of a tracker source: debug
/// logging and test hooks that a production build leaves out.
///
/// The markers are found as comment tokens, so a marker spelled inside a
/// string, a template or a regular expression is only text:
///
///     log('/*<DEBUG>*/')            not a marker
///     /*<DEBUG>*/ log(state) /*</DEBUG>*/ send()   ⇒   send()
///
/// A region is removed by turning each of its bytes into a space, except
/// line terminators: every later token keeps its offset, line and column,
/// so errors and source maps still point at the original files, and a
/// region that spanned lines still separates statements as it did.
public struct DebugRegions: Sendable {
  public static let openingMarker = "/*<DEBUG>*/"
  public static let closingMarker = "/*</DEBUG>*/"

  /// Byte ranges from the start of an opening marker to the end of its
  /// closing one.
  public private(set) var ranges: [Range<Int>] = []

  /// Finds the regions among the comment tokens of `tokens`.
  public init(
    in source: SourceText, tokens: [Token]
  ) throws(Diagnostic) {
    let opening = Array(Self.openingMarker.utf8)
    let closing = Array(Self.closingMarker.utf8)
    var openedAt: Int?

    for token in tokens where token.kind == .blockComment {
      let text = source.bytes[token.start..<token.end]
      if text.elementsEqual(opening) {
        if let openedAt {
          throw Diagnostic(
            offset: token.start,
            message: "'\(Self.openingMarker)' inside a debug region; "
              + "debug regions do not nest",
            note: .init(offset: openedAt, message: "the region began here"))
        }
        openedAt = token.start
      } else if text.elementsEqual(closing) {
        guard let start = openedAt else {
          throw Diagnostic(
            offset: token.start,
            message: "'\(Self.closingMarker)' without an opening "
              + "'\(Self.openingMarker)'")
        }
        ranges.append(start..<token.end)
        openedAt = nil
      }
    }
    if let openedAt {
      throw Diagnostic(
        offset: openedAt,
        message: "'\(Self.openingMarker)' is never closed by "
          + "'\(Self.closingMarker)'")
    }
  }

  /// `source` with every region blanked: spaces in place of its bytes,
  /// line terminators kept.
  public func blanked(_ source: SourceText) -> SourceText {
    guard !ranges.isEmpty else { return source }
    var bytes = source.bytes
    for range in ranges {
      for index in range where !Self.isLineTerminatorByte(bytes, index) {
        bytes[index] = 0x20
      }
    }

    // The same files, cut from the blanked bytes where they stood.
    let files = source.files.indices.map { index in
      let start = source.fileStarts[index]
      let end = start + source.files[index].text.count
      return SourceFile(
        name: source.files[index].name, text: Array(bytes[start..<end]))
    }
    return SourceText(files: files)
  }

  /// Whether `bytes[index]` belongs to a line terminator: LF, CR, or one
  /// of the three UTF-8 bytes of U+2028 and U+2029 (E2 80 A8/A9).
  private static func isLineTerminatorByte(
    _ bytes: [UInt8], _ index: Int
  ) -> Bool {
    switch bytes[index] {
    case 0x0A, 0x0D: return true
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    case 0x80:
      return index >= 1 && index + 1 < bytes.count
        && bytes[index - 1] == 0xE2
        && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9)
    case 0xA8, 0xA9:
      return index >= 2 && bytes[index - 2] == 0xE2
        && bytes[index - 1] == 0x80
    default: return false
    }
  }
}
