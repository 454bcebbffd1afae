/// A version 3 source map (https://sourcemaps.info/spec.html): for each
/// token written, where it came from.
///
/// Lines and columns are 0-based; columns count UTF-16 code units, as
/// browsers and node's `module.SourceMap` do.
public struct SourceMap: Sendable, Equatable {
  public struct Mapping: Sendable, Equatable {
    public var generatedLine: Int
    public var generatedColumn: Int
    public var sourceIndex: Int
    public var originalLine: Int
    public var originalColumn: Int
    /// Index into `names`, for renamed identifiers.
    public var nameIndex: Int?

    public init(
      generatedLine: Int, generatedColumn: Int, sourceIndex: Int,
      originalLine: Int, originalColumn: Int, nameIndex: Int? = nil
    ) {
      self.generatedLine = generatedLine
      self.generatedColumn = generatedColumn
      self.sourceIndex = sourceIndex
      self.originalLine = originalLine
      self.originalColumn = originalColumn
      self.nameIndex = nameIndex
    }
  }

  /// The name of each concatenated input file.
  public var sources: [String]
  /// The text of each input file, for `sourcesContent`.
  public var sourcesContent: [String]
  public var names: [String]
  /// In generated order.
  public var mappings: [Mapping]

  public init(
    sources: [String], sourcesContent: [String], names: [String],
    mappings: [Mapping]
  ) {
    self.sources = sources
    self.sourcesContent = sourcesContent
    self.names = names
    self.mappings = mappings
  }

  /// The `mappings` field: `;` between generated lines, `,` between
  /// segments, each segment Base64 VLQ deltas.
  public var encodedMappings: String {
    var out: [UInt8] = []
    var line = 0
    var previousColumn = 0
    var previousSource = 0
    var previousLine = 0
    var previousOriginalColumn = 0
    var previousName = 0
    var firstOnLine = true
    for mapping in mappings {
      while line < mapping.generatedLine {
        out.append(UInt8(ascii: ";"))
        line += 1
        previousColumn = 0
        firstOnLine = true
      }
      if !firstOnLine { out.append(UInt8(ascii: ",")) }
      firstOnLine = false
      appendVLQ(mapping.generatedColumn - previousColumn, to: &out)
      appendVLQ(mapping.sourceIndex - previousSource, to: &out)
      appendVLQ(mapping.originalLine - previousLine, to: &out)
      appendVLQ(mapping.originalColumn - previousOriginalColumn, to: &out)
      previousColumn = mapping.generatedColumn
      previousSource = mapping.sourceIndex
      previousLine = mapping.originalLine
      previousOriginalColumn = mapping.originalColumn
      if let name = mapping.nameIndex {
        appendVLQ(name - previousName, to: &out)
        previousName = name
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The map as JSON, keys in the order of the specification.
  public func json(file: String, includeSourcesContent: Bool) -> [UInt8] {
    var json = "{\"version\":3,\"file\":\(jsonString(file)),\"sources\":["
    json += sources.map(jsonString).joined(separator: ",")
    json += "]"
    if includeSourcesContent {
      json += ",\"sourcesContent\":["
      json += sourcesContent.map(jsonString).joined(separator: ",")
      json += "]"
    }
    json += ",\"names\":[" + names.map(jsonString).joined(separator: ",") + "]"
    json += ",\"mappings\":\"" + encodedMappings + "\"}\n"
    return Array(json.utf8)
  }
}

/// Base64 VLQ: sign in the lowest bit, 5 bits per digit, high bit = more.
func appendVLQ(_ value: Int, to out: inout [UInt8]) {
  let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  var rest = value < 0 ? (-value << 1) | 1 : value << 1
  repeat {
    var digit = rest & 31
    rest >>= 5
    if rest > 0 { digit |= 32 }
    out.append(alphabet[digit])
  } while rest > 0
}

/// A JSON string literal (RFC 8259 §7).
func jsonString(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\u{2028}": out += "\\u2028"
    case "\u{2029}": out += "\\u2029"
    default:
      if scalar.value < 0x20 {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}
