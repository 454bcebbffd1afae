import JSLexer

// The renamer: shorter names for local variables, from the token stream.
//
// Design note
// -----------
// Renaming needs to know, for every identifier token, whether it declares
// a name, uses one or is a property name, and which declaration each use
// denotes. `ScopeParser` learns this in one recursive-descent pass over
// the tokens that recognizes just enough of the grammar: statements,
// declarations and patterns, functions, arrows, classes, object literals
// and modules. Expressions are read without precedence.
//
// Uses are resolved after the pass (`var` and functions are hoisted) by
// walking up the scope chain; `NameAssigner` then gives each renamable
// binding a short name by frequency, reusing names across sibling
// scopes. Everything is linear in the number of tokens, times the
// nesting depth for each use.
//
// A binding keeps its name when renaming could change what the program
// means:
//
//     var a; function f() {}      script top level: global properties
//     function f() { eval(s) }    `eval` may name anything in scope, in
//                                 f and every enclosing scope
//     with (o) { x }              `x` may be `o.x`
//     export const a = 1          the name is the module's interface
//     arguments                   the implicit object
//
// New names never equal a kept or global name used anywhere in the
// program, nor a reserved word, so renaming cannot capture a use.
//
// Changing the spelling of a shorthand needs more text:
//
//     {a}          ⇒ {a:b}          object literal or pattern
//     import {a}   ⇒ import {a as b}
//     export {a}   ⇒ export {b as a}

/// Renames the local variables of a program.
public enum Renamer {
  /// The new text of every token that changes, keyed by the token's index
  /// in `tokens`: a shorter name, or a shorthand spelled out.
  ///
  /// - Parameters:
  ///   - tokens: the lexer's tokens for `source`, comments included.
  ///   - goal: a module's top-level names are local, a script's global.
  /// - Throws: `RenamerError` where the source is not a program the
  ///   renamer can read.
  public static func renaming(
    tokens: [Token], source: SourceText, goal: Goal
  ) throws -> [Int: String] {
    try tokenEdits(tokens: tokens, source: source, goal: goal).dictionary
  }

  /// The same as `renaming(tokens:source:goal:)`, in the printer's form,
  /// which also carries the shortenings the parser found: parentheses
  /// and braces the program does not need, `else` after a jump, joined
  /// `var` statements, expression statements of a body joined with `,`,
  /// `!0`/`!1` for `true`/`false`, unquoted keys, and the shorter
  /// literals of ScopeParser+Literals.swift.
  static func tokenEdits(
    tokens: [Token], source: SourceText, goal: Goal
  ) throws -> TokenEdits {
    try source.bytes.withUnsafeBufferPointer { bytes in
      try renaming(tokens: tokens, bytes: bytes, goal: goal)
    }
  }

  static func renaming(
    tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, goal: Goal
  ) throws -> TokenEdits {
    // Scopes, declarations and uses; then what each use denotes.
    var parser = ScopeParser(tokens: tokens, bytes: bytes, goal: goal)
    try parser.parseProgram()
    var tree = parser.tree
    let names = parser.names
    let argumentsName = parser.argumentsName
    tree.resolve { $0 == argumentsName }
    // Functions written at their only use need no name.
    let inlined = inlinedFunctions(parser.inlining, tree: tree)
    for function in inlined { tree.bindings[Int(function.binding)].uses = 0 }

    // Names that stay: globals and fixed bindings.
    var kept = tree.freeNames
    for binding in tree.bindings
    where binding.isFixed && binding.mergedInto < 0 && !binding.isLabel {
      kept.insert(binding.name)
    }

    // Character frequencies of what stays, for the name order.
    var isRewritten = [Bool](repeating: false, count: tokens.count)
    for token in parser.droppedTokens { isRewritten[Int(token)] = true }
    for braces in parser.droppedBraces where braces.open >= 0 {
      isRewritten[Int(braces.open)] = true
      isRewritten[Int(braces.close)] = true
    }
    for token in parser.shortenedBooleans { isRewritten[Int(token)] = true }
    for token in parser.joinedDeclarations { isRewritten[Int(token)] = true }
    for token in parser.joinedStatements { isRewritten[Int(token)] = true }
    for token in parser.unquotedKeys { isRewritten[Int(token)] = true }
    let undefinedTokens = globalUndefinedReads(
      parser.literals, tree: tree, names: names
    ).map { parser.order[Int($0)] }
    for token in undefinedTokens { isRewritten[Int(token)] = true }
    for function in inlined {
      isRewritten[Int(function.name)] = true
      isRewritten[Int(function.use)] = true
    }
    for member in parser.literals.dottedMembers {
      isRewritten[Int(member.open)] = true
      isRewritten[Int(member.close)] = true
    }
    for join in parser.literals.joinedStrings {
      isRewritten[Int(join.plus)] = true
      isRewritten[Int(join.string)] = true
    }
    for occurrence in tree.occurrences
    where NameAssigner.isRenamable(tree.bindings[Int(occurrence.binding)]) {
      isRewritten[Int(occurrence.token)] = true
    }
    var frequency = [Int](repeating: 0, count: 256)
    for (index, token) in tokens.enumerated()
    where !isRewritten[index] && !token.kind.isComment {
      for offset in token.start..<token.end { frequency[Int(bytes[offset])] += 1 }
    }

    // New names, then the new text of each token.
    let generator = NameGenerator(frequency: frequency) { candidate in
      guard let id = names.lookup(candidate) else { return false }
      return kept.contains(id)
    }
    let newNames = NameAssigner.assign(tree, generator: generator)

    // Each binding's new name as bytes, stored once, on its first
    // occurrence; a binding whose new name is its old one needs no new
    // text. -2: not looked at yet, -1: unchanged.
    var result = TokenEdits(tokenCount: tokens.count)
    for token in parser.droppedTokens { result.drop(token: Int(token)) }
    for braces in parser.droppedBraces where braces.open >= 0 {
      result.drop(token: Int(braces.open))
      if braces.closeAsSemicolon {
        result.write(.semicolon, forToken: Int(braces.close))
      } else {
        result.drop(token: Int(braces.close))
      }
    }
    for token in [parser.joinedDeclarations, parser.joinedStatements].joined() {
      result.write(.comma, forToken: Int(token))
    }
    for token in parser.unquotedKeys.map(Int.init) {
      let name = Array(bytes[tokens[token].start + 1..<tokens[token].end - 1])
      result.setText(result.add(name), forToken: token)
    }
    for function in inlined {
      result.drop(token: Int(function.name))
      result.move(function.declaration, toUse: Int(function.use))
    }
    writeLiterals(
      parser.literals, undefinedTokens: undefinedTokens, tokens: tokens,
      bytes: bytes, into: &result)
    if !parser.shortenedBooleans.isEmpty {
      let shortTrue = result.add(Array("!0".utf8))
      let shortFalse = result.add(Array("!1".utf8))
      for token in parser.shortenedBooleans.map(Int.init) {
        let isTrue = tokens[token].keyword == .true
        result.setText(isTrue ? shortTrue : shortFalse, forToken: token)
      }
    }
    var textOfBinding = [Int32](repeating: -2, count: newNames.count)
    for occurrence in tree.occurrences {
      let binding = Int(occurrence.binding)
      if textOfBinding[binding] == -2 {
        textOfBinding[binding] = -1
        if let newName = newNames[binding] {
          let spelling = Array(newName.utf8)
          if spelling != names.spellings[Int(tree.bindings[binding].name)] {
            textOfBinding[binding] = result.add(spelling)
          }
        }
      }
      let slot = textOfBinding[binding]
      guard slot >= 0 else { continue }
      let token = Int(occurrence.token)
      if occurrence.form == .plain {
        result.setText(slot, forToken: token)
        continue
      }
      let old = Array(
        UnsafeBufferPointer(
          rebasing: bytes[tokens[token].start..<tokens[token].end]))
      let newName = result.texts[Int(slot)]
      let text: [UInt8]
      switch occurrence.form {
      case .plain: text = newName
      case .objectShorthand: text = old + [UInt8(ascii: ":")] + newName
      case .importShorthand: text = old + Array(" as ".utf8) + newName
      case .exportShorthand: text = newName + Array(" as ".utf8) + old
      }
      result.setText(result.add(text), forToken: token)
    }
    return result
  }
}
