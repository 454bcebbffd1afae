/// The goal symbol the source is lexed for (ECMA-262 §16.1).
///
/// A module is strict code: no HTML-like comments, no legacy octal
/// literals or escapes, and `await` is reserved.
public enum Goal: Sendable, Equatable {
  case script
  case module
}
