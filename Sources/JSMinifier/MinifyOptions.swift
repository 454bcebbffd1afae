import JSLexer

/// How to minify.
public struct MinifyOptions: Sendable {
  /// Script or module (`--module`).
  public var goal: Goal = .script
  public var comments: CommentPolicy = .license
  /// Rename local names (`Renamer`, in `Minifier.minify(_:options:replacements:)`).
  public var mangle = true
  /// Build a version 3 source map alongside the code.
  public var sourceMap = false

  public init() {}
}
