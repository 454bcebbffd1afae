// The property every input of the lexer and the minifier must have,
// shared by the libFuzzer harness (Fuzz/, through a symbolic link) and
// the corpus replay test:
//
// - either a clean error: one carrying a byte offset within the input,
//   which renders as `file:line:column: error: message` without trapping;
// - or output that lexes again and minifies to itself (idempotence; with
//   names kept on the second pass, see below), and that renames again
//   without an error.
//
// Crashes and hangs are the fuzzer's to find; this says what a right
// answer is.

import JSLexer
import JSMinifier

enum MinifierProperty {
  /// The ways of minifying every input is checked under.
  static let modes: [(goal: Goal, mangle: Bool)] = [
    (.script, true), (.module, false),
  ]

  /// A description of how `bytes` breaks the property, or nil.
  static func violation(of bytes: [UInt8]) -> String? {
    for mode in modes {
      if let problem = violation(of: bytes, goal: mode.goal, mangle: mode.mangle) {
        return "\(mode.goal), mangle \(mode.mangle): \(problem)"
      }
    }
    return nil
  }

  static func violation(
    of bytes: [UInt8], goal: Goal, mangle: Bool
  ) -> String? {
    var options = MinifyOptions()
    options.goal = goal
    options.mangle = mangle
    let source = SourceText(name: "input.js", text: bytes)

    // First pass: an error must say where, inside the input.
    let first: MinifiedOutput
    do {
      first = try Minifier.minify(source, options: options)
    } catch {
      return errorProblem(error, in: source)
    }

    // Second pass, names kept: the output is JavaScript we accept, and
    // minimal. (Renaming again may pick other names: new names depend on
    // the characters of the text around them, which the first renaming
    // changed. So only this pass has to be a fixed point.)
    var printing = options
    printing.mangle = false
    let again = SourceText(name: "output.js", text: first.code)
    do {
      let second = try Minifier.minify(again, options: printing)
      guard second.code == first.code else {
        return "not idempotent: \(quoted(first.code)) minifies to "
          + quoted(second.code)
      }
    } catch {
      return "the output \(quoted(first.code)) is rejected: \(error)"
    }

    // And the renamer reads what it wrote.
    if mangle {
      do {
        _ = try Minifier.minify(again, options: options)
      } catch {
        return "renaming the output \(quoted(first.code)) fails: \(error)"
      }
    }
    return nil
  }

  /// Nil if `error` is positioned inside `source` and renders.
  static func errorProblem(_ error: any Error, in source: SourceText)
    -> String?
  {
    let diagnostic: Diagnostic
    if let lexerError = error as? LexerError {
      diagnostic = lexerError.diagnostic
    } else if let positioned = error as? Diagnostic {
      diagnostic = positioned
    } else if let offset = Mirror(reflecting: error)
      .descendant("offset") as? Int
    {
      // Another stage's error type (the renamer's): its offset suffices.
      diagnostic = Diagnostic(offset: offset, message: "\(error)")
    } else {
      return "an error without a position: \(error)"
    }
    let bounds = 0...source.bytes.count
    guard bounds.contains(diagnostic.offset) else {
      return "error offset \(diagnostic.offset) outside 0...\(source.bytes.count)"
    }
    if let note = diagnostic.note, !bounds.contains(note.offset) {
      return "note offset \(note.offset) outside 0...\(source.bytes.count)"
    }
    guard source.render(diagnostic).contains(diagnostic.message) else {
      return "the rendered error lacks its message"
    }
    return nil
  }

  /// At most 200 bytes of `bytes`, for a message.
  static func quoted(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes.prefix(200), as: UTF8.self)
    return "\"\(text)\"" + (bytes.count > 200 ? "…" : "")
  }
}
