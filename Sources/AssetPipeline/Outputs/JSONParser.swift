/// A strict RFC 8259 parser over UTF-8 bytes, for reading existing
/// manifests. Errors carry the line and column (both from 1, columns in
/// bytes) where the text stops being JSON.
///
/// Duplicate object keys keep the last value, as JavaScript, Python and Ruby
/// do. Nesting deeper than 512 levels is refused rather than risking the
/// stack. A lone UTF-16 surrogate in a `\u` escape is refused: it has no
/// Unicode scalar value, so it could not be written back unchanged.
public struct JSONParser {
  /// Why the text is not JSON, and where.
  public struct Failure: Error, Equatable, Sendable {
    public let message: String
    public let line: Int
    public let column: Int
  }

  private let bytes: [UInt8]
  private var position = 0
  private var depth = 0
  private static let maximumDepth = 512

  /// Parses one JSON value, optionally surrounded by whitespace.
  public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.position == bytes.count else {
      throw parser.failure("Unexpected text after the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private mutating func parseValue() throws(Failure) -> JSONValue {
    guard position < bytes.count else {
      throw failure("Unexpected end of text, expected a value")
    }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber()
    default:
      throw failure("Unexpected character \(quotedByte()), expected a value")
    }
  }

  private mutating func parseObject() throws(Failure) -> JSONValue {
    try enter()
    position += 1
    var members: [String: JSONValue] = [:]
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      position += 1
      depth -= 1
      return .object(members)
    }
    while true {
      // "key": value
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw failure("Expected a string key, found \(quotedByte())")
      }
      let key = try parseString()
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else {
        throw failure("Expected \":\" after an object key")
      }
      position += 1
      skipWhitespace()
      members[key] = try parseValue()

      // Then "," and another member, or the closing brace.
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
      } else if peek(UInt8(ascii: "}")) {
        position += 1
        depth -= 1
        return .object(members)
      } else {
        throw failure("Expected \",\" or \"}\" in an object")
      }
    }
  }

  private mutating func parseArray() throws(Failure) -> JSONValue {
    try enter()
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      position += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
      } else if peek(UInt8(ascii: "]")) {
        position += 1
        depth -= 1
        return .array(elements)
      } else {
        throw failure("Expected \",\" or \"]\" in an array")
      }
    }
  }

  private mutating func parseString() throws(Failure) -> String {
    let start = position
    position += 1
    var scalars = String.UnicodeScalarView()
    var run = position
    while true {
      guard position < bytes.count else {
        position = start
        throw failure("Unterminated string")
      }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        try appendUTF8(bytes[run..<position], to: &scalars)
        position += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw failure("Control character in a string; it must be escaped")
      }
      if byte == UInt8(ascii: "\\") {
        try appendUTF8(bytes[run..<position], to: &scalars)
        scalars.append(try parseEscape())
        run = position
        continue
      }
      position += 1
    }
  }

  private mutating func appendUTF8(
    _ slice: ArraySlice<UInt8>, to scalars: inout String.UnicodeScalarView
  ) throws(Failure) {
    var decoder = UTF8()
    var iterator = slice.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: return
      case .error: throw failure("Invalid UTF-8 in a string")
      }
    }
  }

  private mutating func parseEscape() throws(Failure) -> Unicode.Scalar {
    position += 1
    guard position < bytes.count else { throw failure("Unterminated string") }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try parseHex4()
      if (0xD800...0xDBFF).contains(unit) {
        // A high surrogate must be followed by an escaped low surrogate.
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { throw failure("Lone UTF-16 surrogate in a \\u escape") }
        position += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw failure("Lone UTF-16 surrogate in a \\u escape")
        }
        let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        return Unicode.Scalar(value)!
      }
      guard let scalar = Unicode.Scalar(unit) else {
        throw failure("Lone UTF-16 surrogate in a \\u escape")
      }
      return scalar
    default:
      position -= 1
      throw failure("Invalid escape \\\(String(UnicodeScalar(byte)))")
    }
  }

  private mutating func parseHex4() throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position])
      else { throw failure("Expected four hex digits after \\u") }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - 48)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - 87)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - 55)
    default: nil
    }
  }

  // number = [ "-" ] int [ frac ] [ exp ], RFC 8259 section 6.
  private mutating func parseNumber() throws(Failure) -> JSONValue {
    let start = position
    if peek(UInt8(ascii: "-")) { position += 1 }
    if peek(UInt8(ascii: "0")) {
      position += 1
    } else if !skipDigits() {
      throw failure("Expected a digit in a number")
    }
    if peek(UInt8(ascii: ".")) {
      position += 1
      guard skipDigits() else {
        throw failure("Expected a digit after the decimal point")
      }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard skipDigits() else {
        throw failure("Expected a digit in the exponent")
      }
    }
    return .number(String(decoding: bytes[start..<position], as: UTF8.self))
  }

  private mutating func skipDigits() -> Bool {
    let start = position
    while position < bytes.count,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
    {
      position += 1
    }
    return position > start
  }

  private mutating func expectWord(_ word: String) throws(Failure) {
    let utf8 = Array(word.utf8)
    guard bytes.count - position >= utf8.count,
      Array(bytes[position..<position + utf8.count]) == utf8
    else {
      throw failure("Unexpected character \(quotedByte()), expected a value")
    }
    position += utf8.count
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    guard depth <= JSONParser.maximumDepth else {
      throw failure("Nesting deeper than \(JSONParser.maximumDepth) levels")
    }
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private func peek(_ byte: UInt8) -> Bool {
    position < bytes.count && bytes[position] == byte
  }

  private func quotedByte() -> String {
    guard position < bytes.count else { return "end of text" }
    let byte = bytes[position]
    if byte >= 0x20 && byte < 0x7F {
      return "\"\(String(UnicodeScalar(byte)))\""
    }
    return "byte 0x" + String(byte, radix: 16)
  }

  private func failure(_ message: String) -> Failure {
    // Line and column (in bytes) of the current position, both from 1.
    var line = 1
    var lineStart = 0
    for index in 0..<min(position, bytes.count)
    where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return Failure(message: message, line: line, column: position - lineStart + 1)
  }
}
