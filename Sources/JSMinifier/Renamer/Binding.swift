/// One declared name: a variable, function, class, parameter, import or
/// label, with how often the program mentions it.
struct Binding {
  /// How an occurrence of a binding must be written when renamed.
  enum Form: UInt8 {
    /// `a` ⇒ `b`.
    case plain
    /// A shorthand property or pattern: `{a}` ⇒ `{a:b}`.
    case objectShorthand
    /// `import {a}` ⇒ `import {a as b}`.
    case importShorthand
    /// `export {a}` ⇒ `export {b as a}`.
    case exportShorthand
  }

  /// The name id in the `NameTable`.
  var name: Int32
  /// The scope that owns the binding (where its new name is chosen).
  var scope: Int32
  /// Occurrences in the source, declarations included.
  var uses: Int32 = 0
  /// Declared by `let`, `const`, `class` (or a block function in strict
  /// code): blocks Annex B hoisting of a block function of that name.
  var isLexical = false
  /// Keeps its name: global, exported, visible to `eval` or `with`.
  var isFixed = false
  /// A label (its own namespace).
  var isLabel = false
  /// For a label, how many labels enclose it in its function: labels at
  /// different depths need different names.
  var depth: Int32 = 0
  /// Another binding this one was found to be the same variable as
  /// (`catch (e) { var e }`, Annex B block functions), or -1.
  var mergedInto: Int32 = -1
}
