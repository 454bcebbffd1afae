/// A name used (not declared) by a token, resolved once the whole
/// program is read, because `var` and functions are hoisted.
struct Reference {
  /// Index of the token in the lexer's token array.
  var token: Int32
  var name: Int32
  /// The innermost scope around the token.
  var scope: Int32
  var form: Binding.Form
}
