/// A lexical error and where it is. All wording lives here.
public struct LexerError: Error, Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    case unterminatedString
    case unterminatedTemplate
    case unterminatedBlockComment
    case unterminatedRegularExpression
    case unexpectedCharacter(String)
    case invalidEscape(String)
    case invalidIdentifierEscape(String)
    case identifierAfterNumber
    case invalidNumber(String)
    case misplacedSeparator
    case legacyOctalInModule
    case legacyOctalEscapeInModule(String)
    case invalidRegularExpressionFlag(String)
    case duplicateRegularExpressionFlag(String)
    case unexpectedClosing(String)
    case mismatchedClosing(expected: String, found: String)
    case unclosed(String)
    case invalidTemplateEscape
    /// A byte that does not begin a well-formed UTF-8 sequence, inside a
    /// string or template literal.
    case invalidUTF8(UInt8)
    /// An input of 4 GiB or more: token offsets are 32-bit.
    case inputTooLarge
  }

  public var reason: Reason
  /// Byte offset of the problem.
  public var offset: Int
  /// Byte offset of the start of the construct, for unterminated ones.
  public var startOffset: Int?

  public init(_ reason: Reason, at offset: Int, startedAt start: Int? = nil) {
    self.reason = reason
    self.offset = offset
    self.startOffset = start
  }

  public var message: String {
    switch reason {
    case .unterminatedString: "Unterminated string literal"
    case .invalidUTF8(let byte):
      "Invalid UTF-8 (byte 0x" + String(byte, radix: 16, uppercase: true)
        + ") in a literal; the source must be UTF-8"
    case .unterminatedTemplate: "Unterminated template literal"
    case .unterminatedBlockComment:
      "Expected \"*/\" to terminate the block comment"
    case .unterminatedRegularExpression:
      "Unterminated regular expression"
    case .unexpectedCharacter(let text): "Unexpected character \(text)"
    case .invalidEscape(let text): "Invalid escape sequence \"\(text)\""
    case .invalidIdentifierEscape(let text):
      "Invalid escape sequence \"\(text)\" in an identifier"
    case .identifierAfterNumber:
      "An identifier cannot start immediately after a number"
    case .invalidNumber(let text): "Invalid number \"\(text)\""
    case .misplacedSeparator:
      "A numeric separator \"_\" must be between two digits"
    case .legacyOctalInModule:
      "Legacy octal literals are not allowed in a module"
    case .legacyOctalEscapeInModule(let text):
      "Legacy octal escape \"\(text)\" is not allowed in a module"
    case .invalidRegularExpressionFlag(let flag):
      "Invalid regular expression flag \"\(flag)\""
    case .duplicateRegularExpressionFlag(let flag):
      "Duplicate regular expression flag \"\(flag)\""
    case .unexpectedClosing(let text): "Unexpected \"\(text)\""
    case .mismatchedClosing(let expected, let found):
      "Expected \"\(expected)\" but found \"\(found)\""
    case .unclosed(let opening):
      "Expected a closing bracket for \"\(opening)\" before the end of input"
    case .invalidTemplateEscape:
      "Invalid escape sequence in an untagged template literal"
    case .inputTooLarge:
      "The input is 4 GiB or more, more than the minifier reads"
    }
  }

  /// What the note at `startOffset` says.
  public var noteMessage: String? {
    guard startOffset != nil else { return nil }
    switch reason {
    case .unterminatedString: return "The string literal began here"
    case .unterminatedTemplate: return "The template literal began here"
    case .unterminatedBlockComment: return "The block comment began here"
    case .unterminatedRegularExpression:
      return "The regular expression began here"
    case .mismatchedClosing, .unclosed: return "The bracket was opened here"
    default: return nil
    }
  }

  /// The error as a renderable diagnostic.
  public var diagnostic: Diagnostic {
    var note: Diagnostic.Note?
    if let start = startOffset, let text = noteMessage {
      note = Diagnostic.Note(offset: start, message: text)
    }
    return Diagnostic(offset: offset, message: message, note: note)
  }
}
