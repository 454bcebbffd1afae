import JSLexer
import TestSupport
import Testing

@testable import JSMinifier

/// A function declared in a function body and used once there, outside
/// loops, is written at its use as a function expression
/// (ScopeParser+Inlining.swift).
@Suite("Function declarations written at their only use")
struct InlinedFunctionsTests {
  static let inlined: [(String, String)] = [
    ("function f() { function g(a) { return a } h.x = g }",
     "function f(){h.x=function(n){return n}}"),
    ("function f() { h.x = g; function g() { return 1 } }",
     "function f(){h.x=function(){return 1}}"),
    ("function f() { return g(); function g() { return 1 } }",
     "function f(){return function(){return 1}()}"),
    ("function f() { x = new g; function g() { this.a = 1 } }",
     "function f(){x=new function(){this.a=1}}"),
    ("function f() { async function g() { await a } h(g) }",
     "function f(){h(async function(){await a})}"),
    ("function f() { function* g() { yield 1 } h(g) }",
     "function f(){h(function*(){yield 1})}"),
    ("function f() { function g() { function k(a) { return a } return k } return g }",
     "function f(){return function(){return function(n){return n}}}"),
    ("function f() { if (a) { h(g) } function g() {} }",
     "function f(){if(a)h(function(){})}"),
    ("function f() { return g; function g() {} }",
     "function f(){return function(){}}"),
  ]

  static let kept: [(String, String)] = [
    // Used twice, by itself, or where it would run more than once.
    ("function f() { function g() {} h(g, g) }",
     "function f(){function n(){}h(n,n)}"),
    ("function f() { function g() { return g } h(g) }",
     "function f(){function n(){return n}h(n)}"),
    ("function f() { function g() {} for (;;) h(g) }",
     "function f(){function n(){}for(;;)h(n)}"),
    ("function f() { function g() {} while (a) h(g) }",
     "function f(){function n(){}while(a)h(n)}"),
    ("function f() { function g() {} do h(g); while (a) }",
     "function f(){function n(){}do h(n);while(a)}"),
    ("function f() { function g() {} for (var k in g) h(k) }",
     "function f(){function n(){}for(var i in n)h(i)}"),
    ("function f() { function g() {} class C { x = g } return C }",
     "function f(){function n(){}class c{x=n}return c}"),
    ("function f() { function g() {} return function () { return g } }",
     "function f(){function n(){}return function(){return n}}"),
    ("function f() { function g() {} return () => g }",
     "function f(){function n(){}return()=>n}"),
    // Where a function expression would read differently.
    ("function f() { function g() {} g.call(a) }",
     "function f(){function n(){}n.call(a)}"),
    ("function f() { function g() {} (g)() }", "function f(){function n(){}n()}"),
    ("function f() { function g() {} g = 1 }", "function f(){function n(){}n=1}"),
    ("function f() { function g() {} g++ }", "function f(){function n(){}n++}"),
    ("function f() { function g() {} [g] = a }",
     "function f(){function n(){}[n]=a}"),
    ("function f() { function g() {} for (g in a); }",
     "function f(){function n(){}for(n in a);}"),
    ("function f() { function g() {} return delete g }",
     "function f(){function n(){}return delete n}"),
    ("function f() { function g() {} return g / 2 }",
     "function f(){function n(){}return n/2}"),
    ("function f() { function g() {} return {g} }",
     "function f(){function n(){}return{g:n}}"),
    // Where a name between the use and the function's scope could
    // capture one of the function's own.
    ("function f() { function g() {} try { a() } catch (e) { h(g) } }",
     "function f(){function n(){}try{a()}catch(c){h(n)}}"),
    ("function f() { function g() {} { let k = 1; h(g, k) } }",
     "function f(){function t(){}{let n=1;h(t,n)}}"),
    // Names that must stay, or are not one function.
    ("function f() { function g() {} h(g); eval(\"g\") }",
     "function f(){function g(){}h(g);eval(\"g\")}"),
    ("function f() { function g() {} with (a) h(g) }",
     "function f(){function g(){}with(a)h(g)}"),
    ("function f() { var g; function g() {} h(g) }",
     "function f(){var n;function n(){}h(n)}"),
    ("function f() { function g() { return 1 } function g() { return 2 } h(g) }",
     "function f(){function n(){return 1}function n(){return 2}h(n)}"),
    ("function f() { if (a) { function g() {} h(g) } }",
     "function f(){if(a){function n(){}h(n)}}"),
    ("function f() { l: function g() {} h(g) }", "function f(){n:function n(){}h(n)}"),
    ("function g() {} h(g)", "function g(){}h(g)"),
    // After a statement ended by the line break before it, the next
    // statement could continue that one.
    ("function f(a, b) { a = b\n function g() {}\n [0]\n return [a, g] }",
     "function f(n,t){n=t\nfunction u(){}[0]\nreturn[n,u]}"),
    ("function f() { \"use strict\"\n function g() {}\n [0]; return g }",
     "function f(){\"use strict\"\nfunction n(){}[0];return n}"),
    ("function f(a, b) { a = b\n function g() {}\n function h() {}\n [0]\n"
      + " return [a, g, h] }",
     "function f(n,t){n=t\nfunction u(){}[0]\nreturn[n,u,function(){}]}"),
    ("function f(a, b) { a = b\n function g() {}\n { [0] }\n return [a, g] }",
     "function f(n,t){n=t\nfunction u(){}[0];return[n,u]}"),
    ("function f() { return g\n  function g() {} }",
     "function f(){return n\nfunction n(){}}"),
    // The string after it would become a directive.
    ("function f() { function g() {} \"use strict\"; h(g) }",
     "function f(){function n(){}\"use strict\";h(n)}"),
  ]

  @Test("A function used once in its own body, outside loops, moves to that use")
  func inlined() {
    for (input, output) in Self.inlined { expectUnwrapped(input, output) }
  }

  @Test("Functions used more than once, in loops, inner functions or as targets stay")
  func kept() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test("In a module, top-level functions move too, unless exported")
  func modules() throws {
    let cases = [
      ("function g() { return 1 } h(g)", "h(function(){return 1})"),
      ("export function g() {} h(g)", "export function g(){}h(g)"),
      ("function g() {} export default g", "function t(){}export default t"),
      ("function g() {} export default (g)(1)",
       "function t(){}export default t(1)"),
      ("function g() {} export {g}", "function n(){}export{n as g}"),
    ]
    for (input, output) in cases {
      var options = MinifyOptions()
      options.goal = .module
      let result = try Minifier.minify(
        SourceText(name: "input.js", contents: input), options: options)
      #expect(result.text == output, "input: \(input)")
    }
  }

  @Test(
    "Every case keeps its syntax tree under acorn, the function at its use",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    try expectSameTreesAfterMinifying((Self.inlined + Self.kept).map(\.0))
  }

  @Test(
    "Programs print the same under node: identity, this, arguments, hoisting",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func sameResults() throws {
    let programs = [
      // Hoisting: the use comes first.
      "function f() { var r = g(2); return r; function g(a) { return a * 3 } }"
        + " console.log(f())",
      // One function object per loop run stays one.
      "function f() { var s = new Set(); for (var i = 0; i < 3; i++) s.add(g);"
        + " return s.size; function g() {} } console.log(f())",
      // this, arguments, new.
      "function f() { return new g(1, 2); function g() { this.n ="
        + " arguments.length } } console.log(f().n)",
      // A closure over the enclosing function's variables.
      "function f(k) { var v = k + 1; return h(g); function g() { return v }"
        + " function h(x) { return x() } } console.log(f(4))",
      // Kept: used twice, recursion, a class field.
      "function f() { function g(n) { return n ? n * g(n - 1) : 1 }"
        + " return g(5) } console.log(f())",
      "function f() { function g() {} class C { x = g } return new C().x"
        + " === new C().x } console.log(f())",
    ]
    try expectSameOutputUnderNode(programs)
  }

  @Test(
    "The tree comparison still sees a function moved to the wrong use",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonSeesWrongMoves() throws {
    let problems = try renamingProblems([
      ("function f() { function g() { return 1 } h(g) }",
       "function f(){h(function(){return 2})}"),
      ("function f() { function g() { return 1 } h(g, k) }",
       "function f(){h(k,function(){return 1})}"),
      ("function f() { function g() {} h(g) }", "function f(){h(function(){})}"),
    ])
    #expect(problems.count == 2)
  }
}
