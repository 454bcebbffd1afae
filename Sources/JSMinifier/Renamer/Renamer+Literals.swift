import JSLexer

extension Renamer {
  /// The `undefined` reads that name the global property: no binding of
  /// that name, no `with` and no direct `eval` between them and the top.
  static func globalUndefinedReads(
    _ literals: LiteralRewrites, tree: ScopeTree, names: NameTable
  ) -> [Int32] {
    guard !literals.undefinedReads.isEmpty,
      let name = names.lookup("undefined")
    else { return [] }
    return literals.undefinedReads.compactMap { read in
      var scope = read.scope
      while scope >= 0 {
        let current = tree.scopes[Int(scope)]
        if tree.declared[scope, name] != nil || current.kind == .with
          || current.hasDirectEval
        {
          return nil
        }
        scope = current.parent
      }
      return read.position
    }
  }

  /// Writes the shorter literals `ScopeParser` found into `edits`.
  ///
  /// - Parameter undefinedTokens: token indices of the `undefined` reads
  ///   to write as `void 0`.
  static func writeLiterals(
    _ literals: LiteralRewrites, undefinedTokens: [Int32], tokens: [Token],
    bytes: UnsafeBufferPointer<UInt8>, into edits: inout TokenEdits
  ) {
    for member in literals.dottedMembers {
      if member.afterOptionalChain {
        edits.drop(token: Int(member.open))
      } else {
        edits.write(.dot, forToken: Int(member.open))
      }
      let key = tokens[Int(member.key)]
      edits.setText(
        edits.add(Array(bytes[(key.start + 1)..<(key.end - 1)])),
        forToken: Int(member.key))
      edits.drop(token: Int(member.close))
    }

    // Each run of joined strings: the head's code units, then each
    // joined string's, written as one literal in the head's place.
    var index = 0
    let joined = literals.joinedStrings
    while index < joined.count {
      let head = joined[index].head
      let first = tokens[Int(head)]
      let headText = Array(bytes[first.start..<first.end])[...]
      var units = StringLiteral.codeUnits(of: headText)
      var isASCII = headText.allSatisfy { $0 < 0x80 }
      while index < joined.count, joined[index].head == head {
        let string = tokens[Int(joined[index].string)]
        let raw = Array(bytes[string.start..<string.end])[...]
        units += StringLiteral.codeUnits(of: raw)
        isASCII = isASCII && raw.allSatisfy { $0 < 0x80 }
        edits.drop(token: Int(joined[index].plus))
        edits.drop(token: Int(joined[index].string))
        index += 1
      }
      let literal = StringLiteral.literal(
        for: units, preferring: UInt8(ascii: "\""), asciiOnly: isASCII)
      edits.setText(edits.add(literal), forToken: Int(head))
    }

    if !literals.undefinedTests.isEmpty {
      let shortString = edits.add(Array("\"u\"".utf8))
      for test in literals.undefinedTests {
        edits.write(test.written, forToken: Int(test.equality))
        edits.setText(shortString, forToken: Int(test.string))
      }
    }

    if !undefinedTokens.isEmpty {
      let voidZero = edits.add(Array("void 0".utf8))
      for token in undefinedTokens {
        edits.setText(voidZero, forToken: Int(token))
      }
    }
  }
}
