import JSLexer
import Testing

@testable import JSMinifier

/// The source with every renamed token replaced, whitespace kept.
func mangled(_ input: String, goal: Goal = .script) throws -> String {
  let source = SourceText(name: "input.js", contents: input)
  let tokens = try Lexer.tokenize(source, goal: goal)
  let renaming = try Renamer.renaming(
    tokens: tokens, source: source, goal: goal)
  var output: [UInt8] = []
  var last = 0
  for (index, token) in tokens.enumerated() {
    guard let text = renaming[index] else { continue }
    output += source.bytes[last..<token.start]
    output += Array(text.utf8)
    last = token.end
  }
  output += source.bytes[last...]
  return String(decoding: output, as: UTF8.self)
}

/// The source minified with renaming.
func minifiedAndMangled(
  _ input: String, goal: Goal = .script, comments: CommentPolicy = .license
) throws -> String {
  let source = SourceText(name: "input.js", contents: input)
  let tokens = try Lexer.tokenize(source, goal: goal)
  let renaming = try Renamer.renaming(
    tokens: tokens, source: source, goal: goal)
  var options = MinifyOptions()
  options.goal = goal
  options.comments = comments
  return Minifier.minify(
    source, tokens: tokens, options: options, renamedIdentifiers: renaming
  ).text
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
