import JSLexer
import Testing

@Suite("Source text and locations")
struct SourceTextTests {
  @Test("Files are joined with a line break only where one is missing")
  func concatenation() {
    let text = SourceText(files: [
      SourceFile(name: "a.js", contents: "a"),
      SourceFile(name: "b.js", contents: "b\n"),
      SourceFile(name: "c.js", contents: "c"),
    ])
    #expect(String(decoding: text.bytes, as: UTF8.self) == "a\nb\nc")
    #expect(text.fileStarts == [0, 2, 4])
    #expect(text.fileIndex(at: 0) == 0)
    #expect(text.fileIndex(at: 1) == 0)
    #expect(text.fileIndex(at: 2) == 1)
    #expect(text.fileIndex(at: 4) == 2)
  }

  @Test("Locations count lines per file and columns in characters")
  func locations() {
    let text = SourceText(files: [
      SourceFile(name: "a.js", contents: "one\r\ntwo\u{2028}é = x"),
      SourceFile(name: "b.js", contents: "first\nsecond"),
    ])
    let x = text.bytes.lastIndex(of: UInt8(ascii: "x"))!
    #expect(text.location(of: x) == SourceLocation(
      file: "a.js", line: 3, column: 5, offset: x, lineText: "é = x"))
    let s = text.bytes.lastIndex(of: UInt8(ascii: "s"))!
    #expect(text.location(of: s) == SourceLocation(
      file: "b.js", line: 2, column: 1, offset: s, lineText: "second"))
  }

  @Test("One file is its own bytes, and its lines still count")
  func oneFile() {
    let text = SourceText(name: "a.js", contents: "a\n\nb")
    #expect(text.bytes == Array("a\n\nb".utf8))
    #expect(text.fileStarts == [0])
    #expect(text.location(of: 3) == SourceLocation(
      file: "a.js", line: 3, column: 1, offset: 3, lineText: "b"))
  }
}
