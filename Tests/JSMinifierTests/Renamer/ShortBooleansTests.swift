import TestSupport
import Testing

@testable import JSMinifier

/// `true` and `false` are written `!0` and `!1` with renaming on, where
/// a unary expression reads the same.
@Suite("true and false as !0 and !1")
struct ShortBooleansTests {
  static let shortened: [(String, String)] = [
    ("x = true", "x=!0"),
    ("x = false", "x=!1"),
    ("f(true, false)", "f(!0,!1)"),
    ("x = a ? true : false", "x=a?!0:!1"),
    ("x = !true", "x=!!0"),
    ("x = typeof true", "x=typeof!0"),
    ("x = a < true", "x=a< !0"),
    ("x = a == true", "x=a==!0"),
    ("x = true in a", "x=!0 in a"),
    ("x = (true)", "x=!0"),
    ("x = () => true", "x=()=>!0"),
    ("x = `${true}`", "x=`${!0}`"),
    ("function f() { return true }", "function f(){return!0}"),
    ("switch (a) { case true: }", "switch(a){case!0:}"),
    ("true\nx()", "!0\nx()"),
  ]

  static let kept: [(String, String)] = [
    ("x = true.toString()", "x=true.toString()"),
    ("x = true[a]", "x=true[a]"),
    ("x = true?.a", "x=true?.a"),
    ("x = true`a`", "x=true`a`"),
    ("x = true ** 2", "x=true**2"),
    ("x = (true).a", "x=(!0).a"),
    ("x = (true) ** 2", "x=(!0)**2"),
    ("x = new true", "x=new true"),
    ("x = a.true", "x=a.true"),
    ("x = {true: 1, false() {}}", "x={true:1,false(){}}"),
    ("class C { true() {} }", "class C{true(){}}"),
  ]

  @Test("A boolean operand is written !0 or !1")
  func shortened() {
    for (input, output) in Self.shortened { expectUnwrapped(input, output) }
  }

  @Test("Before a member access, call, template or **, and as a name, it stays")
  func kept() {
    for (input, output) in Self.kept { expectUnwrapped(input, output) }
  }

  @Test(
    "Every case keeps its syntax tree under acorn (!0 taken as true)",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func syntaxTrees() throws {
    let cases = (Self.shortened + Self.kept).map(\.0)
    try expectSameTreesAfterMinifying(cases)
  }

  @Test(
    "The tree comparison still tells true from false",
    .enabled(if: NodeHarness.missingTool == nil, "needs node, acorn, uglify-js"))
  func comparisonTellsBooleansApart() throws {
    let problems = try renamingProblems([
      ("x = true", "x=!1"), ("x = false", "x=!0"), ("x = true", "x=!2"),
      ("x = true", "x=!0"),
    ])
    #expect(problems.count == 3)
  }
}
