/// An operand as `ScopeParser` read it: its shape, and, when it is a
/// parenthesized expression whose parentheses are not decided yet, where
/// the group is and the shape inside it.
///
/// The operator next to the operand decides: `a + (b * c)` unwraps,
/// `(a + b) * c` keeps. An operand nothing decides keeps its parentheses.
struct Operand {
  /// The shape with the parentheses kept, or after they are dropped.
  var shape: ExpressionShape
  /// Position of the undecided `(`, or -1.
  var group: Int32 = -1
  /// The shape of the expression between the parentheses.
  var inner: ExpressionShape

  init(precedence: Precedence, first: Int32) {
    shape = ExpressionShape(precedence: precedence, first: first)
    inner = shape
  }

  /// A parenthesized expression starting at `group`.
  init(group: Int32, inner: ExpressionShape) {
    shape = ExpressionShape(precedence: .primary, first: group)
    self.group = group
    self.inner = inner
  }
}
