// The minifier: the lexer's token stream written back with as little
// between the tokens as the program allows.
//
// Design note
// -----------
// Removing whitespace never changes which tokens a program has, with three
// exceptions, and the minifier handles each one between every pair of
// tokens (see SeparatorRules.swift):
//
// 1. Fusion: two tokens written side by side must lex back as the same two
//    tokens. `a - -b` ⇒ `a- -b`, `1 .x` stays, `a / /re/` ⇒ `a/ /re/`,
//    `x-- > 0` ⇒ `x-- >0` (never `-->`), `a < !--b` ⇒ `a< !--b`.
// 2. Automatic semicolon insertion (ECMA-262 §12.10): a line terminator
//    where the next token is not allowed ends the statement. The line
//    break is dropped only where no semicolon can have been inserted:
//    after a token that cannot end a statement (`=`, `(`, `var`, the `}` of
//    a block...) or before one that cannot start one (`)`, `.`, `?`,
//    binary operators...). Everywhere else the `\n` stays; it costs the
//    same byte as a `;` and is right whatever the parse was.
// 3. Restricted productions (`return`, `break`, `continue`, `throw`,
//    `yield`, `async`, postfix `++`/`--`, `=>`): they are cases of 2, since
//    those words can end a statement and `++`/`--` can start one.
//
// Literals are rewritten on the way: numbers in their shortest form with
// the same value, strings in the quote needing fewer escapes. Nothing may
// spell `</script`, `<!--` or `-->` outside a kept comment, so inline
// `<script>` blocks stay safe.
//
// Renaming is not done here: a renamer passes the new text for identifier
// tokens, by token index (`TokenEdits`), and the printer writes it (and
// names it in the source map).

import JSLexer

/// Minifies JavaScript by tokens.
public enum Minifier {
  /// Minifies `source`.
  ///
  /// - Parameters:
  ///   - replacements: source text to write instead of the token starting
  ///     at each byte offset (the build rewrites string literals this way,
  ///     keeping source map positions exact).
  ///   - tokens: `source` already lexed with `options.goal`, when the
  ///     caller has them; lexed here otherwise.
  /// - Throws: `LexerError` for a lexical error; a `Diagnostic` (when
  ///   mangling) for a syntax error the renamer finds.
  public static func minify(
    _ source: SourceText, options: MinifyOptions,
    replacements: [Int: String] = [:], lexedTokens tokens: [Token]? = nil
  ) throws -> MinifiedOutput {
    let tokens = try tokens ?? Lexer.tokenize(source, goal: options.goal)
    var edits = TokenEdits(tokenCount: 0)
    do {
      if options.mangle {
        edits = try Renamer.tokenEdits(
          tokens: tokens, source: source, goal: options.goal)
      }
    } catch let error as RenamerError {
      throw error.diagnostic
    }
    return print(
      source, tokens: tokens, options: options, replacements: replacements,
      edits: edits)
  }

  /// Minifies an already lexed token stream.
  ///
  /// - Parameter renamedIdentifiers: new text for the identifier token at
  ///   each index of `tokens` (from a renamer).
  public static func minify(
    _ source: SourceText, tokens: [Token], options: MinifyOptions,
    replacements: [Int: String] = [:],
    renamedIdentifiers: [Int: String] = [:]
  ) -> MinifiedOutput {
    print(
      source, tokens: tokens, options: options, replacements: replacements,
      edits: TokenEdits(
        tokenCount: tokens.count, renamedIdentifiers))
  }

  static func print(
    _ source: SourceText, tokens: [Token], options: MinifyOptions,
    replacements: [Int: String], edits: TokenEdits
  ) -> MinifiedOutput {
    var printer = TokenPrinter(
      source: source, tokens: tokens, options: options,
      replacements: replacements, edits: edits)
    printer.printAll()
    return MinifiedOutput(code: printer.output, sourceMap: printer.sourceMap)
  }
}
