import JSLexer

extension TokenPrinter {
  /// Adds a segment mapping the token about to be written (at the end of
  /// `output`) to its position in the source.
  mutating func recordMapping(for token: Token, isRenamed: Bool) {
    // Bring the generated position up to the end of the output.
    while measuredUpTo < output.count {
      let byte = output[measuredUpTo]
      if byte == 0x0A {
        generatedLine += 1
        generatedColumn = 0
      } else if byte & 0xC0 != 0x80 {
        generatedColumn += byte >= 0xF0 ? 2 : 1
      }
      measuredUpTo += 1
    }

    let original = originalCursor.position(of: token.start, in: source)
    var nameIndex: Int?
    if isRenamed {
      let name = token.text(in: source)
      if let known = nameIndices[name] {
        nameIndex = known
      } else {
        nameIndex = names.count
        nameIndices[name] = names.count
        names.append(name)
      }
    }
    mappings.append(SourceMap.Mapping(
      generatedLine: generatedLine, generatedColumn: generatedColumn,
      sourceIndex: original.file, originalLine: original.line,
      originalColumn: original.column, nameIndex: nameIndex))
  }
}
