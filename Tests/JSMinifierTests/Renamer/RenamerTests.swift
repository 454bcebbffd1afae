import Foundation
import JSLexer
import Testing

@testable import JSMinifier

/// The source with every renamed token replaced and every dropped
/// parenthesis blanked, whitespace kept; a function declaration written
/// at its only use moves there with the text between its tokens.
func mangled(_ input: String, goal: Goal = .script) throws -> String {
  let source = SourceText(name: "input.js", contents: input)
  let tokens = try Lexer.tokenize(source, goal: goal)
  let edits = try Renamer.tokenEdits(
    tokens: tokens, source: source, goal: goal)
  guard let end = tokens.lastIndex(where: { $0.kind != .endOfFile }) else {
    return input
  }
  var lastOfMoved: [Int: Int] = [:]
  for declaration in edits.inlined.values {
    lastOfMoved[declaration.lowerBound] = declaration.upperBound
  }
  var output = Array(source.bytes[..<tokens[0].start])
  output += mangledText(
    tokens, source, edits, 0...end, lastOfMoved: lastOfMoved, printing: -1)
  output += source.bytes[tokens[end].end...]
  return String(decoding: output, as: UTF8.self)
}

/// The text from the first token of `range` to the end of its last, as
/// `mangled` writes it (`printing`: the moved declaration it is, or -1).
private func mangledText(
  _ tokens: [Token], _ source: SourceText, _ edits: TokenEdits,
  _ range: ClosedRange<Int>, lastOfMoved: [Int: Int], printing owner: Int32
) -> [UInt8] {
  var output: [UInt8] = []
  var last = tokens[range.lowerBound].start
  var index = range.lowerBound
  while index <= range.upperBound {
    let token = tokens[index]
    defer { index += 1 }
    if edits.isMoved(index, printing: owner), let end = lastOfMoved[index] {
      // A declaration written elsewhere: left out here.
      output += source.bytes[last..<token.start]
      last = tokens[end].end
      index = end
      continue
    }
    if let declaration = edits.declaration(inlinedAt: index) {
      output += source.bytes[last..<token.start]
      output += mangledText(
        tokens, source, edits, declaration, lastOfMoved: lastOfMoved,
        printing: Int32(declaration.lowerBound))
      last = token.end
      continue
    }
    let text: [UInt8]
    let isDropped = edits.isDropped(index, printing: owner)
    if let punctuator = edits.punctuator(writtenFor: index) {
      text = Array(punctuator.text.utf8)
    } else if isDropped {
      text = [UInt8(ascii: " ")]  // `a-(-b)` ⇒ `a- -b`
    } else if let renamed = edits.text(ofToken: index) {
      text = renamed
    } else {
      continue
    }
    output += source.bytes[last..<token.start]
    output += text
    last = token.end
    // Line breaks after a dropped `(` go, as the printer drops them.
    if isDropped, token.punctuator == .leftParen {
      while last < source.bytes.count,
        [0x20, 0x09, 0x0A, 0x0D].contains(source.bytes[last])
      {
        last += 1
      }
    }
  }
  output += source.bytes[last..<max(last, tokens[range.upperBound].end)]
  return output
}

/// The source minified as `snowpak minify` does: renamed, parentheses
/// the program does not need dropped.
func minifiedAndMangled(
  _ input: String, goal: Goal = .script, comments: CommentPolicy = .license
) throws -> String {
  let source = SourceText(name: "input.js", contents: input)
  var options = MinifyOptions()
  options.goal = goal
  options.comments = comments
  return try Minifier.minify(source, options: options).text
}

func expectMangled(
  _ input: String, _ output: String, goal: Goal = .script,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  do {
    let actual = try mangled(input, goal: goal)
    #expect(actual == output, sourceLocation: sourceLocation)
  } catch {
    Issue.record(error, sourceLocation: sourceLocation)
  }
}

/// The renaming checker's complaints (NodeHarness.checkRenaming: same
/// acorn tree up to local names and the forms the minifier respells,
/// Tests/Oracle/equivalent-forms.js) about pairs of original and
/// minified scripts.
func renamingProblems(_ pairs: [(String, String)]) throws -> [String] {
  let directory = try NodeHarness.temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  var manifest: [[String: Any]] = []
  for (index, (original, minified)) in pairs.enumerated() {
    let input = directory.appendingPathComponent("\(index).in.js")
    let output = directory.appendingPathComponent("\(index).out.js")
    try Data(original.utf8).write(to: input)
    try Data(minified.utf8).write(to: output)
    manifest.append(["input": input.path, "output": output.path, "module": false])
  }
  let manifestURL = directory.appendingPathComponent("manifest.json")
  try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
  let report = try NodeHarness.run(
    script: NodeHarness.checkRenaming, arguments: [manifestURL.path],
    in: directory)
  let lines = report.split(separator: "\n")
  guard lines.count == pairs.count else {
    return ["the checker answered \(lines.count) lines for \(pairs.count)"]
  }
  return zip(pairs, lines).compactMap { pair, line in
    line.hasPrefix("ok ") ? nil : "\(pair.0): \(line)"
  }
}

/// Minifies each input and records every one whose tree the renaming
/// checker finds different from the input's.
func expectSameTreesAfterMinifying(
  _ inputs: [String],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let problems = try renamingProblems(
    try inputs.map { ($0, try minifiedAndMangled($0)) })
  for problem in problems {
    Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
  }
}

/// Runs each script under node before and after `minifiedAndMangled`
/// and expects the same printed output (and some output at all).
func expectSameOutputUnderNode(
  _ scripts: [String],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  func printed(_ script: String) throws -> String {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    return try NodeHarness.run(script: script, arguments: [], in: directory)
  }
  for script in scripts {
    let before = try printed(script)
    #expect(!before.isEmpty, "\(script)", sourceLocation: sourceLocation)
    let after = try printed(try minifiedAndMangled(script))
    #expect(after == before, "\(script)", sourceLocation: sourceLocation)
  }
}
