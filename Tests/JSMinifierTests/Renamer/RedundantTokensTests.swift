import TestSupport
import Foundation
import JSLexer
import Testing

@testable import JSMinifier

/// Parentheses and trailing commas the program does not need are dropped
/// with renaming on; the rest stay. Globals keep their names, so outputs
/// read as inputs.
@Suite("Parentheses and commas the program does not need")
struct RedundantTokensTests {
  static let binaryOperators: [(String, String)] = [
    ("x = (a * b) + c", "x=a*b+c"),
    ("x = a * (b + c)", "x=a*(b+c)"),
    ("x = (a - b) - c", "x=a-b-c"),
    ("x = a - (b - c)", "x=a-(b-c)"),
    ("x = a - (b * c) + d", "x=a-b*c+d"),
    ("x = a || (b && c)", "x=a||b&&c"),
    ("x = (a || b) && c", "x=(a||b)&&c"),
    ("x = a + (b ? c : d)", "x=a+(b?c:d)"),
    ("x = (a ? b : c) ? d : e", "x=(a?b:c)?d:e"),
    ("x = a ? (b ? c : d) : (e ? f : g)", "x=a?b?c:d:e?f:g"),
    ("x = a ? (b, c) : (d = e)", "x=a?(b,c):d=e"),
    ("x = (a = b) ? c : d", "x=(a=b)?c:d"),
    ("x = (a instanceof b) || c", "x=a instanceof b||c"),
    ("x = (a << 1) | (b >> 2)", "x=a<<1|b>>2"),
  ]

  static let exponentAndCoalescing: [(String, String)] = [
    ("x = (a ** b) ** c", "x=(a**b)**c"),
    ("x = a ** (b ** c)", "x=a**b**c"),
    ("x = (-a) ** 2", "x=(-a)**2"),
    ("x = a ** (-b)", "x=a**-b"),
    ("x = (a.b) ** 2", "x=a.b**2"),
    ("x = (a ?? b) || c", "x=(a??b)||c"),
    ("x = a ?? (b || c)", "x=a??(b||c)"),
    ("x = (a || b) ?? c", "x=(a||b)??c"),
    ("x = a ?? (b ?? c)", "x=a??(b??c)"),
    ("x = (a ?? b) ?? c", "x=a??b??c"),
    ("x = a ?? (b | c)", "x=a??b|c"),
  ]

  static let assignmentsAndSequences: [(String, String)] = [
    ("while ((a = a.next)) {}", "while(a=a.next){}"),
    ("if ((m = re.exec(s))) f()", "if(m=re.exec(s))f()"),
    ("x = (y = z)", "x=y=z"),
    ("(x) = 1; (x.y) = 2", "x=1;x.y=2"),
    ("x = (a, b)", "x=(a,b)"),
    ("f((a, b), (c))", "f((a,b),c)"),
    ("a, (b, c)", "a,(b,c)"),
    ("(a, b), c", "(a,b),c"),
    ("x = [(a, b), (c)]", "x=[(a,b),c]"),
    ("x = {a: (b), [(c)]: (d, e)}", "x={a:b,[c]:(d,e)}"),
    ("x = a[(b, c)]", "x=a[b,c]"),
    ("x = `${(a, b)}`", "x=`${a,b}`"),
    ("for (x of (a, b));", "for(x of(a,b));"),
    ("for ((x) of a);", "for(x of a);"),
    ("for (x in (a, b));", "for(x in(a,b));"),
    ("for (var i = (a in b); i;);", "for(var i=(a in b);i;);"),
    ("x = a ? (b in c) : d", "x=a?(b in c):d"),
    // V8 refuses `f(a+=1,[b]=c)`: some of those parentheses stay.
    ("f((b += 1), ([x] = [2]))", "f(b+=1,([x]=[2]))"),
    ("f((b += 1), [x] = [2])", "f((b+=1),[x]=[2])"),
    ("f(b -= 1, ({x} = c))", "f(b-=1,({x}=c))"),
    ("new f(o.x ||= 1, ([x] = c))", "new f(o.x||=1,([x]=c))"),
    ("f((b += 1), (c = 2))", "f(b+=1,c=2)"),
    // A regular expression after `break`/`continue` on the next line.
    ("for (;;) { break\n/x/g.test(s) }", "for(;;){break\n/x/g.test(s)}"),
  ]

  static let prefixAndPostfix: [(String, String)] = [
    ("x = !(a)", "x=!a"),
    ("x = !(a.b())", "x=!a.b()"),
    ("x = !(a + b)", "x=!(a+b)"),
    ("x = typeof (a)", "x=typeof a"),
    ("x = void (0)", "x=void 0"),
    ("x = -(-a)", "x=- -a"),
    ("x = +(++a)", "x=+ ++a"),
    ("x = a + (+b)", "x=a+ +b"),
    ("x = a < (!--b)", "x=a< !--b"),
    ("x = ++(a.b)", "x=++a.b"),
    ("x = (a)++", "x=a++"),
    ("x = (a.b).c", "x=a.b.c"),
    ("(a.b)(c)", "a.b(c)"),
    ("x = (a)[0]", "x=a[0]"),
    ("x = (a)`t`", "x=a`t`"),
    ("x = (1).toString()", "x=1 .toString()"),
    ("x = (a?.b).c", "x=(a?.b).c"),
    ("x = (a?.b)", "x=a?.b"),
    ("x = (new a).b", "x=(new a).b"),
    ("x = new (a())()", "x=new(a())()"),
    ("x = (a + b).c", "x=(a+b).c"),
    ("x = (function () {}).call(this)", "x=function(){}.call(this)"),
  ]

  static let statementStarts: [(String, String)] = [
    ("(function () {})()", "(function(){})()"),
    ("(function () {}())", "(function(){}())"),
    ("((function () {}))()", "(function(){})()"),
    ("(async function () {})()", "(async function(){})()"),
    ("(class {}).x", "(class{}).x"),
    ("({}).toString()", "({}).toString()"),
    ("({} = a)", "({}=a)"),
    ("(let)[0] = 1", "(let)[0]=1"),
    ("(a) + 1", "a+1"),
    ("x = () => ({})", "x=()=>({})"),
    ("x = () => (a ? b : c)", "x=()=>a?b:c"),
    ("x = () => (a, b)", "x=()=>(a,b)"),
    ("function f() { ('use strict'); }", "function f(){(\"use strict\")}"),
    ("if (a) (b)", "if(a)b"),
    ("switch (a) { case 1: (function () {})() }",
     "switch(a){case 1:(function(){})()}"),
  ]

  static let yieldsAndSpreads: [(String, String)] = [
    ("function* g() { yield (a); }", "function*g(){yield a}"),
    ("function* g() { yield (a, b); }", "function*g(){yield(a,b)}"),
    ("function* g() { x = yield (a) + 1; }", "function*g(){x=yield(a)+1}"),
    ("x = [...(a)]", "x=[...a]"),
    ("f(...(a || b))", "f(...a||b)"),
    ("async function f() { x = await (a); }", "async function f(){x=await a}"),
    ("async function f() { x = await (a + b); }",
     "async function f(){x=await(a+b)}"),
  ]

  static let lineBreaksAndComments: [(String, String)] = [
    ("function f() { return (\n a\n) }", "function f(){return a}"),
    ("function f() { return (\n(\n a)\n) }", "function f(){return a}"),
    ("function f() { return (\n a ||\n b\n) }", "function f(){return a||b}"),
    ("function* g() { yield (\n a\n) }", "function*g(){yield a}"),
    ("x = (\n a\n)\ny()", "x=a\ny()"),
    ("function f() { return\n(a) }", "function f(){return\na}"),
    ("x = (/* c */ a)", "x=(a)"),
    ("x = (/*! keep */ a)", "x=(/*! keep */a)"),
    ("x = a\n(b)", "x=a\n(b)"),
    ("function* g() { yield (class {}) / 2 }",
     "function*g(){yield(class{})/2}"),
  ]

  static let trailingCommas: [(String, String)] = [
    ("x = [a, b,]", "x=[a,b]"),
    ("x = [a, ,]", "x=[a,,]"),
    ("x = [,]", "x=[,]"),
    ("x = {a: 1, b,}", "x={a:1,b}"),
    ("f(a, b,)", "f(a,b)"),
    // A direct eval keeps the parameters' names.
    ("function f(a, b,) { eval(s) }", "function f(a,b){eval(s)}"),
    ("x = (a, b,) => eval(s)", "x=(a,b)=>eval(s)"),
    ("var [a, b,] = c, {d,} = e", "var[a,b]=c,{d}=e"),
    ("x = [a,\n]", "x=[a]"),
  ]

  static var allCases: [(String, String)] {
    binaryOperators + exponentAndCoalescing + assignmentsAndSequences
      + prefixAndPostfix + statementStarts + yieldsAndSpreads
      + lineBreaksAndComments + trailingCommas
  }

  @Test("Binary operators keep only the parentheses precedence needs")
  func binary() {
    for (input, output) in Self.binaryOperators {
      expectUnwrapped(input, output)
    }
  }

  @Test("Exponents and ?? keep the parentheses the grammar requires")
  func exponentAndCoalesce() {
    for (input, output) in Self.exponentAndCoalescing {
      expectUnwrapped(input, output)
    }
  }

  @Test("Assignments, sequences and for heads")
  func assignments() {
    for (input, output) in Self.assignmentsAndSequences {
      expectUnwrapped(input, output)
    }
  }

  @Test("Prefix operators, member accesses, calls and new")
  func prefixAndPostfix() {
    for (input, output) in Self.prefixAndPostfix {
      expectUnwrapped(input, output)
    }
  }

  @Test("A statement never starts with function, class, { or a directive")
  func statementStarts() {
    for (input, output) in Self.statementStarts {
      expectUnwrapped(input, output)
    }
  }

  @Test("yield, await and spread")
  func yieldsAndSpreads() {
    for (input, output) in Self.yieldsAndSpreads {
      expectUnwrapped(input, output)
    }
  }

  @Test("Line breaks after return and comments inside stay safe")
  func lineBreaks() {
    for (input, output) in Self.lineBreaksAndComments {
      expectUnwrapped(input, output)
    }
  }

  @Test("A trailing comma goes, a hole stays")
  func trailingCommas() {
    for (input, output) in Self.trailingCommas {
      expectUnwrapped(input, output)
    }
  }


  @Test(
    "Every case keeps its syntax tree under acorn",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"))
  func syntaxTrees() throws {
    let cases = Self.allCases
    let problems = try AcornOracle.check(
      "compare", try cases.map { ($0.0, try minifiedAndMangled($0.0), "script") })
    for problem in problems {
      Issue.record("\(cases[problem.index].0): \(problem.problem)")
    }
    #expect(problems.isEmpty)
  }
}

/// Minifies `input` with renaming on and expects exactly `output`.
func expectUnwrapped(
  _ input: String, _ output: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  do {
    #expect(
      try minifiedAndMangled(input) == output, "input: \(input)",
      sourceLocation: sourceLocation)
  } catch {
    Issue.record("\(input) threw \(error)", sourceLocation: sourceLocation)
  }
}
