import Testing

@Suite("Scope-aware renaming of local names")
struct ScopeTests {
  @Test("Parameters and locals are renamed, globals are not")
  func locals() {
    expectMangled(
      "function f(first, second) { var third = first; return third + second + g }",
      "function f(n, t) { var r = n; return r + t + g }")
  }
}
