/// The minified code and, when asked for, its source map.
public struct MinifiedOutput: Sendable {
  /// UTF-8 bytes of the minified program.
  public var code: [UInt8]
  public var sourceMap: SourceMap?

  public init(code: [UInt8], sourceMap: SourceMap?) {
    self.code = code
    self.sourceMap = sourceMap
  }

  /// The code as a string.
  public var text: String { String(decoding: code, as: UTF8.self) }
}
