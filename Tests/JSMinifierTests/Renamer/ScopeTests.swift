import JSLexer
import Testing

@testable import JSMinifier

/// One-line cases for the hard parts of scope analysis. Names come out in
/// the order of the output's character frequencies, so `n`, `r`, `t`...
@Suite("Scope-aware renaming of local names")
struct ScopeTests {
  @Test("Parameters and locals are renamed, globals are not")
  func locals() {
    expectMangled(
      "function f(first, second) { var third = first; return third + second + g }",
      "function f(n, r) { var t = n; return t + r + g }")
    expectMangled(
      "function f(){ var a = 1; return function(){ return a } }",
      "function f(){ var n = 1; return function(){ return n } }")
    expectMangled(
      "function f(t){ return t / 2 / 3 }", "function f(n){ return n / 2 / 3 }")
  }

  @Test("Inner functions take the first names; outer names avoid them")
  func nameReuse() {
    expectMangled(
      "function f(a, b) { function g(c) { return a } function h(d, e) { return d + e } return g(b) + h() + g() + h() }",
      "function f(r, n) { function t(n) { return r } function u(n, r) { return n + r } return t(n) + u() + t() + u() }")
  }

  @Test("A direct eval keeps the names of its scope and all enclosing ones")
  func directEval() {
    expectMangled(
      "function f(){ var longName = 1; return eval(\"longName\") }",
      "function f(){ var longName = 1; return eval(\"longName\") }")
    expectMangled(
      "function f(){ var outer = 1; function g(){ var inner = 2; return eval(\"outer+inner\") } function h(other){ return other } return g() }",
      "function f(){ var outer = 1; function g(){ var inner = 2; return eval(\"outer+inner\") } function h(n){ return n } return g() }")
  }

  @Test("Names used inside with keep their names")
  func with() {
    expectMangled(
      "function f(obj){ var x = 1; with(obj){ return x } }",
      "function f(n){ var x = 1; with(n)  return x ; }")
  }

  @Test("A var in a catch block with the parameter's name is both")
  func catchShadowing() {
    expectMangled(
      "function f(){ var e = 1; try { throw 2 } catch (e) { var e = 3; } return e }",
      "function f(){ var r = 1; try { throw 2 } catch (r) { var r = 3; } return r }")
  }

  @Test("A catch parameter, a function expression's name and their scopes' declarations stay distinct")
  func catchBlock() {
    expectMangled(
      "function f(){ try {} catch (error) { let other = 1; return other } }",
      "function f(){ try {} catch (t) { let c = 1; return c } }")
    expectMangled(
      "var f = function named(param) { return param }",
      "var f = function n(r) { return r }")
  }

  @Test("Block functions are also function-level vars in sloppy code only")
  func annexBFunctions() {
    expectMangled(
      "function f(){ { function g(){ return 1 } } return g() }",
      "function f(){ { function n(){ return 1 } } return n() }")
    expectMangled(
      "function f(){ if (true) function g(){ return 1 } return g() }",
      "function f(){ if (!0) function n(){ return 1 } return n() }")
    expectMangled(
      "function f(){ \"use strict\"; { function g(){ return 1 } } return typeof g }",
      "function f(){ \"use strict\"; { function t(){ return 1 } } return typeof g }")
  }

  @Test("Shorthand properties and patterns are spelled out")
  func shorthand() {
    expectMangled(
      "function f(alpha){ return {alpha} }", "function f(n){ return {alpha:n} }")
    expectMangled(
      "function f({alpha, beta = 2}, [gamma, ...delta]){ return alpha + beta + gamma + delta }",
      "function f({alpha:n, beta:r = 2}, [t, ...u]){ return n + r + t + u }")
    expectMangled(
      "function f(name){ return `hello ${name} and ${ {name}.name }` }",
      "function f(n){ return `hello ${n} and ${ {name:n}.name }` }")
    expectMangled(
      "function f(){ const {a: renamedA, ...rest} = obj; ({x, y = 2} = rest); return [renamedA, x, y] }",
      "function f(){ const {a: n, ...o} = obj; ({x, y = 2} = o); return [n, x, y] }")
  }

  @Test("Parameters, defaults and the body's vars")
  func parameters() {
    expectMangled(
      "function f(first, second = first){ return second }",
      "function f(n, r = n){ return r }")
    expectMangled(
      "var x = 1; function f(a = x){ var x = 2; return a }",
      "var x = 1; function f(r = x){ var n = 2; return r }")
    expectMangled(
      "function f(p){ var p; return p }", "function f(n){ var n; return n }")
    expectMangled(
      "function f(a){ return arguments[0] + a }",
      "function f(n){ return arguments[0] + n }")
    expectMangled(
      "function f(async, get, set, of){ return async + get + set + of }",
      "function f(n, r, t, u){ return n + r + t + u }")
    expectMangled(
      "function f(){ var let = 1; return let }",
      "function f(){ var n = 1; return n }")
  }

  @Test("Named function and class expressions see their own names")
  func expressionNames() {
    expectMangled(
      "var f = function fact(n){ return n ? n * fact(n - 1) : 1 }",
      "var f = function n(r){ return r ? r * n(r - 1) : 1 }")
    expectMangled(
      "var C = class Inner { static #count = 0; method(value){ return Inner.#count + value } get get(){ return this.get } }",
      "var C = class e { static #count = 0; method(t){ return e.#count + t } get get(){ return this.get } }")
  }

  @Test("Property names and keys are never renamed")
  func properties() {
    expectMangled(
      "var o = { get value(){ return 1 }, set value(v){}, async method(){}, *gen(){}, [key]: 1, \"s\": 2, 3: 4 }",
      "var o = { get value(){ return 1 }, set value(e){}, async method(){}, *gen(){}, [key]: 1, s: 2, 3: 4 }")
  }

  @Test("Labels are renamed in their own namespace")
  func labels() {
    expectMangled(
      "function f(){ outer: for (var i = 0; i < 3; i++) { inner: for (var j = 0; j < 3; j++) { if (j) continue outer; break inner } } }",
      "function f(){ r: for (var r = 0; r < 3; r++)   n: for (var n = 0; n < 3; n++) { if (n) continue r; break n }   }")
  }

  @Test("Block scopes, loops, switch, generators and async functions")
  func blocks() {
    expectMangled(
      "function f(){ let x = 1; { let x = 2; } return x }",
      "function f(){ let t = 1; { let t = 2; } return t }")
    expectMangled(
      "function f(obj){ for (var key in obj) { let value = obj[key]; switch (key) { case \"a\": let inner = value; return inner } } }",
      "function f(t){ for (var n in t) { let e = t[n]; switch (n) { case \"a\": let t = e; return t } } }")
    expectMangled(
      "function F(){ if (!new.target) throw 1; return (x, y) => x + y }",
      "function F(){ if (!new.target) throw 1; return (t, n) => t + n }")
    expectMangled(
      "async function f(items){ for await (const item of items) { await item } }",
      "async function f(n){ for await (const a of n)   await a ; }")
    expectMangled(
      "function* g(limit){ let count = 0; while (count < limit) yield count++ }",
      "function* g(e){ let i = 0; while (i < e) yield i++ }")
  }

  @Test("A module's top-level names are local, its exports keep their names")
  func modules() {
    expectMangled(
      "import {alpha, beta as gamma} from \"m\"; import def, * as ns from \"n\"; let local = alpha + gamma + def + ns; export {local, local as other}; export default local",
      "import {alpha as t, beta as o} from \"m\"; import r, * as e from \"n\"; let a = t + o + r + e; export {a as local, a as other}; export default a",
      goal: .module)
    expectMangled(
      "export const keep = 1; export function api(param){ return param } let hidden = 2; export {hidden as shown}",
      "export const keep = 1; export function api(e){ return e } let e = 2; export {e as shown}",
      goal: .module)
    expectMangled("let a = 1; export {a}", "let e = 1; export {e as a}", goal: .module)
  }
}

@Suite("Syntax errors found while renaming")
struct RenamerErrorTests {
  @Test("A token that cannot stand there is reported with its position")
  func unexpectedToken() throws {
    let source = SourceText(name: "t.js", contents: "var ok = 1;\nvar = 2")
    #expect(throws: Diagnostic(offset: 16, message: "Unexpected \"=\"")) {
      _ = try Minifier.minify(source, options: MinifyOptions())
    }
    #expect(throws: Diagnostic(offset: 7, message: "Unexpected \"else\"")) {
      _ = try Minifier.minify(
        SourceText(name: "t.js", contents: "if (a) else b"),
        options: MinifyOptions())
    }
  }
}
