import TestSupport
import Testing

@testable import JSMinifier

/// The expression statements of a body join into one with `,` with
/// renaming on, and the braces go.
@Suite("Expression statements of a body joined")
struct JoinedStatementsTests {
  static let joined: [(String, String)] = [
    ("if (a) { b(); c() }", "if(a)b(),c();"),
    ("if (a) { b(); c(); }", "if(a)b(),c();"),
    ("if (a) { b(); c(); d() } e()", "if(a)b(),c(),d();e()"),
    ("if (a) { b(); c() } else { d(); e() }", "if(a)b(),c();else d(),e();"),
    ("if (a) { b(); c() } else d()", "if(a)b(),c();else d()"),
    ("for (;;) { a = 1; b++; }", "for(;;)a=1,b++;"),
    ("for (var k in o) { f(k); g(k) }", "for(var k in o)f(k),g(k);"),
    ("while (a) { b(); c() }\nd()", "while(a)b(),c();d()"),
    ("do { a(); b() } while (c)", "do a(),b();while(c)"),
    ("with (o) { a(); b() }", "with(o)a(),b();"),
    ("l: { a(); b() }", "c:a(),b();"),
    ("if (a) { b, c; d }", "if(a)b,c,d;"),
    ("if (a) { (b, c); d }", "if(a)b,c,d;"),
    ("if (a) { x = y ? 1 : 2; z = 3 }", "if(a)x=y?1:2,z=3;"),
    ("if (a) { f = x => x; g() }", "if(a)f=i=>i,g();"),
    ("if (a) { b(); (function () {})() }", "if(a)b(),(function(){})();"),
    ("if (a) { b(); /c/.test(d) }", "if(a)b(),/c/.test(d);"),
    ("if (a) { b(); c()\n}", "if(a)b(),c();"),
    ("if (a) { b(); if (c) { d(); e() } }", "if(a){b();if(c)d(),e()}"),
    ("function* g() { if (a) { yield; b() } }",
     "function*g(){if(a)yield,b()}"),
    ("function f() { if (a) { b(); c() } return 1 }",
     "function f(){if(a)b(),c();return 1}"),
  ]

  static let kept: [(String, String)] = [
    // A line break ended a statement: no `;` to rewrite.
    ("if (a) { b()\nc() }", "if(a){b()\nc()}"),
    // Other statements than expressions.
    ("for (;;) { b(); break }", "for(;;){b();break}"),
    ("function f() { if (a) { b(); return c } }",
     "function f(){if(a){b();return c}}"),
    ("if (a) { var b; c() }", "if(a){var b;c()}"),
    ("if (a) { b(); let c = 1 }", "if(a){b();let e=1}"),
    ("if (a) { b(); if (c) d() }", "if(a){b();if(c)d()}"),
    ("if (a) { b(); if (c) d(); else e() }",
     "if(a){b();if(c)d();else e()}"),
    ("function f() { if (a) { b(); if (c) return; else d() } }",
     "function f(){if(a){b();if(c)return;d()}}"),
    ("if (a) { b(); ; }", "if(a){b();;}"),
    // A first statement that cannot stand there without braces.
    ("if (a) { async(); b() }", "if(a){async();b()}"),
    // Not a body: function bodies, plain blocks, try.
    ("function f() { a(); b() }", "function f(){a();b()}"),
    ("{ let c; a(); b() }", "{let e;a();b()}"),
    ("try { a(); b() } catch (e) {}", "try{a();b()}catch(c){}"),
    // After a dropped else, the block is a statement of the list.
    ("function f() { if (a) { b(); return } else { c(); d() } }",
     "function f(){if(a){b();return}c();d()}"),
  ]

  @Test("The expression statements of a body join with `,`")
  func joinedStatements() {
    for (input, output) in Self.joined { expectUnwrapped(input, output) }
  }

  @Test("Bodies with other statements, or a line break, stay as they are")
  func keptApart() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test(
    "Every case keeps its syntax tree under acorn (a,b as a;b)",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    let cases = (Self.joined + Self.kept).map(\.0)
    try expectSameTreesAfterMinifying(cases)
  }

  @Test(
    "The tree comparison still tells a wrong join",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonSeesWrongJoins() throws {
    let problems = try renamingProblems([
      // The second statement left the body.
      ("if (a) { b(); c() }", "if(a)b();c()"),
      // Operands reordered, or one joined into another's operand.
      ("if (a) { b(); c() }", "if(a)c(),b()"),
      ("if (a) { x = 1; y = 2 }", "if(a)x=(1,y=2)"),
      // A return is not an expression.
      ("function f() { if (a) { b(); return c } }",
       "function f(){if(a)b(),c}"),
    ])
    #expect(problems.count == 4)
    // The same statements, joined: equal.
    let same = try renamingProblems([
      ("if (a) { b(); c() }", "if(a)b(),c()"),
      ("if (a) { b(); c() } else d()", "if(a)b(),c();else d()"),
      ("a(); b()", "a(),b()"),
    ])
    #expect(same.isEmpty)
  }
}
