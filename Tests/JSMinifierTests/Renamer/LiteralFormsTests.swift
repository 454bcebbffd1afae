import TestSupport
import Testing

@testable import JSMinifier

/// Shorter spellings around literals with renaming on
/// (ScopeParser+Literals.swift): `a["b"]` as `a.b`, adjacent strings of
/// a `+` chain as one, `typeof a>"u"`, and `void 0` for the global
/// `undefined`.
@Suite("Literal forms: a.b, joined strings, typeof a>\"u\", void 0")
struct LiteralFormsTests {
  static let dotted: [(String, String)] = [
    ("x = a['b']", "x=a.b"),
    ("x = a[\"if\"]", "x=a.if"),
    ("x = a?.['b']", "x=a?.b"),
    ("x = a['b']['c'](d)", "x=a.b.c(d)"),
    ("x = 1['toFixed']", "x=1 .toFixed"),
    ("x = a['b'] in c", "x=a.b in c"),
    ("delete a['b']", "delete a.b"),
  ]

  static let notDotted: [(String, String)] = [
    ("x = a['b-c']", "x=a[\"b-c\"]"),
    ("x = a['1']", "x=a[\"1\"]"),
    ("x = a['b' + c]", "x=a[\"b\"+c]"),
    ("x = a['\\u0062']", "x=a[\"b\"]"),
    ("x = a['é']", "x=a[\"é\"]"),
    // A `[` after a line break may start a statement.
    ("x = () => {}\n['a'].forEach(f)", "x=()=>{}\n[\"a\"].forEach(f)"),
    ("x++\n['a'].forEach(f)", "x++\n[\"a\"].forEach(f)"),
  ]

  static let joined: [(String, String)] = [
    ("x = 'a' + 'b'", "x=\"ab\""),
    ("x = 'a' + 'b' + c", "x=\"ab\"+c"),
    ("x = c + 'a' + 'b' + 'd'", "x=c+\"abd\""),
    ("x = c + 'a' + d + 'e' + 'f'", "x=c+\"a\"+d+\"ef\""),
    ("x = 'a' + \"'\"", "x=\"a'\""),
    ("x = '\\1' + '2'", "x=\"\\x012\""),
    ("x = '</scr' + 'ipt>'", "x=\"\\x3C/script>\""),
    ("x = ('a' + 'b') + 'c'", "x=\"ab\"+\"c\""),
    ("x = 'a' + 'b' - 1", "x=\"ab\"-1"),
    ("f('a' + 'b', c)", "f(\"ab\",c)"),
  ]

  static let notJoined: [(String, String)] = [
    ("x = c - 'a' + 'b'", "x=c-\"a\"+\"b\""),
    ("x = c * 'a' + 'b'", "x=c*\"a\"+\"b\""),
    ("x = 'a' + 'b' * c", "x=\"a\"+\"b\"*c"),
    ("x = 'a' + 'b'.length", "x=\"a\"+\"b\".length"),
    ("x = 1 + 2 + 'a'", "x=1+2+\"a\""),
    ("function f() { 'use ' + 'strict'; with (a) b }",
     "function f(){\"use \"+\"strict\";with(a)b}"),
  ]

  static let undefinedTests: [(String, String)] = [
    ("x = typeof a === 'undefined'", "x=typeof a>\"u\""),
    ("x = typeof a !== 'undefined'", "x=typeof a<\"u\""),
    ("x = typeof a == 'undefined'", "x=typeof a>\"u\""),
    ("x = typeof a.b != 'undefined'", "x=typeof a.b<\"u\""),
    ("x = 'undefined' === typeof a", "x=\"u\"<typeof a"),
    ("x = 'undefined' != typeof a", "x=\"u\">typeof a"),
    ("x = b && typeof a === 'undefined' || c", "x=b&&typeof a>\"u\"||c"),
    ("x = (typeof a) === 'undefined'", "x=typeof a>\"u\""),
  ]

  static let notUndefinedTests: [(String, String)] = [
    ("x = typeof a === 'object'", "x=typeof a===\"object\""),
    ("x = b == typeof a === 'undefined'", "x=b==typeof a===\"undefined\""),
    ("x = typeof a === 'undefined' + b", "x=typeof a===\"undefined\"+b"),
    ("x = !typeof a === 'undefined'", "x=!typeof a===\"undefined\""),
  ]

  static let voidZero: [(String, String)] = [
    ("x = undefined", "x=void 0"),
    ("f(undefined)", "f(void 0)"),
    ("x = a === undefined", "x=a===void 0"),
    ("function f() { return undefined }", "function f(){return void 0}"),
    ("x = typeof undefined", "x=typeof void 0"),
    ("x = undefined in a", "x=void 0 in a"),
    ("x = (undefined).a", "x=(void 0).a"),
    ("x = [a = undefined] = b", "x=[a=undefined]=b"),
  ]

  static let notVoidZero: [(String, String)] = [
    ("undefined = 1", "undefined=1"),
    ("(undefined) = 1", "(undefined)=1"),
    ("[undefined] = a", "[undefined]=a"),
    ("({a: undefined} = b)", "({a:undefined}=b)"),
    ("for (undefined in a);", "for(undefined in a);"),
    ("for (undefined of a);", "for(undefined of a);"),
    ("undefined++", "undefined++"),
    ("++undefined", "++undefined"),
    ("delete undefined", "delete undefined"),
    ("x = undefined.a", "x=undefined.a"),
    ("x = undefined()", "x=undefined()"),
    ("x = new undefined", "x=new undefined"),
    ("x = undefined ** 2", "x=undefined**2"),
    ("x = {undefined}", "x={undefined}"),
    ("with (a) x = undefined", "with(a)x=undefined"),
    ("function f() { eval(s); return undefined }",
     "function f(){eval(s);return undefined}"),
    ("function f(undefined) { return undefined }", "function f(n){return n}"),
    ("function f() { var undefined; return undefined }",
     "function f(){var n;return n}"),
  ]

  static var all: [(String, String)] {
    dotted + notDotted + joined + notJoined + undefinedTests
      + notUndefinedTests + voidZero + notVoidZero
  }

  @Test("a[\"b\"] is written a.b where the string is an identifier name")
  func dottedMembers() {
    for (input, output) in Self.dotted + Self.notDotted {
      expectUnwrapped(input, output)
    }
  }

  @Test("Adjacent strings of a + chain are one string, where that is the same value")
  func joinedStrings() {
    for (input, output) in Self.joined + Self.notJoined {
      expectUnwrapped(input, output)
    }
  }

  @Test("typeof a === \"undefined\" is written typeof a>\"u\"")
  func typeofTests() {
    for (input, output) in Self.undefinedTests + Self.notUndefinedTests {
      expectUnwrapped(input, output)
    }
  }

  @Test("The global undefined, read as a value, is written void 0")
  func undefinedReads() {
    for (input, output) in Self.voidZero + Self.notVoidZero {
      expectUnwrapped(input, output)
    }
  }

  @Test(
    "Every case keeps its syntax tree under acorn",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    try expectSameTreesAfterMinifying(Self.all.map(\.0))
  }

  @Test(
    "Every case computes the same under node",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func sameResults() throws {
    // Each program's observable result, as JSON, before and after.
    let programs = [
      "(function () { var a = {b: 1, if: 2};"
        + " return [a['b'], a['if'], a?.['b'], 1['toFixed'](1)] })()",
      "(function (c) { return [c + 'a' + 'b', 'a' + 'b' + c, c - '1' + '2',"
        + " 1 + 2 + 'a'] })(3)",
      "['\\1' + '2', '\\x41' + 'B', '</scr' + 'ipt>', '\\uD83D' + '\\uDE00']",
      "(function (u) { return [typeof u === 'undefined',"
        + " typeof u !== 'undefined', 'undefined' == typeof 1,"
        + " typeof null != 'undefined'] })()",
      "[undefined, typeof undefined, (function (undefined) {"
        + " return undefined })(5), (function () { var undefined = 7;"
        + " return undefined })()]",
    ]
    try expectSameOutputUnderNode(
      programs.map { "console.log(JSON.stringify(\($0)))" })
  }

  @Test(
    "The tree comparison still tells the forms apart from wrong ones",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonTellsFormsApart() throws {
    let problems = try renamingProblems([
      ("x = a['b']", "x=a.c"),
      ("x = c - 'a' + 'b'", "x=c-\"ab\""),
      ("x = typeof a === 'undefined'", "x=typeof a<\"u\""),
      ("x = null", "x=void 0"),
      ("x = 'a' + 'b'", "x=\"ab\""),
    ])
    #expect(problems.count == 4)
  }
}
