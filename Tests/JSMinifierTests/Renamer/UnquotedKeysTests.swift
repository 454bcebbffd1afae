import TestSupport
import Testing

@testable import JSMinifier

/// A string property key that spells an identifier name loses its quotes
/// with renaming on.
@Suite("Property keys without quotes")
struct UnquotedKeysTests {
  static let unquoted: [(String, String)] = [
    ("x = {'a': 1, \"b\": 2}", "x={a:1,b:2}"),
    ("x = {'if': 1, 'true': 2, '$_9': 3}", "x={if:1,true:2,$_9:3}"),
    ("x = {'a'() {}, get 'b'() {}, set 'c'(v) {}, *'d'() {}}",
     "x={a(){},get b(){},set c(e){},*d(){}}"),
    ("x = {async 'a'() {}}", "x={async a(){}}"),
    ("class C { 'a'() {} static 'b' = 1; 'constructor'() {} }",
     "class C{a(){}static b=1;constructor(){}}"),
    ("({'a': x} = y)", "({a:x}=y)"),
    ("x = {'__proto__': null}", "x={__proto__:null}"),
  ]

  static let kept: [(String, String)] = [
    ("x = {'a-b': 1, '1a': 2, '': 3, 'a b': 4}", "x={\"a-b\":1,\"1a\":2,\"\":3,\"a b\":4}"),
    // An escape keeps the quotes (the printer spells the string anew).
    ("x = {'\\u0061': 1, 'é': 2}", "x={\"a\":1,\"é\":2}"),
    ("x = {['a']: 1}", "x={[\"a\"]:1}"),
    ("x = {a: 'b'}", "x={a:\"b\"}"),
    ("x = a['b' + c]", "x=a[\"b\"+c]"),
    // Unquoted before a line break, these would modify the next member.
    ("class A { 'get'\n x() {} }", "class A{\"get\"\nx(){}}"),
    ("class A { 'static'\n x = 1 }", "class A{\"static\"\nx=1}"),
    ("class A { static 'set'\n x(v) {} }", "class A{static\"set\"\nx(s){}}"),
    ("x = {'async': 1, 'accessor': 2}", "x={\"async\":1,\"accessor\":2}"),
  ]

  @Test("A key spelling a name is written without quotes")
  func unquotedKeys() {
    for (input, output) in Self.unquoted { expectUnwrapped(input, output) }
  }

  @Test("Other keys, computed keys and values keep their quotes")
  func keptQuotes() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test(
    "Every case keeps its syntax tree under acorn (a quoted key taken as the name)",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    let cases = (Self.unquoted + Self.kept).map(\.0)
    try expectSameTreesAfterMinifying(cases)
  }

  @Test(
    "The tree comparison still tells keys apart",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonTellsKeysApart() throws {
    let problems = try renamingProblems([
      ("x = {'a': 1}", "x={b:1}"), ("x = {['a']: 1}", "x={a:1}"),
      ("x = {'a': 1}", "x={a:1}"),
    ])
    #expect(problems.count == 2)
  }
}
