import JSLexer

// A function declared in a function body (or a module) and used exactly
// once, in that same body, outside loops, is written at its use as a
// function expression:
//
//     function f() { function g(a) { return a } h.x = g }
//   ⇒ function f(){h.x=function(n){return n}}
//
// The function object is then created where it is used instead of when
// the body starts (§10.2.11 instantiates declarations first); with one
// use, evaluated once, nothing can tell the two apart: the use sees a
// function with the same body, closing over the same scopes. Its name
// goes: a function that is never named again does not need one (its
// `name` property becomes "", as renaming already changes it).
//
// The parser records the candidates and the uses that rule them out:
// uses inside a loop or class body (evaluated again and again), and uses
// that begin an expression statement, where `function` would start a
// declaration. Resolution decides the rest (Renamer+Inlining.swift).
extension ScopeParser {
  /// `function f() {}` or `async function f() {}` as a statement.
  mutating func parseFunctionDeclaration() throws {
    let first = position
    let isListItem = first == listItemPosition
    let followsOpenStatement =
      lastListItem.end == first && lastListItem.needsTerminator
    let kind = tree.scopes[Int(scope)].kind
    var name = first + (isCurrent(.async) ? 2 : 1)
    if isPunctuator(.star, at: name) { name += 1 }
    // The name is the first occurrence the declaration records.
    let occurrence = Int32(tree.occurrences.count)
    try parseFunction(isDeclaration: true)
    // A string after it could become the body's first statement, and so
    // a directive (`function g() {} "use strict"`); after a statement
    // that ended at the line break before it, what is written next could
    // continue that one (`a = b\n function g() {}\n [0]`), so it stays.
    guard isListItem, kind == .functionBody || kind == .module,
      token(at: name).kind == .identifier, current.kind != .string,
      !followsOpenStatement
    else { return }
    inlining.declarations.append(
      (order[first], order[name], order[position - 1], occurrence))
  }

  /// An expression statement starts at `position`.
  mutating func noteExpressionStatement(at position: Int) {
    var lead = position
    while isPunctuator(.leftParen, at: lead) { lead += 1 }
    inlining.statementLead = lead
  }

  /// A name is used at `position`: is it where a function could not be
  /// written instead?
  mutating func noteInliningContext(ofUseAt position: Int) {
    if inlining.repeatDepth > 0 {
      inlining.repeatedUses.append(order[position])
    }
    // `export default (g)(1)`: parentheses before the name may go.
    var lead = position - 1
    while lead >= 0, isPunctuator(.leftParen, at: lead) { lead -= 1 }
    let before = lead >= 0 ? token(at: lead) : ScopeParser.endOfFile
    if position == inlining.statementLead
      || before.keyword == .delete || before.keyword == .default
      || isPunctuator(.slash, at: position + 1)
      || isPunctuator(.slashEqual, at: position + 1)
    {
      inlining.excludedUses.append(order[position])
    }
  }

  /// The expression from `position` to here is assigned to (or deleted,
  /// incremented): the names in it are not read, and `undefined` there
  /// is no value to shorten.
  mutating func noteAssignmentTarget(from position: Int) {
    forgetUndefinedReads(from: position)
    let first = order[position]
    var index = tree.references.count - 1
    while index >= 0, tree.references[index].token >= first {
      inlining.excludedUses.append(tree.references[index].token)
      index -= 1
    }
  }
}
