/// A region of the program where names are declared.
struct Scope {
  enum Kind: UInt8 {
    /// A script's top level: its bindings are global properties.
    case global
    /// A module's top level: its bindings are local.
    case module
    /// The parameters of a function, method or arrow.
    case parameters
    /// A function body or class static block: where `var` lands.
    case functionBody
    /// A block, a `for` head, a `switch` body or a class body.
    case block
    /// A `catch` clause and its parameter.
    case catchClause
    /// The name of a named function or class expression, visible only
    /// inside it.
    case expressionName
    /// The body of a `with` statement: names inside may be properties.
    case with
  }

  var kind: Kind
  var parent: Int32
  var isStrict: Bool
  /// A direct `eval(...)` call appears here (not in a nested function).
  var hasDirectEval = false

  /// Where `var` declarations and sloppy function declarations land.
  var isVarTarget: Bool {
    kind == .global || kind == .module || kind == .functionBody
  }
}
