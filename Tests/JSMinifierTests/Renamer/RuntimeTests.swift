import TestSupport
import Foundation
import JSLexer
import Testing

@testable import JSMinifier

/// Renamed and minified programs run under node exactly like the
/// originals.
@Suite("Renamed programs behave the same")
struct RuntimeTests {
  /// Hand-written programs around the hard cases; each prints results.
  static let programs: [(name: String, code: String)] = [
    ("eval sees locals", """
      function f(){ var secret = 40; function g(){ var two = 2; return eval("secret + two") } return g() }
      function h(longParameter){ return longParameter * 2 }
      print(f(), h(4))
      """),
    ("with sees properties and locals", """
      function f(obj){ var local = "local"; var other = 1; with (obj){ return [local, value, other] } }
      print(f({value: "v", other: "property"}), f({local: "shadowed", value: 2}))
      """),
    ("catch parameter shadowing", """
      function f(){ var e = "outer"; try { throw "thrown" } catch (e) { var e = "assigned"; print(e) } return e }
      function g(){ try { throw 1 } catch ({message, code = 7}) { return [message, code] } }
      print(f(), g())
      """),
    ("Annex B block functions", """
      function f(){ var before = typeof inner; { function inner(){ return "in" } } return [before, inner()] }
      function g(flag){ if (flag) function chosen(){ return "yes" } return typeof chosen }
      function h(){ "use strict"; { function local(){ return 1 } } return typeof local }
      print(f(), g(true), g(false), h())
      """),
    ("shorthand properties and patterns", """
      function f(alpha, beta){ var made = {alpha, beta, gamma: alpha}; var {alpha: a2, beta: b2 = 9, ...rest} = made; return [JSON.stringify(made), a2, b2, JSON.stringify(rest)] }
      function g({width, height = 2}, [first, , third = 3]){ let area; ({area = width * height} = {}); return [width, height, first, third, area] }
      print(f(1, 2), g({width: 5}, [1, 2]))
      """),
    ("defaults referencing earlier parameters", """
      var shadow = "global";
      function f(first, second = first * 2, third = () => first + second){ var shadow = "body"; return [first, second, third()] }
      function g(value = shadow){ var shadow = "local"; return value }
      print(f(1), f(1, 5), g())
      """),
    ("closures", """
      function counter(){ var count = 0; return { up(){ return ++count }, down: function(){ return --count } } }
      var first = counter(), second = counter(); first.up(); first.up(); second.down();
      print(first.up(), second.down())
      var makers = []; for (let index = 0; index < 3; index++) makers.push(() => index); print(makers.map(make => make()))
      """),
    ("classes", """
      function make(){ class Point { #secret = 3; static count = 0; constructor(x, y){ this.x = x; this.y = y; Point.count++ } get sum(){ return this.x + this.y + this.#secret } static of(value){ return new Point(value, value) } }
      const Named = class Inner extends Point { describe(){ return typeof Inner + super.sum } }
      return [Point.of(2).sum, new Named(1, 1).describe(), Point.count] }
      print(make())
      """),
    ("labels", """
      function f(limit){ var found = []; outer: for (var row = 0; row < limit; row++) { inner: for (var column = 0; column < limit; column++) { if (column > row) continue outer; if (row == 3) break outer; found.push(row + ":" + column) } } return found }
      print(f(5))
      """),
    ("arguments, new.target, generators, async", """
      function f(a, b){ a = 10; return [arguments[0], arguments.length, b] }
      function F(){ return new.target === F }
      function* numbers(limit){ let current = 0; while (current < limit) yield current++ }
      async function later(value){ const result = await value; print("async", result) }
      print(f(1, 2), new F(), F(), [...numbers(4)]); later(5)
      """),
    ("named function expressions and recursion", """
      var factorial = function fact(n){ return n <= 1 ? 1 : n * fact(n - 1) }
      var fact = "global"; print(factorial(5), fact)
      """),
    ("switch and block scopes", """
      function f(kind){ let result = "none"; switch (kind) { case 1: { let result = "inner"; } result = "one"; break; default: let other = kind; result = other } return result }
      print(f(1), f(2))
      """),
  ]

  @Test(
    "Hand-written hard cases print the same after renaming",
    .enabled(if: NodeHarness.missingTool == nil, "needs node"))
  func handCases() throws {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let cases = try Self.programs.map { program in
      [
        "name": program.name, "original": program.code,
        "renamed": try minifiedAndMangled(program.code),
      ]
    }
    let input = directory.appendingPathComponent("programs.json")
    try JSONSerialization.data(withJSONObject: cases).write(to: input)
    try expectAllSame(mode: "programs", input: input, count: cases.count)
  }

  @Test(
    "Minified lodash, underscore and moment answer a battery of calls alike",
    .enabled(if: NodeHarness.missingTool == nil, "needs node"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* packages"))
  func libraries() throws {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let libraries = [
      ("lodash", "/usr/share/javascript/lodash/lodash.js"),
      ("underscore", "/usr/share/javascript/underscore/underscore.js"),
      ("moment", "/usr/share/javascript/moment/moment.js"),
    ]
    var cases: [[String: String]] = []
    for (name, path) in libraries {
      let renamed = directory.appendingPathComponent("\(name).js")
      try minifiedAndMangled(String(contentsOfFile: path, encoding: .utf8))
        .write(to: renamed, atomically: true, encoding: .utf8)
      cases.append(["name": name, "original": path, "renamed": renamed.path])
    }
    let input = directory.appendingPathComponent("libraries.json")
    try JSONSerialization.data(withJSONObject: cases).write(to: input)
    try expectAllSame(mode: "libraries", input: input, count: cases.count)
  }

  @Test(
    "Minified acorn parses the libraries to the same trees",
    .enabled(if: NodeHarness.missingTool == nil, "needs node and acorn"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* packages"))
  func acorn() throws {
    let directory = try NodeHarness.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let renamed = directory.appendingPathComponent("acorn.js")
    try minifiedAndMangled(String(contentsOfFile: NodeHarness.acorn, encoding: .utf8))
      .write(to: renamed, atomically: true, encoding: .utf8)
    let job: [String: Any] = [
      "original": NodeHarness.acorn, "renamed": renamed.path,
      "files": Corpus.libraries + [NodeHarness.acorn, NodeHarness.uglify],
    ]
    let input = directory.appendingPathComponent("acorn.json")
    try JSONSerialization.data(withJSONObject: job).write(to: input)
    try expectAllSame(mode: "acorn", input: input, count: 1)
  }

  func expectAllSame(mode: String, input: URL, count: Int) throws {
    let report = try NodeHarness.run(
      script: NodeHarness.runSame, arguments: [mode, input.path],
      in: input.deletingLastPathComponent())
    let lines = report.split(separator: "\n")
    #expect(lines.count == count, "\(report)")
    for line in lines {
      #expect(line.hasPrefix("same "), "\(line)")
    }
  }
}
