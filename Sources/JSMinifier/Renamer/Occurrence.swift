/// A token that names a binding, and how to spell it when renamed.
struct Occurrence {
  /// Index of the token in the lexer's token array.
  var token: Int32
  var binding: Int32
  /// The innermost scope around the token.
  var scope: Int32
  var form: Binding.Form
}
