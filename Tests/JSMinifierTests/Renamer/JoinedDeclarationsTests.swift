import TestSupport
import Testing

@testable import JSMinifier

/// Consecutive `var` statements of one list are joined with renaming on.
@Suite("Consecutive var statements joined")
struct JoinedDeclarationsTests {
  static let joined: [(String, String)] = [
    ("var a = 1; var b = 2", "var a=1,b=2"),
    ("var a = 1\nvar b = 2", "var a=1,b=2"),
    ("var a; var b; var c", "var a,b,c"),
    ("var a, b; var c = [1]", "var a,b,c=[1]"),
    ("var a = function () {}\nvar b", "var a=function(){},b"),
    ("function f() { var a = 1; var b = 2; return a + b }",
     "function f(){var n=1,r=2;return n+r}"),
    ("switch (x) { case 1: var a; var b }", "switch(x){case 1:var a,b}"),
    // Joined, the block holds one statement: its braces go too.
    ("if (x) { var a = 1; var b = 2 }", "if(x)var a=1,b=2;"),
    ("while (x) { var a; var b; f() }", "while(x){var a,b;f()}"),
  ]

  static let kept: [(String, String)] = [
    ("var a; f(); var b", "var a;f();var b"),
    ("if (x) var a; var b", "if(x)var a;var b"),
    ("l: var a; var b", "r:var a;var b"),
    ("let a; let b", "let a;let b"),
    ("var a; let b", "var a;let b"),
    ("switch (x) { case 1: var a; case 2: var b }",
     "switch(x){case 1:var a;case 2:var b}"),
    ("for (var a;;) { var b }", "for(var a;;)var b;"),
  ]

  @Test("A var statement right after another joins it")
  func joinedStatements() {
    for (input, output) in Self.joined { expectUnwrapped(input, output) }
  }

  @Test("Statements of different lists, or of other kinds, stay apart")
  func keptApart() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test(
    "Every case keeps its syntax tree under acorn (joined vars taken as one)",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    let cases = (Self.joined + Self.kept).map(\.0)
    try expectSameTreesAfterMinifying(cases)
  }

  @Test(
    "The tree comparison still tells joined statements of different lists",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonTellsListsApart() throws {
    let problems = try renamingProblems([
      ("if (x) var a; var b", "if(x)var a,b"),
      ("var a; f(); var b", "var a,b;f()"),
      ("var a; var b", "var a,b"),
    ])
    #expect(problems.count == 2)
  }
}
