import TestSupport
import Foundation
import JSLexer
import Testing

@testable import JSMinifier

/// Braces around a body of one statement are dropped with renaming on;
/// the `}` becomes `;` where the statement needed it to end.
@Suite("Braces around a body of one statement")
struct BodyBracesTests {
  static let dropped: [(String, String)] = [
    ("if (a) { b(); }", "if(a)b();"),
    ("if (a) { b() }", "if(a)b();"),
    ("if (a) { b() } else { c() }", "if(a)b();else c();"),
    ("if (a) { b() } else if (c) { d() } else { e() }",
     "if(a)b();else if(c)d();else e();"),
    ("if (a) b(); else { if (c) d() }", "if(a)b();else if(c)d();"),
    ("while (a) { if (b) c() } x()", "while(a)if(b)c();x()"),
    ("function f() { if (a) { b() } }", "function f(){if(a)b()}"),
    ("function f() { while (a) { if (b) { c(); } } }",
     "function f(){while(a)if(b)c()}"),
    ("function f() { if (a) { return } g() }", "function f(){if(a)return;g()}"),
    ("for (;;) { break }", "for(;;)break;"),
    ("for (var k in o) { f(k) }", "for(var k in o)f(k);"),
    ("for (const v of o) { f(v) }", "for(const c of o)f(c);"),
    ("do { a() } while (b)", "do a();while(b)"),
    ("do { a(); } while (b); c()", "do a();while(b);c()"),
    ("do { if (a) b() } while (c)", "do if(a)b();while(c)"),
    ("x: { break x }", "a:break a;"),
    ("l: for (;;) { continue l }", "n:for(;;)continue n;"),
    ("with (o) { a() }", "with(o)a();"),
    ("if (a) { var x = 1 }", "if(a)var x=1;"),
    ("if (a) { b() } else { var c }", "if(a)b();else var c;"),
    ("if (a) { ; }", "if(a);"),
    ("if (a) { { b() } }", "if(a)b();"),
  ]

  static let endings: [(String, String)] = [
    ("if (a) { try { b() } catch (e) {} } c()", "if(a)try{b()}catch(t){}c()"),
    ("if (a) { while (b) {} } c()", "if(a)while(b){}c()"),
    ("if (a) { x = function () {} } c()", "if(a)x=function(){};c()"),
    ("if (a) { x = {} } c()", "if(a)x={};c()"),
    ("if (a) { do b(); while (c) } d()", "if(a)do b();while(c);d()"),
    ("if (a) {\n b()\n}\nc()", "if(a)b();c()"),
    ("if (a)\n{\n b();\n}\nc()", "if(a)b();c()"),
    ("function f() { if (a) {\n return\n}\n g() }",
     "function f(){if(a)return;g()}"),
    ("if (a) { b() }\n(c)", "if(a)b();c"),
    ("if (a) { b() } ; c()", "if(a)b();;c()"),
    ("if (a) { /*! keep */ b() }", "if(a)/*! keep */b();"),
  ]

  static let kept: [(String, String)] = [
    // An `else` after an `if` without one would attach to it.
    ("if (a) { if (b) c() } else d()", "if(a){if(b)c()}else d()"),
    ("if (a) { if (b) c(); else e() } else d()",
     "if(a)if(b)c();else e();else d()"),
    ("if (a) while (x) { if (b) c() } else d()",
     "if(a)while(x){if(b)c()}else d()"),
    ("if (a) { for (;;) { if (b) c() } } else d()",
     "if(a){for(;;)if(b)c()}else d()"),
    ("if (a) x: { if (b) c() } else d()", "if(a)e:{if(b)c()}else d()"),
    ("if (a) { if (b) c() } else { if (d) e() }",
     "if(a){if(b)c()}else if(d)e();"),
    // Declarations need their block.
    ("if (a) { let x = 1 }", "if(a){let e=1}"),
    ("if (a) { const x = 1 }", "if(a){const c=1}"),
    ("if (a) { class C {} }", "if(a){class s{}}"),
    ("if (a) { function f() {} }", "if(a){function f(){}}"),
    ("if (a) { async function f() {} }", "if(a){async function f(){}}"),
    ("if (a) { l: function f() {} }", "if(a){i:function f(){}}"),
    // Empty and longer blocks, and blocks that are not bodies.
    ("if (a) {}", "if(a){}"),
    ("if (a) { b()\n c() }", "if(a){b()\nc()}"),
    ("{ \"a\"; b() }", "{\"a\";b()}"),
    ("{ function g() {} }", "{function g(){}}"),
    ("function f() { a() }", "function f(){a()}"),
    ("try { a() } catch (e) { b() } finally { c() }",
     "try{a()}catch(l){b()}finally{c()}"),
    ("switch (a) { case 1: { let b = c; d(b) } }",
     "switch(a){case 1:{let e=c;d(e)}}"),
    ("function f() { {} a() }", "function f(){{}a()}"),
    // After a statement ended by a line break, which the block could
    // continue.
    ("a = b\n{ (c)() }", "a=b\n{c()}"),
    ("f()\n{ [1].map(g) }", "f()\n{[1].map(g)}"),
    ("a()\n{ b() }", "a()\n{b()}"),
    ("a = b\n{ { [0] } }", "a=b\n{[0]}"),
    ("x = class { static { a() } }", "x=class{static{a()}}"),
  ]

  /// An `else` after a consequent that never completes normally goes.
  static let elses: [(String, String)] = [
    ("function f() { if (a) return 1; else b() }",
     "function f(){if(a)return 1;b()}"),
    ("function f() { if (a) { return 1 } else { b() } }",
     "function f(){if(a)return 1;b()}"),
    ("function f() { if (a) { b(); return } else { c(); d() } }",
     "function f(){if(a){b();return}c();d()}"),
    ("function f() { if (a) { b(); return } else { c(); let d = e; d() } }",
     "function f(){if(a){b();return}{c();let n=e;n()}}"),
    ("function f() { if (a) return 1; else if (b) return 2; else c() }",
     "function f(){if(a)return 1;if(b)return 2;c()}"),
    ("function f() { if (a) throw e; else var x = 1 }",
     "function f(){if(a)throw e;var i=1}"),
    ("for (;;) { if (a) break; else b(); c() }", "for(;;){if(a)break;b();c()}"),
    ("function f() { if (a) return\nelse b() }", "function f(){if(a)return\nb()}"),
    ("function f() { if (a) { if (b) return; else return } else c() }",
     "function f(){if(a){if(b)return;return}c()}"),
    // Kept: not a list item, no exit on every path, or a declaration.
    ("function f() { for (;;) if (a) continue; else b() }",
     "function f(){for(;;)if(a)continue;else b()}"),
    ("function f() { if (a) { if (b) return } else c() }",
     "function f(){if(a){if(b)return}else c()}"),
    ("function f() { if (a) while (b) return; else c() }",
     "function f(){if(a)while(b)return;else c()}"),
    ("function f() { if (a) l: { break l } else c() }",
     "function f(){if(a)e:break e;else c()}"),
    ("function f() { if (a) return; else { let x = 1; g(x) } }",
     "function f(){if(a)return;{let n=1;g(n)}}"),
    ("function f() { if (a) x(); else return; c() }",
     "function f(){if(a)x();else return;c()}"),
    // `let` there is a variable, and `x` a global.
    ("function f() { if (a) g(); else let\nx = 1 }",
     "function f(){if(a)g();else let\nx=1}"),
  ]

  /// Blocks that are statements of a list and declare nothing.
  static let nested: [(String, String)] = [
    ("{ a(); b() } c()", "a();b();c()"),
    ("function f() { if (a) return; { b(); c() } d() }",
     "function f(){if(a)return;b();c();d()}"),
    ("function f() { { var x = 1 } return x }", "function f(){var n=1;return n}"),
    ("a();\n{ b() }", "a();b();"),
    ("{ x = function () {} } (a)", "x=function(){};a"),
    ("if (a) { { b(); c() } } else d()", "if(a){b();c()}else d()"),
    ("if (a) { { if (b) c() } } else d()", "if(a){if(b)c()}else d()"),
    ("function f() { { { a() } } b() }", "function f(){a();b()}"),
    ("switch (a) { case 1: { b(); break } default: c() }",
     "switch(a){case 1:b();break;default:c()}"),
    ("function f() { if (a) { return b } else { c(); d() } }",
     "function f(){if(a)return b;c();d()}"),
    // The else stays after a consequent ended by a line break.
    ("function f() { if (a) return b\nelse (c, d)() }",
     "function f(){if(a)return b\nelse(c,d)()}"),
    ("function f() { if (a) return b\nelse { (c)() } }",
     "function f(){if(a)return b\n{c()}}"),
  ]

  static var allCases: [(String, String)] {
    dropped + endings + kept + elses + nested
  }

  @Test("A block in a statement list that declares nothing is its statements")
  func nestedBlocks() {
    for (input, output) in Self.nested { expectUnwrapped(input, output) }
  }

  @Test("An else after a return, throw, break or continue goes")
  func elsesAfterExits() {
    for (input, output) in Self.elses { expectUnwrapped(input, output) }
  }

  @Test("The braces of a one-statement body go, with `}` as `;` if needed")
  func droppedBraces() {
    for (input, output) in Self.dropped { expectUnwrapped(input, output) }
  }

  @Test("A statement ending in a block, or on a line break, ends right")
  func endings() {
    for (input, output) in Self.endings { expectUnwrapped(input, output) }
  }

  @Test("Braces stay around declarations, before else, and off bodies")
  func keptBraces() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test(
    "Every case keeps its syntax tree under acorn, up to local names",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    let cases = Self.allCases.map(\.0)
    try expectSameTreesAfterMinifying(cases)
  }

  @Test(
    "The tree comparison still tells an else moved inside",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonSeesDanglingElse() throws {
    let problems = try renamingProblems([
      ("if (a) { if (b) c() } else d()", "if(a)if(b)c();else d()"),
      ("if (a) { b() }", "if(a);b()"),
      ("if (a) { b() }", "if(a)b()"),
      ("for (;;) if (a) continue; else b()", "for(;;){if(a)continue;b()}"),
      ("function f() { if (a) x(); else return; c() }",
       "function f(){if(a)x();return;c()}"),
    ])
    #expect(problems.count == 4)
  }
}
