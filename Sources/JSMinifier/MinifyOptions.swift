import JSLexer

/// How to minify.
public struct MinifyOptions: Sendable {
  /// Script or module (`--module`).
  public var goal: Goal = .script
  public var comments: CommentPolicy = .license
  /// Rename local names. Not done by this stage yet: the renamer supplies
  /// new names through `Minifier.minify(_:tokens:options:replacements:renamedIdentifiers:)`.
  public var mangle = true
  /// Build a version 3 source map alongside the code.
  public var sourceMap = false

  public init() {}
}
