/// Which comments survive minification (`--comments`).
public enum CommentPolicy: String, Sendable, CaseIterable {
  /// Drop every comment (the hashbang is kept: it is not really one).
  case none
  /// Keep license comments: `/*!`, `//!`, or any mentioning `@license` or
  /// `@preserve`.
  case license
  /// Keep every comment.
  case all
}
