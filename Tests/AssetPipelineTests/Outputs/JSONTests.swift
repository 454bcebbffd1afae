@testable import AssetPipeline
import Foundation
import Testing

/// `input` parses and serializes to exactly `output`.
private func expectJSON(
  _ input: String, _ output: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let value = try? JSONParser.parse(Array(input.utf8))
  #expect(value.map { String(decoding: $0.serialized(), as: UTF8.self) } == output,
    sourceLocation: sourceLocation)
}

/// `input` is refused with `message` at `line`:`column`.
private func expectInvalid(
  _ input: String, _ line: Int, _ column: Int, _ message: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  do {
    _ = try JSONParser.parse(Array(input.utf8))
    Issue.record("\(input) was accepted", sourceLocation: sourceLocation)
  } catch {
    #expect(error == JSONParser.Failure(message: message, line: line, column: column),
      sourceLocation: sourceLocation)
  }
}

@Suite("Manifest JSON is parsed strictly and written deterministically")
struct JSONTests {
  @Test("values are written with sorted keys and two-space indentation")
  func serialization() {
    expectJSON("{\"b\":[1,true,null],\"a\":{},\"c\":[]}",
      "{\n  \"a\": {},\n  \"b\": [\n    1,\n    true,\n    null\n  ],\n  \"c\": []\n}\n")
    expectJSON("\"x\"", "\"x\"\n")
    expectJSON(" 12 ", "12\n")
  }

  @Test("numbers keep their text, so a merge does not alter the site's entries")
  func numbers() {
    expectJSON("[1.10, -0, 1e5, 2E-3, 63930001676]",
      "[\n  1.10,\n  -0,\n  1e5,\n  2E-3,\n  63930001676\n]\n")
  }

  @Test("strings: escapes decoded, only what must be escaped is escaped")
  func strings() {
    expectJSON(#"["\u00e9\/\"\\\n\t\b\f\r\u0001", "\ud83d\ude00", "é"]"#,
      "[\n  \"é/\\\"\\\\\\n\\t\\b\\f\\r\\u0001\",\n  \"😀\",\n  \"é\"\n]\n")
    expectJSON("[\"\u{2028}\u{7F}\"]", "[\n  \"\\u2028\\u007f\"\n]\n")
  }

  @Test("keys are sorted by code point, not by locale")
  func keyOrder() {
    expectJSON("{\"b\":1,\"B\":2,\"é\":3,\"a\":4,\"Z\":5}",
      "{\n  \"B\": 2,\n  \"Z\": 5,\n  \"a\": 4,\n  \"b\": 1,\n  \"é\": 3\n}\n")
  }

  @Test("invalid JSON is reported with line and column")
  func invalid() {
    expectInvalid("", 1, 1, "Unexpected end of text, expected a value")
    expectInvalid("{\"a\":1,}", 1, 8, "Expected a string key, found \"}\"")
    expectInvalid("{\n  \"a\" 1}", 2, 7, "Expected \":\" after an object key")
    expectInvalid("[1 2]", 1, 4, "Expected \",\" or \"]\" in an array")
    expectInvalid("{} x", 1, 4, "Unexpected text after the JSON value")
    expectInvalid("[01]", 1, 3, "Expected \",\" or \"]\" in an array")
    expectInvalid("[1.]", 1, 4, "Expected a digit after the decimal point")
    expectInvalid("\"abc", 1, 1, "Unterminated string")
    expectInvalid("\"a\tb\"", 1, 3, "Control character in a string; it must be escaped")
    expectInvalid("\"\\x\"", 1, 3, "Invalid escape \\x")
    expectInvalid("\"\\ud800\"", 1, 8, "Lone UTF-16 surrogate in a \\u escape")
    expectInvalid("tru", 1, 1, "Unexpected character \"t\", expected a value")
    expectInvalid("'a'", 1, 1, "Unexpected character \"'\", expected a value")
    expectInvalid(String(repeating: "[", count: 600), 1, 513,
      "Nesting deeper than 512 levels")
  }

  @Test("invalid UTF-8 is refused")
  func invalidUTF8() {
    #expect(throws: JSONParser.Failure.self) {
      try JSONParser.parse([0x22, 0xC3, 0x28, 0x22])
    }
  }

  @Test(
    "Python's json module reads our output as the same value",
    .enabled(if: toolPath("python3") != nil, "python3 is not installed"))
  func pythonAgrees() throws {
    let input = #"{"z": [1, 2.5, "é\u0000😀", {"k": null}], "a": true, "\"q\"": -3e2}"#
    let ours = try JSONParser.parse(Array(input.utf8)).serialized()
    let script = "import json,sys; a=json.loads(sys.argv[1]); "
      + "b=json.loads(sys.stdin.read()); print(a==b)"
    let result = try #require(runTool("python3", ["-c", script, input], input: ours))
    #expect(String(decoding: result.output, as: UTF8.self) == "True\n")
  }
}
